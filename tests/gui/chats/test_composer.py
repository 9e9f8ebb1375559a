"""The composer as a person meets it: pasting a picture, long texts, the reply bar."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QColor, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from desktop.chats.messages.rows import SendState
from tests.gui.chats.conftest import conversation_with, open_chat


def test_pasting_a_picture_attaches_it(qtbot: QtBot, people, show_pane, screenshot) -> None:
    alice, bob = people("Alice", "Bob")
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    composer = shown.view.composer
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b82f6"))
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    composer.editor.setFocus()
    composer.editor.paste()
    qtbot.waitUntil(lambda: len(composer.attachments.chips) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not composer.attachments.busy, timeout=10_000)
    pasted = composer.attachments.files()[0]
    assert (pasted.kind, pasted.width, pasted.height) == ("image", 320, 200)
    assert not shown.view.error.isVisible()
    screenshot(shown.pane, "chats-pasted-picture")
    composer.submit()
    qtbot.waitUntil(lambda: shown.rows()[-1].send_state is SendState.STORED, timeout=10_000)
    message = shown.rows()[-1].message
    assert message is not None and [a.kind for a in message.attachments] == ["image"]
