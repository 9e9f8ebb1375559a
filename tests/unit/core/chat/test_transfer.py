"""Which attachments sync fetches by itself, and progress while a file goes into the store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from core.chat import OutgoingFile, direct_conversation
from core.facade import Core
from tests.support.profiles import befriend, sync_all

MakeCore = Callable[[str], Core]
MB = 1024 * 1024


def _file(folder: Path, name: str, size: int) -> OutgoingFile:
    path = folder / name
    path.write_bytes(b"\x5a" * size)
    return OutgoingFile(str(path), name, "application/octet-stream", "file")


def test_big_attachments_wait_for_the_person_when_there_is_a_limit(
    make_core: MakeCore, tmp_path: Path
) -> None:
    alice, bob = make_core("Alice"), make_core("Bob")
    befriend(alice, bob)
    written: list[int] = []
    alice.chat.send_text(
        direct_conversation(bob.me),
        "two files",
        files=[_file(tmp_path, "big.bin", 3 * MB), _file(tmp_path, "small.bin", MB // 2)],
        progress=written.append,
    )
    assert written[-1] == 3 * MB + MB // 2 and written == sorted(written) and len(written) > 4
    sync_all([alice, bob])
    (message,) = bob.chat.history(direct_conversation(alice.me))
    big, small = message.attachments
    assert set(bob.missing_blobs()) == {big.blob_id, small.blob_id}  # headless: no limit
    bob.chat.auto_download_bytes = 1 * MB
    assert bob.missing_blobs() == [small.blob_id]
    assert bob.chat.download_waits(big) and not bob.chat.download_waits(small)
    assert bob.chat.arrival(big.blob_id) is None
    bob.chat.approve_download(big.blob_id)
    assert set(bob.missing_blobs()) == {big.blob_id, small.blob_id}
    assert not bob.chat.download_waits(big)
    bob.rebuild_projections()  # the person's choice is local state: it stays
    assert set(bob.missing_blobs()) == {big.blob_id, small.blob_id}
    bob.blobs.begin_receive(big.blob_id, alice.blobs.manifest_bytes(big.blob_id))
    chunks = alice.blobs.manifest(big.blob_id).chunk_count
    assert bob.chat.arrival(big.blob_id) == (0, chunks)
    bob.blobs.write_chunk(big.blob_id, 0, alice.blobs.read_chunk(big.blob_id, 0))
    assert bob.chat.arrival(big.blob_id) == (1, chunks)
