"""Large files: progress on both sides, the auto-download limit, and one order everywhere."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from core.chat import Attachment, OutgoingFile
from desktop.chats.messages.downloads import auto_download_bytes
from desktop.chats.messages.rows import SendState
from desktop.chats.messages.thumbnails import PartState
from desktop.me.network_page import NetworkPage
from tests.gui.chats.conftest import Shown, conversation_with, open_chat
from tests.support.profiles import sync_all

BIG = 24 * 1024 * 1024  # over the default 20 MB auto-download limit


def _big_file(folder: Path) -> Path:
    path = folder / "holiday-video.mp4"
    path.write_bytes(os.urandom(BIG))
    return path


def _file_part(shown: Shown, name: str):  # type: ignore[no-untyped-def]
    view = shown.view
    row = next(
        r for r in shown.rows()
        if r.message is not None and any(a.name == name for a in r.message.attachments)
    )  # fmt: skip
    layout = view.delegate.layout_for(row, view.list_view.viewport().width(), view.session.model)
    (part,) = layout.parts
    return row, part


def _copy_chunks(source, target, blob_id: bytes, upto: int | None = None) -> None:  # type: ignore[no-untyped-def]
    """What sync's blob transfer does, stopping after ``upto`` chunks if given."""
    target.blobs.begin_receive(blob_id, source.blobs.manifest_bytes(blob_id))
    for n, index in enumerate(target.blobs.missing_chunks(blob_id)):
        if upto is not None and n >= upto:
            return
        target.blobs.write_chunk(blob_id, index, source.blobs.read_chunk(blob_id, index))
    target.blob_arrived(blob_id)


def test_a_big_file_shows_its_progress_and_keeps_its_place(
    qtbot: QtBot, people, show_pane, tmp_path: Path, screenshot
) -> None:
    alice, bob = people("Alice", "Bob")
    video = _big_file(tmp_path)
    shown = show_pane(alice)
    to_bob = conversation_with(bob)
    open_chat(qtbot, shown, to_bob)
    composer, session = shown.view.composer, shown.view.session
    seen: list[tuple[int, int]] = []

    def progressed(key: str, _done: int) -> None:
        known = session.model.send_progress.get(key)
        if known is not None:
            if not seen or known[0] >= known[1] // 2 > seen[-1][0]:
                screenshot(shown.pane, "chats-sending-progress")
            seen.append(known)

    session._progressed.connect(progressed)
    composer.attachments.add_paths([str(video)])
    composer.submit()
    composer.editor.insertPlainText("that was the video")  # sent while the video is written
    composer.submit()
    qtbot.waitUntil(
        lambda: (
            [r.send_state for r in shown.rows() if r.message is not None]
            == [SendState.STORED, SendState.STORED]
        ),
        timeout=60_000,
    )
    assert any(0 < done < total for done, total in seen), "no progress while writing"
    assert seen[-1] == (BIG, BIG)
    assert session.model.send_progress == {}
    stored = [m.text or m.attachments[0].name for m in alice.chat.history(to_bob)]
    assert stored == ["holiday-video.mp4", "that was the video"]
    shown_order = [
        r.message.text or r.message.attachments[0].name for r in shown.rows() if r.message
    ]
    assert shown_order == stored  # the same order here, after a restart and on Bob's side
    sync_all([alice, bob])
    received = [m.text or m.attachments[0].name
                for m in bob.chat.history(conversation_with(alice))]  # fmt: skip
    assert received == stored


def test_receiving_asks_above_the_limit_then_shows_progress(
    qtbot: QtBot, people, show_pane, tmp_path: Path, screenshot
) -> None:
    alice, bob = people("Alice", "Bob")
    small = tmp_path / "notes.txt"
    small.write_bytes(b"notes\n" * 1000)
    alice.chat.send_text(conversation_with(bob), "", files=[
        _outgoing(_big_file(tmp_path)), _outgoing(small),
    ])  # fmt: skip
    sync_all([alice, bob])
    (message,) = bob.chat.history(conversation_with(alice))
    video, notes = message.attachments
    assert isinstance(video, Attachment) and video.size == BIG
    shown = show_pane(bob)  # the app sets its limit (20 MB unless changed)
    # Small files are fetched by themselves; the big one waits for Bob.
    assert set(bob.missing_blobs()) == {notes.blob_id}
    open_chat(qtbot, shown, conversation_with(alice))
    view = shown.view
    row = shown.rows()[-1]
    layout = view.delegate.layout_for(row, view.list_view.viewport().width(), view.session.model)
    video_part = next(p for p in layout.parts if p.file.name == "holiday-video.mp4")
    view.thumbnails.state(video_part)
    qtbot.waitUntil(lambda: view.thumbnails.state(video_part) is PartState.ASK)
    screenshot(shown.pane, "chats-download-ask")
    asked: list[int] = []
    view.confirm_download = lambda size: asked.append(size) or True  # type: ignore[method-assign]
    view._part_clicked(row, video_part)
    assert asked == [BIG]
    qtbot.waitUntil(lambda: video.blob_id in bob.missing_blobs())

    total = len(alice.blobs.manifest(video.blob_id).chunk_hashes)
    _copy_chunks(alice, bob, video.blob_id, upto=total // 2)
    qtbot.waitUntil(lambda: view.thumbnails.arrival(video_part) == (total // 2, total),
                    timeout=10_000)  # fmt: skip
    assert view.thumbnails.state(video_part) is PartState.MISSING
    fraction, words = view.delegate.parts.progress(video_part, PartState.MISSING, None)
    assert fraction == (total // 2) / total
    assert words == f"Receiving {100 * (total // 2) // total}%"
    view.list_view.viewport().update()
    qtbot.wait(20)
    screenshot(shown.pane, "chats-receiving-progress")
    _copy_chunks(alice, bob, video.blob_id)
    assert bob.blobs.has(video.blob_id)
    qtbot.waitUntil(lambda: view.thumbnails.state(video_part) is PartState.READY, timeout=10_000)


def _outgoing(path: Path) -> OutgoingFile:
    return OutgoingFile(str(path), path.name, "application/octet-stream", "file")


def test_the_auto_download_limit_is_a_setting(
    qtbot: QtBot, people, show_pane, tmp_path: Path, screenshot
) -> None:
    alice, bob = people("Alice", "Bob")
    alice.chat.send_text(conversation_with(bob), "", files=[_outgoing(_big_file(tmp_path))])
    sync_all([alice, bob])
    (message,) = bob.chat.history(conversation_with(alice))
    shown = show_pane(bob)
    assert bob.chat.auto_download_bytes == 20 * 1024 * 1024 and bob.missing_blobs() == []
    page = NetworkPage(shown.context)
    qtbot.addWidget(page)
    page.resize(760, 900)
    page.show()
    setting = page.auto_download
    assert setting.megabytes.value() == 20
    setting.megabytes.setValue(100)
    assert bob.chat.auto_download_bytes == 100 * 1024 * 1024
    assert bob.missing_blobs() == [message.attachments[0].blob_id]  # fetched by itself now
    assert auto_download_bytes(shown.context.settings) == 100 * 1024 * 1024  # kept
    screenshot(page, "me-network-auto-download")
