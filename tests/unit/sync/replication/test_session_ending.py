"""A session always ends, keeps its queues within bounds, and tells its own failures apart."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

import pytest

from core.errors import InvalidInput
from core.feeds import MAIN_FEED
from core.ids import PublicKey
from sync.errors import LocalStorageFailed, PeerMisbehaved
from sync.replication.blobs import BlobClaims
from sync.replication.limits import SessionLimits
from sync.replication.session import Session
from sync.replication.wire import BlobWant, CaughtUp, Chunk, ChunkWant, Events, Notes, Want
from sync.transport import ConnectionLost
from tests.unit.sync.replication.fakes import MemoryChannel, RecordingReplica, in_thread

PEER = PublicKey(bytes([9]) * 32)
HANG_GUARD = 60.0  # only catches a hang; nothing here is timed


def session(
    channel: MemoryChannel, replica: RecordingReplica | None = None, **limits: int
) -> Session:
    return Session(
        channel,
        PEER,
        replica or RecordingReplica(),  # type: ignore[arg-type]
        in_thread,
        BlobClaims(),
        limits=SessionLimits(**limits),
    )


async def run(subject: Session) -> BaseException | None:
    try:
        async with asyncio.timeout(HANG_GUARD):
            await subject.run()
    except (ConnectionLost, PeerMisbehaved, LocalStorageFailed) as exc:
        return exc
    return None


def test_a_peer_dropping_right_after_its_notes_ends_the_session_every_time() -> None:
    async def once() -> BaseException | None:
        channel = MemoryChannel()
        channel.deliver(Notes(()))
        channel.drop()
        return await run(session(channel))

    for _ in range(50):  # the cancel used to be swallowed as the blob fetcher woke up
        assert isinstance(asyncio.run(once()), ConnectionLost)


def test_a_peer_is_offered_only_the_fork_proofs_it_is_entitled_to() -> None:
    replica = RecordingReplica()

    async def greet() -> BaseException | None:
        channel = MemoryChannel()
        channel.deliver(Notes(()))
        channel.drop()
        return await run(session(channel, replica))

    asyncio.run(greet())
    assert f"fork_proofs_for {PEER.hex()[:8]}" in replica.calls
    assert "fork_proofs" not in replica.calls


def test_a_flood_of_wants_ends_the_session_within_the_bound() -> None:
    async def flood() -> tuple[Session, BaseException | None]:
        channel = MemoryChannel()
        channel.deliver(Notes(()))
        for n in range(1000):
            channel.deliver(Want(PublicKey(n.to_bytes(32, "big")), MAIN_FEED, 0))
        subject = session(channel, pending_wants=16)
        return subject, await run(subject)

    subject, ended = asyncio.run(flood())
    assert isinstance(ended, PeerMisbehaved) and "requests for feeds waiting" in str(ended)
    assert subject.peaks.pending_wants == 16 and subject.pending_wants <= 16


def test_a_repeated_want_is_merged_and_answered_once() -> None:
    async def repeat() -> tuple[MemoryChannel, BaseException | None]:
        channel = MemoryChannel()
        channel.deliver(Notes(()))
        channel.deliver(*[Want(PEER, MAIN_FEED, 0) for _ in range(500)])
        subject = session(channel, pending_wants=4)
        runner = asyncio.create_task(run(subject))
        while subject.pending_wants or not any(isinstance(m, CaughtUp) for m in channel.sent):
            await asyncio.sleep(0.01)
        channel.drop()
        return channel, await runner

    channel, ended = asyncio.run(repeat())
    assert isinstance(ended, ConnectionLost)  # not a flood: ended by the drop
    answers = [m for m in channel.sent if isinstance(m, CaughtUp)]
    assert 1 <= len(answers) <= 2  # one per WANT still queued when the previous was taken


def test_a_flood_of_blob_requests_ends_the_session_within_the_bound() -> None:
    async def flood() -> tuple[Session, BaseException | None]:
        channel = MemoryChannel()
        channel.deliver(Notes(()))
        for n in range(500):
            channel.deliver(BlobWant(n.to_bytes(32, "big")), ChunkWant(bytes(32), n))
        subject = session(channel, pending_blob_requests=8)
        return subject, await run(subject)

    subject, ended = asyncio.run(flood())
    assert isinstance(ended, PeerMisbehaved) and "blob requests waiting" in str(ended)
    assert subject.peaks.pending_blob_requests == 8


def test_chunks_nobody_asked_for_are_dropped() -> None:
    async def unsolicited() -> BaseException | None:
        channel = MemoryChannel()
        channel.deliver(Notes(()))
        channel.deliver(*[Chunk(bytes(32), n, b"x" * 1024) for n in range(200)])
        channel.drop()
        return await run(session(channel))

    assert isinstance(asyncio.run(unsolicited()), ConnectionLost)


def test_events_waiting_to_be_stored_stay_within_the_byte_bound() -> None:
    replica = RecordingReplica()
    replica.hold.clear()  # the store is slow: nothing is stored until released

    async def pile_up() -> tuple[Session, BaseException | None]:
        channel = MemoryChannel()
        channel.deliver(Notes(()))
        channel.deliver(*[Events(()) for _ in range(100)])  # 5 bytes each
        subject = session(channel, replica, ingest_bytes=20)
        runner = asyncio.create_task(run(subject))
        while replica.calls.count("ingest_from") < 1 or subject.ingest_bytes < 20:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)  # more would have piled up by now if nothing held it back
        peak = subject.peaks.ingest_bytes
        replica.hold.set()
        channel.drop()
        ended = await runner
        assert peak <= 20 + 5
        return subject, ended

    subject, ended = asyncio.run(pile_up())
    assert isinstance(ended, ConnectionLost) and subject.peaks.ingest_bytes <= 25


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (sqlite3.OperationalError("database or disk is full"), LocalStorageFailed),
        (OSError(28, "No space left on device"), LocalStorageFailed),
        (InvalidInput("bad signature"), PeerMisbehaved),
    ],
)
def test_our_store_failing_is_told_apart_from_the_peer_misbehaving(
    failure: BaseException, expected: type[BaseException]
) -> None:
    replica = RecordingReplica()
    replica.fail_with = failure

    async def ingest() -> Any:
        channel = MemoryChannel()
        channel.deliver(Notes(()), Events(()))
        return await run(session(channel, replica))

    ended = asyncio.run(ingest())
    assert type(ended) is expected
    assert str(failure) in str(ended)
