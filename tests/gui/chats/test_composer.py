"""The composer as a person meets it: pasting a picture, long texts, the reply bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QMimeData, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from core.bodies import MAX_TEXT_CHARS
from desktop.chats.composer.composer import WARN_FROM
from desktop.chats.messages.rows import SendState
from tests.gui.chats.conftest import Shown, conversation_with, open_chat
from tests.support.profiles import sync_all


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


def test_a_long_message_is_told_before_sending_and_never_cut(
    qtbot: QtBot, people, show_pane, screenshot
) -> None:
    alice, bob = people("Alice", "Bob")
    shown = show_pane(alice)
    to_bob = conversation_with(bob)
    open_chat(qtbot, shown, to_bob)
    composer = shown.view.composer
    composer.editor.insertPlainText("x" * (WARN_FROM - 10))
    assert not composer.counter.isVisible() and composer.send_button.isEnabled()
    text = "ab" * (MAX_TEXT_CHARS // 2) + "tail!"  # five characters over the limit
    composer.editor.selectAll()
    composer.editor.insertPlainText(text)
    assert composer.counter.isVisible()
    limit = QLocale().toString(MAX_TEXT_CHARS)
    assert composer.counter.text() == f"5 characters too long (at most {limit})"
    assert not composer.send_button.isEnabled()
    qtbot.waitUntil(lambda: composer.counter.width() >= composer.counter.sizeHint().width())
    screenshot(shown.pane, "chats-too-long")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return)
    assert composer.text() == text  # nothing sent, nothing cut
    assert shown.rows() == [] and alice.chat.history(to_bob) == []
    for _ in range(5):
        qtbot.keyClick(composer.editor, Qt.Key.Key_Backspace)
    assert composer.counter.text() == f"{limit} / {limit}" and composer.send_button.isEnabled()
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown.rows()[-1].send_state is SendState.STORED, timeout=10_000)
    assert [m.text for m in alice.chat.history(to_bob)] == [text[:MAX_TEXT_CHARS]]
    assert not composer.counter.isVisible()


def _send_failing(qtbot: QtBot, shown: Shown, conversation: str, folder: Path) -> Path:
    """Send "Here is the report" with a file that is moved away first: the send fails."""
    open_chat(qtbot, shown, conversation)
    composer = shown.view.composer
    report = folder / "report.pdf"
    report.write_bytes(b"%PDF-1.4 report\n" * 100)
    composer.attachments.add_paths([str(report)])
    composer.editor.insertPlainText("Here is the report")
    report.rename(folder / "moved.pdf")  # gone by the time it is sent
    composer.submit()
    qtbot.waitUntil(lambda: shown.rows()[-1].send_state is SendState.FAILED, timeout=10_000)
    return report


def test_a_message_that_fails_stays_with_retry(
    qtbot: QtBot, people, show_pane, tmp_path: Path, screenshot
) -> None:
    alice, bob = people("Alice", "Bob")
    shown = show_pane(alice)
    to_bob = conversation_with(bob)
    report = _send_failing(qtbot, shown, to_bob, tmp_path)
    assert shown.view.error.isVisible()
    screenshot(shown.pane, "chats-send-failed")
    view = shown.view.list_view
    row = shown.rows()[-1]
    assert row.message is not None and row.message.text == "Here is the report"
    index = shown.view.session.model.index(len(shown.rows()) - 1)
    rect = view.visualRect(index)
    layout = shown.view.delegate.layout_for(row, rect.width(), shown.view.session.model)
    box = layout.bubble.translated(shown.view.delegate.content_left(row, layout, rect), rect.top())
    retry = shown.view.delegate._retry_rect(box, view.font())
    hit = shown.view.delegate.hit(index, rect, retry.center().toPoint())
    assert hit is not None and hit.kind == "failed"
    (tmp_path / "moved.pdf").rename(report)  # back: trying again works
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=retry.center().toPoint())
    qtbot.waitUntil(lambda: shown.rows()[-1].send_state is SendState.STORED, timeout=10_000)
    assert [m.text for m in alice.chat.history(to_bob)] == ["Here is the report"]


def test_the_reply_bar_uses_its_width(qtbot: QtBot, people, show_pane, screenshot) -> None:
    alice, bob = people("Alice", "Bob")
    quote = "Shall we meet at the harbour on Saturday morning, around nine, near the boats?"
    bob.chat.send_text(conversation_with(alice), quote)
    sync_all([alice, bob])
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    row = next(r for r in shown.rows() if r.message is not None)
    shown.view.reply_to(row)
    bar = shown.view.composer.reply_bar
    qtbot.waitUntil(bar.isVisible)
    assert bar.label.text() == f"Reply to Bob: {quote}"  # room for all of it
    screenshot(shown.pane, "chats-reply-bar")
    shown.pane.resize(760, 720)
    qtbot.waitUntil(lambda: bar.label.text() != f"Reply to Bob: {quote}")
    shown_text = bar.label.text()
    assert shown_text.startswith("Reply to Bob: Shall we meet") and shown_text.endswith("…")
    used = bar.label.fontMetrics().horizontalAdvance(shown_text)
    assert bar.label.contentsRect().width() * 0.8 < used <= bar.label.contentsRect().width()
    shown.pane.resize(1040, 720)
    qtbot.waitUntil(lambda: bar.label.text() == f"Reply to Bob: {quote}")


def test_a_failed_message_left_unsent_becomes_the_draft_on_quitting(
    qtbot: QtBot, people, show_pane, tmp_path: Path
) -> None:
    alice, bob = people("Alice", "Bob")
    shown = show_pane(alice)
    to_bob = conversation_with(bob)
    _send_failing(qtbot, shown, to_bob, tmp_path)
    shown.view.flush_draft()  # leaving the pane: the bubble is still here, no draft yet
    qtbot.waitUntil(lambda: not shown.context.runner.busy, timeout=10_000)
    assert alice.chat.draft(to_bob) == ""
    shown.view.keep_unsent()  # what quitting the app does
    qtbot.waitUntil(lambda: alice.chat.draft(to_bob) == "Here is the report", timeout=10_000)
