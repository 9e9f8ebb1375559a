"""Files and pictures: attach, send, see the thumbnail and file card, view and save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop.chats.messages.rows import SendState
from desktop.chats.messages.thumbnails import PartState
from tests.gui.chats.conftest import conversation_with, copy_blobs, open_chat
from tests.support.profiles import sync_all


def _picture(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b82f6"))
    for x in range(width):
        for y in range(0, height, 7):
            image.setPixelColor(x, y, QColor("#fbbf24"))
    assert image.save(str(path))
    return path


def test_attach_a_picture_and_a_file_then_view_and_save(
    qtbot: QtBot, people, show_pane, tmp_path: Path, screenshot
) -> None:
    alice, bob = people("Alice", "Bob")
    picture = _picture(tmp_path / "harbour.png", 640, 400)
    report = tmp_path / "minutes.pdf"
    report.write_bytes(b"%PDF-1.4 minutes of the meeting\n" * 400)
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    composer = shown.view.composer
    assert composer.attachments.add_paths([str(picture), str(report)]) == 2
    assert composer.attachments.isVisible()
    qtbot.waitUntil(lambda: not composer.attachments.busy)
    assert composer.attachments.files()[0].width == 640
    screenshot(shown.pane, "chats-attachments-pending")
    qtbot.keyClicks(composer.editor, "the harbour, and the minutes")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return)
    assert not composer.attachments.isVisible()
    qtbot.waitUntil(lambda: shown.rows()[-1].send_state is SendState.STORED, timeout=10_000)
    message = shown.rows()[-1].message
    assert message is not None
    kinds = [(a.kind, a.name, a.width, a.height) for a in message.attachments]
    assert kinds == [("image", "harbour.png", 640, 400), ("file", "minutes.pdf", 0, 0)]

    sync_all([alice, bob])
    assert copy_blobs(alice, bob) == 2
    incoming = show_pane(bob)
    open_chat(qtbot, incoming, conversation_with(alice))
    row = incoming.rows()[-1]
    layout = incoming.view.delegate.layout_for(
        row, incoming.view.list_view.viewport().width(), incoming.view.session.model
    )
    image_part, file_part = layout.parts
    thumbnails = incoming.view.thumbnails
    qtbot.waitUntil(lambda: thumbnails.state(image_part) is PartState.READY, timeout=10_000)
    assert thumbnails.pixmap(image_part) is not None
    screenshot(incoming.pane, "chats-picture-and-file")

    viewer = incoming.view.view_image(row, image_part)
    with qtbot.waitSignal(viewer.loaded, timeout=10_000):
        pass
    assert viewer.canvas.pixmap is not None and viewer.canvas.pixmap.width() == 640
    viewer.canvas.zoom_by(2.0)
    assert not viewer.canvas.fitted
    screenshot(viewer, "chats-image-viewer")
    viewer.close()

    saved = tmp_path / "saved.pdf"
    incoming.view.ask_save_path = lambda _name: str(saved)  # type: ignore[method-assign]
    incoming.view.save_part(row, file_part)
    qtbot.waitUntil(saved.exists, timeout=10_000)
    assert saved.read_bytes() == report.read_bytes()


def test_a_picture_not_here_yet_shows_a_placeholder(
    qtbot: QtBot, people, show_pane, tmp_path: Path
) -> None:
    alice, bob = people("Alice", "Bob")
    picture = _picture(tmp_path / "later.png", 300, 300)
    from core.chat import OutgoingFile

    alice.chat.send_text(
        conversation_with(bob),
        "",
        files=[OutgoingFile(str(picture), "later.png", "image/png", "image", 300, 300)],
    )
    sync_all([alice, bob])  # events only: the blob itself travels separately
    shown = show_pane(bob)
    open_chat(qtbot, shown, conversation_with(alice))
    row = shown.rows()[-1]
    layout = shown.view.delegate.layout_for(row, 800, shown.view.session.model)
    (part,) = layout.parts
    qtbot.waitUntil(lambda: shown.view.thumbnails.state(part) is PartState.MISSING)
    assert shown.view.thumbnails.pixmap(part) is None
    copy_blobs(alice, bob)  # the picture arrives later; the view notices on its own
    qtbot.waitUntil(lambda: shown.view.thumbnails.pixmap(part) is not None, timeout=8000)
