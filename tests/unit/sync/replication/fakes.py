"""A channel in memory and a replica that records, for driving one Session without a network."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from typing import Any

from core.feeds import ForkProof, Note, RawEvent
from core.ids import FeedId, PublicKey
from sync.replication.wire import Message, decode, encode
from sync.transport import ChannelClosed, ConnectionLost


class MemoryChannel:
    """What the peer sent is queued with ``deliver``; ``drop`` ends it like a cut TCP line."""

    def __init__(self) -> None:
        self._inbox: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.sent: list[Message] = []
        self.closed = False

    def deliver(self, *messages: Message) -> None:
        for message in messages:
            self._inbox.put_nowait(encode(message))

    def drop(self) -> None:
        self._inbox.put_nowait(None)

    async def send(self, data: bytes) -> None:
        if self.closed:
            raise ChannelClosed("closed")
        self.sent.append(decode(data))
        await asyncio.sleep(0)

    async def receive(self) -> bytes:
        data = await self._inbox.get()
        if data is None:
            self.closed = True
            self._inbox.put_nowait(None)
            raise ConnectionLost("stream ended between frames")
        return data


class RecordingReplica:
    """Holds nothing and wants nothing; records calls; ``fail_with`` makes ingest raise;
    ``hold`` makes ingest wait until it is set."""

    identity = PublicKey(bytes(32))

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.fail_with: BaseException | None = None
        self.hold = threading.Event()
        self.hold.set()

    def notes_for(self, peer: PublicKey) -> list[Note]:
        return []

    def note(self, author: PublicKey, feed_id: FeedId) -> Note | None:
        return None

    def may_serve(self, peer: PublicKey, author: PublicKey, feed_id: FeedId) -> bool:
        return False

    def wants(self, peer: PublicKey, note: Note) -> bool:
        return False

    def events_for(self, *args: Any) -> list[RawEvent]:
        self.calls.append("events_for")
        return []

    def ingest_from(self, peer: PublicKey, events: Sequence[RawEvent]) -> list[Note]:
        self.calls.append("ingest_from")
        self.hold.wait(30)
        if self.fail_with is not None:
            raise self.fail_with
        return []

    def fork_proofs(self) -> list[ForkProof]:
        self.calls.append("fork_proofs")
        return []

    def fork_proofs_for(self, peer: PublicKey) -> list[ForkProof]:
        self.calls.append(f"fork_proofs_for {peer.hex()[:8]}")
        return []

    def ingest_fork_proof(self, proof: ForkProof) -> bool:
        return False

    def peer_holds(self, peer: PublicKey, notes: Sequence[Note]) -> None:
        self.calls.append("peer_holds")

    def missing_blobs(self) -> list[bytes]:
        return []

    def blob_manifest(self, blob_id: bytes) -> bytes | None:
        return None

    def blob_chunk(self, blob_id: bytes, index: int) -> bytes | None:
        return None

    def subscribe_appends(self, listener: Any) -> Callable[[], None]:
        return lambda: None

    def subscribe_folds(self, listener: Any) -> Callable[[], None]:
        return lambda: None

    def subscribe_forks(self, listener: Any) -> Callable[[], None]:
        return lambda: None

    def subscribe_entitlements(self, listener: Any) -> Callable[[], None]:
        return lambda: None


async def in_thread(function: Callable[..., Any], *args: Any) -> Any:
    return await asyncio.to_thread(function, *args)
