"""Delete for me (this device only, for good) and forwarding a message to another chat."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from core.chat import OutgoingFile, direct_conversation
from core.errors import NotAllowed
from core.facade import Core
from tests.support.profiles import befriend, sync_all

MakeCore = Callable[[str], Core]


@pytest.fixture
def trio(make_core: MakeCore) -> tuple[Core, Core, Core]:
    alice, bob, carol = make_core("Alice"), make_core("Bob"), make_core("Carol")
    befriend(alice, bob)
    befriend(alice, carol)
    return alice, bob, carol


def test_delete_for_me_stays_deleted_here_and_nowhere_else(trio) -> None:  # type: ignore[no-untyped-def]
    alice, bob, _carol = trio
    to_bob = direct_conversation(bob.me)
    keep = alice.chat.send_text(to_bob, "keep this")
    drop = alice.chat.send_text(to_bob, "drop this")
    sync_all([alice, bob])
    assert alice.chat.delete_for_me([drop.event_id, b"\x01" * 32]) == 1
    assert [m.text for m in alice.chat.history(to_bob)] == ["keep this"]
    (summary,) = alice.chat.conversations()
    assert summary.last_message is not None and summary.last_message.event_id == keep.event_id
    assert alice.chat.search("drop") == []
    alice.rebuild_projections()  # folding the feeds again does not bring it back
    assert [m.text for m in alice.chat.history(to_bob)] == ["keep this"]
    sync_all([alice, bob])
    assert [m.text for m in bob.chat.history(direct_conversation(alice.me))] == [
        "keep this", "drop this",
    ]  # fmt: skip


def test_forward_a_message_with_its_file(trio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    alice, bob, carol = trio
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF report " * 500)
    bob.chat.send_text(
        direct_conversation(alice.me),
        "the report",
        files=[OutgoingFile(str(report), "report.pdf", "application/pdf", "file")],
    )
    sync_all([alice, bob])
    (received,) = alice.chat.history(direct_conversation(bob.me))
    with pytest.raises(NotAllowed):  # its file has not arrived yet
        alice.chat.forward(received.event_id, direct_conversation(carol.me))
    for blob_id in alice.missing_blobs():
        alice.blobs.begin_receive(blob_id, bob.blobs.manifest_bytes(blob_id))
        for index in alice.blobs.missing_chunks(blob_id):
            alice.blobs.write_chunk(blob_id, index, bob.blobs.read_chunk(blob_id, index))
    copy = alice.chat.forward(received.event_id, direct_conversation(carol.me))
    assert copy.text == "the report" and copy.outgoing
    assert copy.attachments == received.attachments
    sync_all([alice, carol])
    (seen,) = carol.chat.history(direct_conversation(alice.me))
    assert seen.text == "the report" and seen.author == alice.me
    assert [a.name for a in seen.attachments] == ["report.pdf"]
