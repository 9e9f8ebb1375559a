"""A full disk on the sync path ends the session with one line, blames nobody, and is retried."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from core.chat import OutgoingFile, direct_conversation
from core.clock import SystemClock
from core.feeds import RawEvent
from core.ids import PublicKey
from core.peer_replica import PeerReplica
from sync import SyncService
from sync.backoff import Backoff
from tests.integration.sync.conftest import Peer, wait_until
from tests.support.profiles import befriend as offline_befriend
from tests.support.profiles import open_core


class FullDisk:
    """A replica whose disk is full for the writes named in ``full``; records those refused."""

    def __init__(self, replica: PeerReplica, full: set[str]) -> None:
        self._replica = replica
        self.full = full
        self.refused: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._replica, name)

    def ingest_from(self, peer: PublicKey, events: Sequence[RawEvent]) -> Any:
        if "ingest" in self.full:
            self.refused.append("ingest")
            raise sqlite3.OperationalError("database or disk is full")
        return self._replica.ingest_from(peer, events)

    def blob_write(self, blob_id: bytes, index: int, data: bytes) -> bool:
        if "blob" in self.full:
            self.refused.append("blob")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self._replica.blob_write(blob_id, index, data)


@pytest.fixture
def pair(tmp_path: Path) -> Any:
    made: list[Peer] = []

    def make(name: str, wrap: Callable[[PeerReplica], Any] = lambda r: r) -> tuple[Peer, Any]:
        core = open_core(tmp_path / name, name, SystemClock())  # type: ignore[arg-type]
        replica = wrap(PeerReplica(core))
        lines: list[str] = []
        sync = SyncService(
            replica,
            host="127.0.0.1",
            discovery=False,
            on_event=lines.append,
            backoff=Backoff(base=0.2, factor=2.0, ceiling=1.0),
            dial_interval=0.05,
        )
        made.append(Peer(core, sync, lines))
        return made[-1], replica

    yield make
    for peer in made:
        peer.sync.stop()
        peer.core.close()


def no_blame(*peers: Peer) -> bool:
    return all(
        p.sync.counters().penalised == 0 and not any("misbehaved" in line for line in p.lines)
        for p in peers
    )


def test_a_full_disk_while_storing_events_pauses_sync_until_there_is_room(
    pair: Any, caplog: pytest.LogCaptureFixture
) -> None:
    alice, _ = pair("Alice")
    bob, disk = pair("Bob", lambda replica: FullDisk(replica, {"ingest"}))
    offline_befriend(alice.core, bob.core)
    alice.sync.start()
    bob.sync.start()
    bob.dial(alice)
    caplog.set_level(logging.WARNING)
    sent = alice.core.chat.send_text(direct_conversation(bob.core.me), "is there room?")
    wait_until(lambda: len(disk.refused) >= 2)  # failed, and tried again
    full_lines = [line for line in bob.lines if "database or disk is full" in line]
    # One line per session that failed, no traceback, nobody blamed, Bob's sync still up.
    assert len(full_lines) >= 1 and all("will retry later" in line for line in full_lines)
    assert len(full_lines) <= len(disk.refused)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert no_blame(alice, bob) and bob.sync.status().running
    assert bob.core.chat.message(sent.event_id) is None

    disk.full.clear()
    wait_until(lambda: bob.core.chat.message(sent.event_id) is not None)
    assert no_blame(alice, bob)


def test_a_full_disk_while_writing_a_blob_pauses_the_transfer_until_there_is_room(
    pair: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    alice, _ = pair("Alice")
    bob, disk = pair("Bob", lambda replica: FullDisk(replica, {"blob"}))  # events still fit
    offline_befriend(alice.core, bob.core)
    alice.sync.start()
    bob.sync.start()
    bob.dial(alice)
    caplog.set_level(logging.WARNING)
    data = os.urandom(700 * 1024)
    source = tmp_path / "photo.bin"
    source.write_bytes(data)
    sent = alice.core.chat.send_text(
        direct_conversation(bob.core.me),
        "a file",
        files=[OutgoingFile(str(source), "photo.bin", "application/octet-stream")],
    )
    wait_until(lambda: bob.core.chat.message(sent.event_id) is not None)
    (attachment,) = sent.attachments
    wait_until(lambda: len(disk.refused) >= 2)
    assert any("No space left on device" in line for line in bob.lines)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert no_blame(alice, bob) and bob.sync.status().running
    assert not bob.core.blobs.has(attachment.blob_id)

    disk.full.clear()
    wait_until(lambda: bob.core.blobs.has(attachment.blob_id))
    assert no_blame(alice, bob)
