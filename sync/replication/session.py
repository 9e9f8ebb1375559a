"""One replication session with one proven peer, over a secure channel.

Flow (docs/protocol.md §7): both sides send their NOTES (the feeds they would serve this peer)
and FORK_PROOFS. For every offered feed it replicates and lacks, a side sends WANT(after seq);
the other streams EVENTS in order and ends with CAUGHT_UP. Each ingested batch is acknowledged
with NOTES of the feeds it touched (delivery receipts). Afterwards events stored locally are
pushed live to the peer, and blobs referenced by what we hold are fetched chunk by chunk.

Tasks: one reads and dispatches messages; one stores received events in order; one serves the
peer's wants and our live pushes, per feed in order; one serves blob requests; one fetches
our missing blobs. Blocking replica calls run in worker threads via ``blocking``.

A session always ends: when the channel ends (every task that waits on the peer then fails),
when the peer misbehaves (:class:`PeerMisbehaved`: forged data, or more requests waiting than
``SessionLimits`` allow) or when our own store fails (:class:`LocalStorageFailed`). Its tasks
are then cancelled until they are all done, even one that swallowed a cancel.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from core.errors import InvalidInput
from core.feeds import ForkProof, Note
from core.ids import FeedId, PublicKey
from core.replication import fetch_after
from sync.errors import PeerMisbehaved, WireError
from sync.replication.blobs import BlobClaims, BlobExchange
from sync.replication.limits import QueuePeaks, SessionLimits
from sync.replication.machine import SessionInput, SessionMachine, SessionState
from sync.replication.port import Replica
from sync.replication.running import Blocking, cancel_all, storage_guarded
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
FeedKey = tuple[PublicKey, FeedId]
SERVE_BATCH = 1000
INGEST_BATCH = 5000
INGEST_QUEUE_MESSAGES = 64
_PUSH = -1
_OFFER = -2
_REOFFER = -3
_PROOFS = -4
DECLINED_KEPT = 1000  # offered feeds we did not keep, remembered to ask again later
_NO_FEED: FeedKey = (PublicKey(b""), FeedId(b""))


class Channel(Protocol):
    """What a session needs of a connection (``sync.transport.SecureChannel`` provides it)."""

    async def send(self, data: bytes) -> None: ...

    async def receive(self) -> bytes: ...


@dataclass
class _Serve:
    key: FeedKey
    after: int  # mutable: a repeated WANT merges into the queued one
    reply: bool  # a WANT from the peer (answer CAUGHT_UP) rather than a live push


class Session:
    """Replicates with one peer until the channel ends, the peer misbehaves or our store fails."""

    def __init__(
        self,
        channel: Channel,
        peer: PublicKey,
        replica: Replica,
        blocking: Blocking,
        claims: BlobClaims,
        on_state: Callable[[SessionState], None] = lambda state: None,
        limits: SessionLimits | None = None,
    ) -> None:
        self.channel = channel
        self.peer = peer
        self._replica = replica
        self._blocking = storage_guarded(blocking)
        self._on_state = on_state
        self.limits = limits or SessionLimits()
        self.peaks = QueuePeaks()
        self.machine = SessionMachine()
        self.events_received = 0
        self.events_sent = 0
        # Every map below is keyed by feeds we hold, offer or want: bounded by our own store,
        # never by what the peer chooses to name.
        self._wanting: dict[FeedKey, int] = {}
        self._interest: set[FeedKey] = set()
        self._offered: set[FeedKey] = set()
        self._peer_has: dict[FeedKey, int] = {}
        self._announced: dict[FeedKey, int] = {}
        self._local_head: dict[FeedKey, int] = {}  # newest seq stored here since the session began
        self._serve_queue: asyncio.Queue[_Serve] = asyncio.Queue()
        self._pending_wants: dict[FeedKey, _Serve] = {}  # the peer's WANTs still queued
        self._queued_pushes: set[FeedKey] = set()
        self._queued_offers: set[FeedKey] = set()
        self._reoffer_queued = False
        self._proofs_queued = False
        self._proofs_sent: set[bytes] = set()  # the proofs the peer has (sent or received)
        # Feeds the peer offered that we did not keep then (a stranger's, or any while a
        # restored profile does not know its contacts yet): asked for again when our
        # entitlements change. The one map named by the peer, so it is capped.
        self._declined: dict[FeedKey, Note] = {}
        self._serving = 0
        self._ingest_queue: asyncio.Queue[tuple[Events | CaughtUp, int]] = asyncio.Queue()
        self._ingest_bytes = 0  # received EVENTS not yet stored
        self._ingest_room = asyncio.Event()
        self.blobs = BlobExchange(
            replica, self._blocking, self._send, claims, self.limits, self.peaks
        )

    # -- running ---------------------------------------------------------------------------

    async def run(self) -> None:
        """Replicate until the channel closes; raises PeerMisbehaved, LocalStorageFailed or the
        channel's TransportError."""
        loop = asyncio.get_running_loop()

        def appended(author: PublicKey, feed_id: FeedId, seq: int) -> None:
            loop.call_soon_threadsafe(self.local_append, author, feed_id, seq)

        def changed() -> None:
            loop.call_soon_threadsafe(self.entitlements_changed)

        def blobs_referenced() -> None:
            loop.call_soon_threadsafe(self.blobs.wake)

        def forks_proven() -> None:
            loop.call_soon_threadsafe(self.forks_proven)

        unsubscribe = self._replica.subscribe_appends(appended)
        unsubscribe_policy = self._replica.subscribe_entitlements(changed)
        unsubscribe_blobs = self._replica.subscribe_folds(blobs_referenced)
        unsubscribe_forks = self._replica.subscribe_forks(forks_proven)
        tasks = [
            asyncio.create_task(self._receive_loop(), name="session-receive"),
            asyncio.create_task(self._ingest_loop(), name="session-ingest"),
            asyncio.create_task(self._serve_loop(), name="session-serve"),
            asyncio.create_task(self.blobs.serve_loop(), name="session-blob-serve"),
            asyncio.create_task(
                self.blobs.fetch_loop(lambda: self.machine.state is not SessionState.GREETING),
                name="session-blob-fetch",
            ),
        ]
        try:
            notes = await self._blocking(self._replica.notes_for, self.peer)
            self._offered = {(n.author, n.feed_id) for n in notes}
            self._announce(notes)
            await self._send(Notes(tuple(notes)))
            await self._send_new_proofs()
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                task.result()
        finally:
            unsubscribe()
            unsubscribe_policy()
            unsubscribe_blobs()
            unsubscribe_forks()
            await cancel_all(tasks)
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

    @property
    def pending_wants(self) -> int:
        """The peer's WANTs waiting to be answered."""
        return len(self._pending_wants)

    @property
    def ingest_bytes(self) -> int:
        """Bytes of received EVENTS waiting to be stored."""
        return self._ingest_bytes

    # -- receiving ---------------------------------------------------------------------------

    async def _receive_loop(self) -> None:
        while True:
            data = await self.channel.receive()
            try:
                message = decode(data)
            except WireError as exc:
                raise PeerMisbehaved(f"sent a malformed message: {exc}") from exc
            await self._handle(message, len(data))

    async def _handle(self, message: Message, size: int) -> None:
        match message:
            case Notes(notes):
                await self._on_notes(notes)
            case Want(author, feed_id, after):
                self._on_want((author, feed_id), after)
            case Events() | CaughtUp():
                await self._queue_ingest(message, size)
            case ForkProofs(proofs):
                try:
                    kept = await self._blocking(self._ingest_fork_proofs, proofs)
                except InvalidInput as exc:
                    raise PeerMisbehaved(f"sent a bogus fork proof: {exc}") from exc
                self._proofs_sent.update(kept)  # never sent back (kept ones only: bounded)
            case BlobWant() | ChunkWant():
                self.blobs.requested(message)
            case BlobManifest():
                self.blobs.manifest_arrived(message)
            case Chunk():
                self.blobs.chunk_arrived(message)

    def _on_want(self, key: FeedKey, after: int) -> None:
        if key in self._offered:
            self._interest.add(key)  # only feeds we offered are pushed live
        queued = self._pending_wants.get(key)
        if queued is not None:  # asked again before the answer: one answer from the lower seq
            queued.after = min(queued.after, after)
            return
        bound = self.limits.pending_wants + len(self._offered)
        if len(self._pending_wants) >= bound:
            raise PeerMisbehaved(f"kept more than {bound} requests for feeds waiting")
        job = _Serve(key, after, reply=True)
        self._pending_wants[key] = job
        self._serve_queue.put_nowait(job)
        self.peaks.pending_wants = max(self.peaks.pending_wants, len(self._pending_wants))
        self._update_busy()

    async def _queue_ingest(self, message: Events | CaughtUp, size: int) -> None:
        # Bounded in bytes and in messages: while full, the channel is not read, so TCP
        # pushes back on the sender (these are the events we asked for, not a flood).
        while (
            self._ingest_bytes >= self.limits.ingest_bytes
            or self._ingest_queue.qsize() >= INGEST_QUEUE_MESSAGES
        ):
            self._ingest_room.clear()
            await self._ingest_room.wait()
        self._ingest_bytes += size
        self.peaks.ingest_bytes = max(self.peaks.ingest_bytes, self._ingest_bytes)
        self._ingest_queue.put_nowait((message, size))

    async def _on_notes(self, notes: tuple[Note, ...]) -> None:
        await self._blocking(self._replica.peer_holds, self.peer, notes)
        for offered in notes:
            key = (offered.author, offered.feed_id)
            if key in self._offered:
                # They hold a feed we serve them: keep them up to date, starting with
                # anything written since our notes went out.
                self._note_peer_has(key, offered.seq)
                self._interest.add(key)
                self._queue_push(key)
            if key in self._wanting:
                self._note_peer_has(key, offered.seq)
        fresh = [n for n in notes if (n.author, n.feed_id) not in self._wanting]
        await self._ask_for(fresh, remember_declined=True)
        if self.machine.state is SessionState.GREETING:
            self._advance(SessionInput.NOTES)
        self._update_busy()
        self.blobs.wake()

    async def _ask_declined(self) -> None:
        """Ask for the feeds the peer offered earlier that we keep now."""
        declined = [n for key, n in self._declined.items() if key not in self._wanting]
        await self._ask_for(declined, remember_declined=False)
        self._update_busy()

    async def _ask_for(self, notes: list[Note], *, remember_declined: bool) -> None:
        """WANT each offered feed we replicate and lack. One trip to a worker thread for all
        of them, however many feeds the peer names."""
        wanted = await self._blocking(self._wanted_with_ours, notes)
        if remember_declined:
            kept = {(n.author, n.feed_id) for n, _ in wanted}
            for note in notes:
                key = (note.author, note.feed_id)
                if key not in kept and (
                    key in self._declined or len(self._declined) < DECLINED_KEPT
                ):
                    self._declined[key] = note
        for offered, mine in wanted:
            key = (offered.author, offered.feed_id)
            self._declined.pop(key, None)
            self._note_peer_has(key, offered.seq)
            after = fetch_after(mine, offered)
            if after is not None and key not in self._wanting:
                self._wanting[key] = after
                await self._send(Want(offered.author, offered.feed_id, after))

    def _wanted_with_ours(self, notes: list[Note]) -> list[tuple[Note, Note | None]]:
        """(In a worker thread.) The notes of feeds we replicate, each with our own note."""
        return [
            (note, self._replica.note(note.author, note.feed_id))
            for note in notes
            if self._replica.wants(self.peer, note)
        ]

    def _ingest_fork_proofs(self, proofs: tuple[ForkProof, ...]) -> list[bytes]:
        """(In a worker thread.) The proofs kept; raises InvalidInput at the first bogus one."""
        return [_proof_key(p) for p in proofs if self._replica.ingest_fork_proof(p)]

    def _note_peer_has(self, key: FeedKey, seq: int) -> None:
        self._peer_has[key] = max(self._peer_has.get(key, 0), seq)

    async def _ingest_loop(self) -> None:
        """Store events in order; batches that queued up meanwhile are stored together."""
        while True:
            item, size = await self._ingest_queue.get()
            if isinstance(item, CaughtUp):
                self._ingested(size)
                await self._on_caught_up((item.author, item.feed_id), item.seq)
                continue
            events = list(item.events)
            follow: CaughtUp | None = None
            while len(events) < INGEST_BATCH and not self._ingest_queue.empty():
                more, more_size = self._ingest_queue.get_nowait()
                size += more_size
                if isinstance(more, CaughtUp):
                    follow = more
                    break
                events.extend(more.events)
            await self._on_events(tuple(events))
            self._ingested(size)
            if follow is not None:
                await self._on_caught_up((follow.author, follow.feed_id), follow.seq)

    def _ingested(self, size: int) -> None:
        self._ingest_bytes -= size
        self._ingest_room.set()

    async def _on_events(self, events: tuple[Any, ...]) -> None:
        sent: dict[FeedKey, int] = {}
        for raw in events:
            key = _key_of(raw.header)
            sent[key] = max(sent.get(key, 0), _seq_of(raw.header))
        # The peer holds what it sent: never push those events back to it. Noted before
        # storing for the feeds it follows, as storing announces them and a push could start
        # meanwhile; for the others once we know we keep them (the peer names any feed).
        for key, seq in sent.items():
            if key in self._interest:
                self._note_peer_has(key, seq)
        try:
            touched = await self._blocking(self._replica.ingest_from, self.peer, events)
        except InvalidInput as exc:
            raise PeerMisbehaved(f"sent forged or malformed events: {exc}") from exc
        for note in touched:
            key = (note.author, note.feed_id)
            if key in sent:
                self._note_peer_has(key, sent[key])
        self.events_received += len(events)
        if touched:
            await self._send(Notes(tuple(touched)))  # receipts: what we now hold
        self.blobs.wake()

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
        if not self._reoffer_queued:
            self._reoffer_queued = True
            self._serve_queue.put_nowait(_Serve(_NO_FEED, _REOFFER, reply=False))

    def forks_proven(self) -> None:
        """A fork was proven here mid-session: pass the proof on now, not at the next session
        (a frozen currency or a cloned key must not wait for a reconnection)."""
        if not self._proofs_queued:
            self._proofs_queued = True
            self._serve_queue.put_nowait(_Serve(_NO_FEED, _PROOFS, reply=False))

    async def _send_new_proofs(self) -> None:
        proofs = await self._blocking(self._replica.fork_proofs_for, self.peer)
        fresh = tuple(p for p in proofs if _proof_key(p) not in self._proofs_sent)[:1000]
        if fresh:
            self._proofs_sent.update(_proof_key(p) for p in fresh)
            await self._send(ForkProofs(fresh))

    def _announce(self, notes: Iterable[Note]) -> None:
        for note in notes:
            key = (note.author, note.feed_id)
            self._announced[key] = max(self._announced.get(key, 0), note.seq)

    async def _serve_loop(self) -> None:
        while True:
            job = await self._serve_queue.get()
            if job.reply and self._pending_wants.get(job.key) is job:
                del self._pending_wants[job.key]
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
            self._reoffer_queued = False
            notes = await self._blocking(self._replica.notes_for, self.peer)
            fresh = tuple(n for n in notes if (n.author, n.feed_id) not in self._offered)
            if fresh:
                self._offered.update((n.author, n.feed_id) for n in fresh)
                self._announce(fresh)
                await self._send(Notes(fresh))
            await self._ask_declined()
            return
        if job.after == _PROOFS:
            self._proofs_queued = False
            await self._send_new_proofs()
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
                if job.key in self._interest:
                    self._note_peer_has(job.key, last)
            if len(events) < SERVE_BATCH:
                break
        if job.reply:
            await self._send(CaughtUp(author, feed_id, last))


def _proof_key(proof: ForkProof) -> bytes:
    return proof.first.header + proof.second.header


def _seq_of(header: bytes) -> int:
    return int.from_bytes(header[70:78], "big")


def _key_of(header: bytes) -> FeedKey:
    """The feed of an event whose header has been checked (core/feeds/header.py offsets)."""
    return (PublicKey(header[6:38]), FeedId(header[38:70]))
