"""One replication session with one proven peer, over a secure channel.

Flow (docs/protocol.md §7): both sides send their NOTES (the feeds they would serve this peer)
and FORK_PROOFS. For every offered feed it replicates and lacks, a side sends WANT(after seq);
the other streams EVENTS in order and ends with CAUGHT_UP. Each ingested batch is acknowledged
with NOTES of the feeds it touched (delivery receipts). Afterwards events stored locally are
pushed live to the peer, and blobs referenced by what we hold are fetched chunk by chunk.

Tasks: one reads and dispatches messages; one stores received events in order; one serves the
peer's wants and our live pushes, per feed in order; one serves blob requests; one fetches
our missing blobs. Blocking replica calls run in worker threads via ``blocking``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from core.errors import InvalidInput
from core.feeds import Note
from core.ids import FeedId, PublicKey
from core.replication import fetch_after
from sync.errors import PeerMisbehaved, WireError
from sync.replication.machine import SessionInput, SessionMachine, SessionState
from sync.replication.port import Replica
from sync.replication.wire import (
    BlobManifest,
    BlobWant,
    CaughtUp,
    Chunk,
    ChunkWant,
    Events,
    ForkProofs,
    Message,
    Notes,
    Want,
    batch_events,
    decode,
    encode,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
FeedKey = tuple[PublicKey, FeedId]
Blocking = Callable[..., Awaitable[Any]]
SERVE_BATCH = 1000
INGEST_BATCH = 5000
_PUSH = -1
_OFFER = -2
_REOFFER = -3
CHUNK_WINDOW = 4
BLOB_TIMEOUT = 30.0
BLOB_RETRY = 10.0


class Channel(Protocol):
    """What a session needs of a connection (``sync.transport.SecureChannel`` provides it)."""

    async def send(self, data: bytes) -> None: ...

    async def receive(self) -> bytes: ...


@dataclass
class _Serve:
    key: FeedKey
    after: int
    reply: bool  # a WANT from the peer (answer CAUGHT_UP) rather than a live push


class BlobClaims:
    """Which blobs some session is fetching right now (one fetch per blob across peers)."""

    def __init__(self) -> None:
        self._claimed: set[bytes] = set()

    def claim(self, blob_id: bytes) -> bool:
        if blob_id in self._claimed:
            return False
        self._claimed.add(blob_id)
        return True

    def release(self, blob_id: bytes) -> None:
        self._claimed.discard(blob_id)


class Session:
    """Replicates with one peer until the channel ends or the peer misbehaves."""

    def __init__(
        self,
        channel: Channel,
        peer: PublicKey,
        replica: Replica,
        blocking: Blocking,
        claims: BlobClaims,
        on_state: Callable[[SessionState], None] = lambda state: None,
    ) -> None:
        self.channel = channel
        self.peer = peer
        self._replica = replica
        self._blocking = blocking
        self._claims = claims
        self._on_state = on_state
        self.machine = SessionMachine()
        self.events_received = 0
        self.events_sent = 0
        self._wanting: dict[FeedKey, int] = {}
        self._interest: set[FeedKey] = set()
        self._offered: set[FeedKey] = set()
        self._peer_has: dict[FeedKey, int] = {}
        self._announced: dict[FeedKey, int] = {}
        self._local_head: dict[FeedKey, int] = {}  # newest seq stored here since the session began
        self._serve_queue: asyncio.Queue[_Serve] = asyncio.Queue()
        self._queued_pushes: set[FeedKey] = set()
        self._queued_offers: set[FeedKey] = set()
        self._serving = 0
        self._blob_requests: asyncio.Queue[Message] = asyncio.Queue()
        self._ingest_queue: asyncio.Queue[Events | CaughtUp] = asyncio.Queue(maxsize=16)
        self._blob_wake = asyncio.Event()
        self._manifest_waiters: dict[bytes, asyncio.Future[bytes]] = {}
        self._chunk_inboxes: dict[bytes, asyncio.Queue[Chunk]] = {}
        self._lacking: set[bytes] = set()

    # -- running ---------------------------------------------------------------------------

    async def run(self) -> None:
        """Replicate until the channel closes; raises PeerMisbehaved on forged or bad data."""
        loop = asyncio.get_running_loop()

        def appended(author: PublicKey, feed_id: FeedId, seq: int) -> None:
            loop.call_soon_threadsafe(self.local_append, author, feed_id, seq)

        def changed() -> None:
            loop.call_soon_threadsafe(self.entitlements_changed)

        def blobs_referenced() -> None:
            loop.call_soon_threadsafe(self._blob_wake.set)

        unsubscribe = self._replica.subscribe_appends(appended)
        unsubscribe_policy = self._replica.subscribe_entitlements(changed)
        unsubscribe_blobs = self._replica.subscribe_folds(blobs_referenced)
        tasks = [
            asyncio.create_task(self._receive_loop(), name="session-receive"),
            asyncio.create_task(self._ingest_loop(), name="session-ingest"),
            asyncio.create_task(self._serve_loop(), name="session-serve"),
            asyncio.create_task(self._blob_serve_loop(), name="session-blob-serve"),
            asyncio.create_task(self._blob_fetch_loop(), name="session-blob-fetch"),
        ]
        try:
            notes = await self._blocking(self._replica.notes_for, self.peer)
            self._offered = {(n.author, n.feed_id) for n in notes}
            self._announce(notes)
            await self._send(Notes(tuple(notes)))
            proofs = await self._blocking(self._replica.fork_proofs)
            if proofs:
                await self._send(ForkProofs(tuple(proofs[:1000])))
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                task.result()
        finally:
            unsubscribe()
            unsubscribe_policy()
            unsubscribe_blobs()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self._advance(SessionInput.CLOSE)

    def _advance(self, event: SessionInput) -> None:
        before = self.machine.state
        after = self.machine.feed(event)
        if after is not before:
            self._on_state(after)

    def _update_busy(self) -> None:
        if self.machine.state is SessionState.GREETING:
            return
        busy = bool(self._wanting) or self._serving > 0 or not self._serve_queue.empty()
        self._advance(SessionInput.BUSY if busy else SessionInput.QUIET)

    async def _send(self, message: Message) -> None:
        await self.channel.send(encode(message))

    # -- receiving ---------------------------------------------------------------------------

    async def _receive_loop(self) -> None:
        while True:
            data = await self.channel.receive()
            try:
                message = decode(data)
            except WireError as exc:
                raise PeerMisbehaved(f"sent a malformed message: {exc}") from exc
            await self._handle(message)

    async def _handle(self, message: Message) -> None:
        match message:
            case Notes(notes):
                await self._on_notes(notes)
            case Want(author, feed_id, after):
                self._interest.add((author, feed_id))
                self._serve_queue.put_nowait(_Serve((author, feed_id), after, reply=True))
                self._update_busy()
            case Events() | CaughtUp():
                await self._ingest_queue.put(message)  # bounded: TCP pushes back on the sender
            case ForkProofs(proofs):
                for proof in proofs:
                    try:
                        await self._blocking(self._replica.ingest_fork_proof, proof)
                    except InvalidInput as exc:
                        raise PeerMisbehaved(f"sent a bogus fork proof: {exc}") from exc
            case BlobWant() | ChunkWant():
                self._blob_requests.put_nowait(message)
            case BlobManifest(blob_id, manifest):
                waiter = self._manifest_waiters.pop(blob_id, None)
                if waiter is not None and not waiter.done():
                    waiter.set_result(manifest)
            case Chunk(blob_id, _index, _data):
                inbox = self._chunk_inboxes.get(blob_id)
                if inbox is not None:
                    inbox.put_nowait(message)

    async def _on_notes(self, notes: tuple[Note, ...]) -> None:
        await self._blocking(self._replica.peer_holds, self.peer, notes)
        for offered in notes:
            key = (offered.author, offered.feed_id)
            self._peer_has[key] = max(self._peer_has.get(key, 0), offered.seq)
            if key in self._offered:
                # They hold a feed we serve them: keep them up to date, starting with
                # anything written since our notes went out.
                self._interest.add(key)
                self._queue_push(key)
            if key in self._wanting or not await self._blocking(
                self._replica.wants, self.peer, offered
            ):
                continue
            mine = await self._blocking(self._replica.note, offered.author, offered.feed_id)
            after = fetch_after(mine, offered)
            if after is not None:
                self._wanting[key] = after
                await self._send(Want(offered.author, offered.feed_id, after))
        if self.machine.state is SessionState.GREETING:
            self._advance(SessionInput.NOTES)
        self._update_busy()
        self._blob_wake.set()

    async def _ingest_loop(self) -> None:
        """Store events in order; batches that queued up meanwhile are stored together."""
        while True:
            item = await self._ingest_queue.get()
            if isinstance(item, CaughtUp):
                await self._on_caught_up((item.author, item.feed_id), item.seq)
                continue
            assert isinstance(item, Events)
            events = list(item.events)
            follow: CaughtUp | None = None
            while len(events) < INGEST_BATCH and not self._ingest_queue.empty():
                more = self._ingest_queue.get_nowait()
                if isinstance(more, CaughtUp):
                    follow = more
                    break
                assert isinstance(more, Events)
                events.extend(more.events)
            await self._on_events(tuple(events))
            if follow is not None:
                await self._on_caught_up((follow.author, follow.feed_id), follow.seq)

    async def _on_events(self, events: tuple[Any, ...]) -> None:
        # The peer holds what it sent: never push those events back to it (noted before
        # storing, as storing announces them and a push could start meanwhile).
        for raw in events:
            key = _key_of(raw.header)
            self._peer_has[key] = max(self._peer_has.get(key, 0), _seq_of(raw.header))
        try:
            touched = await self._blocking(self._replica.ingest_from, self.peer, events)
        except InvalidInput as exc:
            raise PeerMisbehaved(f"sent forged or malformed events: {exc}") from exc
        self.events_received += len(events)
        if touched:
            await self._send(Notes(tuple(touched)))  # receipts: what we now hold
        self._blob_wake.set()

    async def _on_caught_up(self, key: FeedKey, seq: int) -> None:
        asked = self._wanting.get(key)
        if asked is None:
            return
        mine = await self._blocking(self._replica.note, *key)
        have = mine.seq if mine else 0
        if have < seq and have > asked:
            self._wanting[key] = have  # progress but a gap remains: ask again from here
            await self._send(Want(key[0], key[1], have))
        else:
            del self._wanting[key]
        self._update_busy()

    # -- serving feeds -------------------------------------------------------------------------

    def local_append(self, author: PublicKey, feed_id: FeedId, seq: int) -> None:
        """New events stored here (ours or relayed): push them if the peer follows the feed."""
        key = (author, feed_id)
        self._local_head[key] = max(self._local_head.get(key, 0), seq)
        if key in self._interest:
            if self._peer_has.get(key, 0) < seq:
                self._queue_push(key)
        elif key not in self._queued_offers:
            # Not followed (yet): (re)send its note; the peer asks if it is behind.
            self._queued_offers.add(key)
            self._serve_queue.put_nowait(_Serve(key, _OFFER, reply=False))

    def _queue_push(self, key: FeedKey) -> None:
        if key not in self._queued_pushes:
            self._queued_pushes.add(key)
            self._serve_queue.put_nowait(_Serve(key, _PUSH, reply=False))

    def entitlements_changed(self) -> None:
        """Contacts or groups changed: offer any feed the peer may now have."""
        self._serve_queue.put_nowait(_Serve((PublicKey(b""), FeedId(b"")), _REOFFER, reply=False))

    def _announce(self, notes: Iterable[Note]) -> None:
        for note in notes:
            key = (note.author, note.feed_id)
            self._announced[key] = max(self._announced.get(key, 0), note.seq)

    async def _serve_loop(self) -> None:
        while True:
            job = await self._serve_queue.get()
            self._serving += 1
            self._update_busy()
            try:
                await self._serve(job)
            finally:
                self._serving -= 1
                self._update_busy()

    async def _serve(self, job: _Serve) -> None:
        author, feed_id = job.key
        if job.after == _REOFFER:
            notes = await self._blocking(self._replica.notes_for, self.peer)
            fresh = tuple(n for n in notes if (n.author, n.feed_id) not in self._offered)
            if fresh:
                self._offered.update((n.author, n.feed_id) for n in fresh)
                self._announce(fresh)
                await self._send(Notes(fresh))
            return
        if job.after == _OFFER:  # a feed appeared or grew here: offer it if the peer may have it
            self._queued_offers.discard(job.key)
            if await self._blocking(self._replica.may_serve, self.peer, author, feed_id):
                note = await self._blocking(self._replica.note, author, feed_id)
                if note is not None:
                    self._offered.add(job.key)
                    self._announce((note,))
                    await self._send(Notes((note,)))
            return
        if not job.reply:
            self._queued_pushes.discard(job.key)
        # A push starts after what the peer holds and after what we announced: events up to
        # the announced head are the peer's to ask for (WANT), not ours to send twice.
        after = (
            job.after
            if job.reply
            else max(self._peer_has.get(job.key, 0), self._announced.get(job.key, 0))
        )
        if not job.reply and after >= self._local_head.get(job.key, after + 1):
            return  # the peer already holds everything stored here since we last looked
        last = after
        while True:
            events = await self._blocking(
                self._replica.events_for, self.peer, author, feed_id, last, SERVE_BATCH
            )
            for message in batch_events(events):
                await self._send(message)
                self.events_sent += len(message.events)
            if events:
                last = max(last, _seq_of(events[-1].header))
                self._peer_has[job.key] = max(self._peer_has.get(job.key, 0), last)
            if len(events) < SERVE_BATCH:
                break
        if job.reply:
            await self._send(CaughtUp(author, feed_id, last))

    # -- blobs ---------------------------------------------------------------------------------

    async def _blob_serve_loop(self) -> None:
        while True:
            request = await self._blob_requests.get()
            if isinstance(request, BlobWant):
                manifest = await self._blocking(self._replica.blob_manifest, request.blob_id)
                await self._send(BlobManifest(request.blob_id, manifest or b""))
            elif isinstance(request, ChunkWant):
                data = await self._blocking(
                    self._replica.blob_chunk, request.blob_id, request.index
                )
                await self._send(Chunk(request.blob_id, request.index, data or b""))

    async def _blob_fetch_loop(self) -> None:
        idle_rounds = 0
        while True:
            try:
                await asyncio.wait_for(self._blob_wake.wait(), BLOB_RETRY)
            except TimeoutError:
                idle_rounds += 1
                if idle_rounds % 6 == 0:
                    self._lacking.clear()  # the peer may have received them meanwhile
            self._blob_wake.clear()
            if self.machine.state is SessionState.GREETING:
                continue
            for blob_id in await self._blocking(self._replica.missing_blobs):
                if blob_id in self._lacking or not self._claims.claim(blob_id):
                    continue
                try:
                    await self._fetch_blob(blob_id)
                finally:
                    self._claims.release(blob_id)

    async def _fetch_blob(self, blob_id: bytes) -> None:
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[bytes] = loop.create_future()
        self._manifest_waiters[blob_id] = waiter
        await self._send(BlobWant(blob_id))
        try:
            manifest = await asyncio.wait_for(waiter, BLOB_TIMEOUT)
        except TimeoutError:
            self._lacking.add(blob_id)
            return
        finally:
            self._manifest_waiters.pop(blob_id, None)
        if not manifest:
            self._lacking.add(blob_id)
            return
        try:
            missing = await self._blocking(self._replica.blob_begin, blob_id, manifest)
        except InvalidInput as exc:
            raise PeerMisbehaved(f"sent a manifest that does not match its blob: {exc}") from exc
        inbox: asyncio.Queue[Chunk] = asyncio.Queue()
        self._chunk_inboxes[blob_id] = inbox
        try:
            pending = list(missing)
            in_flight = 0
            while pending or in_flight:
                while pending and in_flight < CHUNK_WINDOW:
                    await self._send(ChunkWant(blob_id, pending.pop(0)))
                    in_flight += 1
                chunk = await asyncio.wait_for(inbox.get(), BLOB_TIMEOUT)
                in_flight -= 1
                if not chunk.data:
                    self._lacking.add(blob_id)
                    return
                try:
                    await self._blocking(self._replica.blob_write, blob_id, chunk.index, chunk.data)
                except InvalidInput as exc:
                    raise PeerMisbehaved(f"sent a blob chunk that does not match: {exc}") from exc
        except TimeoutError:
            self._lacking.add(blob_id)
        finally:
            self._chunk_inboxes.pop(blob_id, None)


def _seq_of(header: bytes) -> int:
    return int.from_bytes(header[70:78], "big")


def _key_of(header: bytes) -> FeedKey:
    """The feed of an event whose header has been checked (core/feeds/header.py offsets)."""
    return (PublicKey(header[6:38]), FeedId(header[38:70]))
