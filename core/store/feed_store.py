"""The feeds of a replica in SQLite: transactional ingest, notes, catch-up and fork proofs."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from core.errors import InvalidEvent
from core.feeds import (
    NO_PREVIOUS,
    Classifier,
    Event,
    FeedHead,
    FeedKey,
    ForkProof,
    Gap,
    Note,
    RawEvent,
    SignatureVerifier,
    check_event,
    check_fork_proof,
    last_of_each_run,
    order_for_chaining,
    signature_is_valid,
    unpack_header,
)
from core.ids import EventId, FeedId, PublicKey
from core.store.database import Database
from core.store.sql import Connection

_RECENT_LIMIT = 20_000
_INSERT_EVENT = (
    "INSERT INTO event (feed_key, seq, event_id, kind, timestamp_ms, header, signature, payload)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True)
class IngestReport:
    """What one ingest did. ``new`` were stored, in chain order per feed."""

    new: tuple[Event, ...]
    duplicates: int
    gaps: tuple[Gap, ...]
    forks: tuple[ForkProof, ...]
    frozen: int
    unproven_forks: tuple[FeedKey, ...] = ()
    """Feeds frozen here because their author chained an event it did not sign properly and
    then signed a conflicting one; no transferable proof exists (see ``_record_forks``)."""


@dataclass(frozen=True)
class StoredEvent:
    """An event read back from the store, with its local arrival order."""

    local_order: int
    event: Event


def _stored(row: Sequence[Any]) -> StoredEvent:
    """An event read back from our own table: verified when stored, so not hashed again."""
    order, identifier, header, signature, payload = row
    raw = RawEvent(bytes(header), bytes(signature), None if payload is None else bytes(payload))
    return StoredEvent(
        int(order), Event(EventId(bytes(identifier)), unpack_header(raw.header), raw)
    )


class _TransactionView:
    """The classifier's view of the store, read through the writing connection."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def head(self, author: PublicKey, feed_id: FeedId) -> FeedHead | None:
        row = self._connection.exec_driver_sql(
            "SELECT head_seq, head_id, forked FROM feed WHERE author = ? AND feed_id = ?",
            (author, feed_id),
        ).first()
        if row is None or (row[0] == 0 and not row[2]):
            return None
        head_id = EventId(bytes(row[1])) if row[0] else NO_PREVIOUS
        return FeedHead(int(row[0]), head_id, bool(row[2]))

    def stored_at(self, author: PublicKey, feed_id: FeedId, seq: int) -> RawEvent | None:
        row = self._connection.exec_driver_sql(
            "SELECT e.header, e.signature FROM event e JOIN feed f ON f.key = e.feed_key"
            " WHERE f.author = ? AND f.feed_id = ? AND e.seq = ?",
            (author, feed_id, seq),
        ).first()
        return None if row is None else RawEvent(bytes(row[0]), bytes(row[1]), None)


class FeedStore:
    """All feeds held here. Ingest checks that a valid signature of its author vouches for
    every event before anything is stored (one signature per chained run)."""

    def __init__(self, database: Database, verifier: SignatureVerifier | None = None) -> None:
        self._db = database
        self._verifier = verifier or SignatureVerifier()
        self._feed_keys: dict[FeedKey, int] = {}
        self._recent: OrderedDict[int, StoredEvent] = OrderedDict()
        self._recent_lock = threading.Lock()

    def close(self) -> None:
        self._verifier.close()

    # -- ingest -------------------------------------------------------------------------

    def ingest(self, raws: Sequence[RawEvent]) -> IngestReport:
        """Verify, classify and store a batch in one transaction.

        A malformed event or a bad signature anywhere in the batch raises
        :class:`InvalidEvent` and stores nothing of it: a peer that sends one forged event
        gets none of its batch accepted. Duplicates, gaps and forks are not errors.
        """
        return self.ingest_checked([check_event(raw) for raw in raws])

    def ingest_checked(self, checked: Sequence[Event]) -> IngestReport:
        """:meth:`ingest` for events whose structure and payload hash were already checked.

        One signature is checked per chained run, the run's last (``core.feeds.runs``): it
        vouches for every earlier event of the run through the chain of ids. Checking starts
        before the write lock and goes on while the batch is classified.
        """
        ordered = order_for_chaining(checked)
        return self._store(ordered, self._verifier.submit(last_of_each_run(ordered)))

    def store_own(self, event: Event) -> IngestReport:
        """Store the next event of one of our own feeds, signed here a moment ago.

        Its signature is not checked again (it was made by libsodium with our key; checking
        it cost a quarter of an append). Everything else is as :meth:`ingest`.
        """
        return self._store([event], ())

    def _store(
        self, ordered: Sequence[Event], verdicts: Iterable[tuple[Sequence[Event], list[bool]]]
    ) -> IngestReport:
        fresh: list[StoredEvent] = []
        outermost = not self._db.in_write()  # an enclosing transaction might still roll back
        try:
            with self._db.write() as connection:
                classifier = Classifier(_TransactionView(connection))
                for event in ordered:
                    classifier.add(event)
                for chunk, valid in verdicts:
                    for event, ok in zip(chunk, valid, strict=True):
                        if not ok:
                            raise InvalidEvent(
                                f"event {event.seq} of a feed by {event.author.hex()[:12]}…"
                                " has a signature that does not verify"
                            )
                plan = classifier.plan
                fresh = self._insert_events(connection, plan.new)
                self._write_heads(connection, plan.heads)
                proven, unproven = self._record_forks(connection, plan.forks)
        except BaseException:
            self._feed_keys.clear()
            raise
        if outermost:
            self._remember(fresh)
        return IngestReport(
            new=tuple(plan.new),
            duplicates=plan.duplicates,
            gaps=tuple(plan.gaps),
            forks=proven,
            frozen=plan.frozen,
            unproven_forks=unproven,
        )

    def _record_forks(
        self, connection: Connection, forks: Sequence[ForkProof]
    ) -> tuple[tuple[ForkProof, ...], tuple[FeedKey, ...]]:
        """Store the proofs whose two signatures verify; the others freeze the feed here only.

        Both events of a fork are vouched for by their author: the stored one by the
        signature checked when it was stored (or a later one chained to it), the incoming
        one by its run's last signature. If one of them does not verify on its own, its
        author chained an event it never signed properly, and then signed a conflicting
        one: that convicts it here (the classifier has already frozen the feed), but is not
        a proof anyone else can check, so it is neither stored nor gossiped.
        """
        proven: list[ForkProof] = []
        unproven: list[FeedKey] = []
        for proof in forks:
            author = proof.author
            if signature_is_valid(proof.first, author) and signature_is_valid(proof.second, author):
                self._insert_fork_proof(connection, proof)
                proven.append(proof)
            else:
                unproven.append((author, proof.feed_id))
        return tuple(proven), tuple(unproven)

    def _feed_key(self, connection: Connection, author: PublicKey, feed_id: FeedId) -> int:
        key = self._feed_keys.get((author, feed_id))
        if key is not None:
            return key
        row = connection.exec_driver_sql(
            "SELECT key FROM feed WHERE author = ? AND feed_id = ?", (author, feed_id)
        ).first()
        if row is None:
            result = connection.exec_driver_sql(
                "INSERT INTO feed (author, feed_id, head_seq, head_id, forked)"
                " VALUES (?, ?, 0, ?, 0)",
                (author, feed_id, b""),
            )
            assert result.lastrowid is not None  # an INSERT into a rowid table
            key = result.lastrowid
        else:
            key = int(row[0])
        self._feed_keys[(author, feed_id)] = key
        return key

    def _insert_events(self, connection: Connection, events: Sequence[Event]) -> list[StoredEvent]:
        if not events:
            return []
        known = self._feed_keys
        rows = []
        for event in events:
            header, raw = event.header, event.raw
            feed = known.get((header.author, header.feed_id))
            if feed is None:
                feed = self._feed_key(connection, header.author, header.feed_id)
            rows.append(
                (
                    feed,
                    header.seq,
                    event.id,
                    int(header.kind),
                    header.timestamp_ms,
                    raw.header,
                    raw.signature,
                    raw.payload,
                )
            )
        connection.exec_driver_sql(_INSERT_EVENT, rows)
        # Under the write lock one executemany gets consecutive rowids ending at the last one.
        last = int(connection.exec_driver_sql("SELECT last_insert_rowid()").scalar_one())
        first = last - len(rows) + 1
        return [StoredEvent(first + offset, event) for offset, event in enumerate(events)]

    def _remember(self, fresh: Sequence[StoredEvent]) -> None:
        """Keep just-committed events for the projector, which folds them next."""
        with self._recent_lock:
            for stored in fresh:
                self._recent[stored.local_order] = stored
            while len(self._recent) > _RECENT_LIMIT:
                self._recent.popitem(last=False)

    def _recent_after(self, local_order: int, limit: int) -> list[StoredEvent]:
        found: list[StoredEvent] = []
        with self._recent_lock:
            order = local_order + 1
            while len(found) < limit and order in self._recent:
                found.append(self._recent.pop(order))
                order += 1
        return found

    def _write_heads(self, connection: Connection, heads: dict[FeedKey, FeedHead]) -> None:
        if not heads:
            return
        rows = [
            (head.seq, head.head_id, int(head.forked), self._feed_key(connection, *key))
            for key, head in heads.items()
        ]
        connection.exec_driver_sql(
            "UPDATE feed SET head_seq = ?, head_id = ?, forked = ? WHERE key = ?", rows
        )

    def _insert_fork_proof(self, connection: Connection, proof: ForkProof) -> bool:
        author, feed_id, seq = check_fork_proof(proof)
        result = connection.exec_driver_sql(
            "INSERT OR IGNORE INTO fork_proof (author, feed_id, seq, first_header,"
            " first_signature, second_header, second_signature) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                author,
                feed_id,
                seq,
                proof.first.header,
                proof.first.signature,
                proof.second.header,
                proof.second.signature,
            ),
        )
        key = self._feed_key(connection, author, feed_id)
        connection.exec_driver_sql("UPDATE feed SET forked = 1 WHERE key = ?", (key,))
        return bool(result.rowcount)

    def ingest_fork_proof(self, proof: ForkProof) -> bool:
        """Store a proof gossiped by a peer (after checking it); True when it was news."""
        check_fork_proof(proof)
        try:
            with self._db.write() as connection:
                return self._insert_fork_proof(connection, proof)
        except BaseException:
            self._feed_keys.clear()
            raise

    # -- reading --------------------------------------------------------------------------

    def notes(self) -> list[Note]:
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT author, feed_id, head_seq, head_id FROM feed WHERE head_seq > 0"
            ).all()
        return [
            Note(PublicKey(bytes(a)), FeedId(bytes(f)), int(s), EventId(bytes(h)))
            for a, f, s, h in rows
        ]

    def note(self, author: PublicKey, feed_id: FeedId) -> Note | None:
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT head_seq, head_id FROM feed"
                " WHERE author = ? AND feed_id = ? AND head_seq > 0",
                (author, feed_id),
            ).first()
        return None if row is None else Note(author, feed_id, int(row[0]), EventId(bytes(row[1])))

    def events_since(
        self, author: PublicKey, feed_id: FeedId, after_seq: int, limit: int = 1000
    ) -> list[RawEvent]:
        """Events of one feed with seq > ``after_seq``, in order, at most ``limit``.

        What we serve is checked by its receiver one signature per run, the last of the
        page. A page that stops at the head ends on a signature checked when it was stored
        (or made here); one cut short by ``limit`` has its last signature checked now, and
        is shortened to the last event that verifies on its own. Only an author who chained
        events it did not sign properly makes that happen (see :meth:`_record_forks`);
        without it, an honest relay would hand its peers a page they must reject.
        """
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT e.header, e.signature, e.payload"
                " FROM event e JOIN feed f ON f.key = e.feed_key"
                " WHERE f.author = ? AND f.feed_id = ? AND e.seq > ? ORDER BY e.seq LIMIT ?",
                (author, feed_id, after_seq, limit),
            ).all()
        page = [RawEvent(bytes(h), bytes(s), None if p is None else bytes(p)) for h, s, p in rows]
        if len(page) < limit:
            return page
        for end in range(len(page) - 1, -1, -1):
            if signature_is_valid(page[end], author):
                return page[: end + 1]
        return []

    def event_by_id(self, event_id: EventId) -> StoredEvent | None:
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT local_order, header, signature, payload FROM event WHERE event_id = ?",
                (event_id,),
            ).first()
        if row is None:
            return None
        raw = RawEvent(bytes(row[1]), bytes(row[2]), None if row[3] is None else bytes(row[3]))
        return StoredEvent(int(row[0]), check_event(raw))

    def events_after(self, local_order: int, limit: int = 1000) -> list[StoredEvent]:
        """Events in local arrival order after ``local_order`` (what the projector folds)."""
        recent = self._recent_after(local_order, limit)
        if recent:
            return recent
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT local_order, event_id, header, signature, payload FROM event"
                " WHERE local_order > ? ORDER BY local_order LIMIT ?",
                (local_order, limit),
            ).all()
        return [_stored(row) for row in rows]

    def events_at_orders(self, orders: Sequence[int]) -> list[StoredEvent]:
        """Events by local order (the projector refolds parked events with this)."""
        if not orders:
            return []
        marks = ",".join("?" * len(orders))
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT local_order, event_id, header, signature, payload FROM event"
                f" WHERE local_order IN ({marks}) ORDER BY local_order",
                tuple(orders),
            ).all()
        return [_stored(row) for row in rows]

    def iter_all(self, page: int = 2000) -> Iterator[RawEvent]:
        """Every stored event, feed by feed in chain order, a page at a time (for export)."""
        last = (-1, 0)
        while True:
            with self._db.read() as connection:
                rows = connection.exec_driver_sql(
                    "SELECT feed_key, seq, header, signature, payload FROM event"
                    " WHERE (feed_key, seq) > (?, ?) ORDER BY feed_key, seq LIMIT ?",
                    (last[0], last[1], page),
                ).all()
            if not rows:
                return
            for feed_key, seq, header, signature, payload in rows:
                yield RawEvent(
                    bytes(header), bytes(signature), None if payload is None else bytes(payload)
                )
                last = (int(feed_key), int(seq))

    def fork_proofs(self) -> list[ForkProof]:
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT first_header, first_signature, second_header, second_signature"
                " FROM fork_proof"
            ).all()
        return [
            ForkProof(RawEvent(bytes(a), bytes(b), None), RawEvent(bytes(c), bytes(d), None))
            for a, b, c, d in rows
        ]

    def forked_feeds(self) -> set[FeedKey]:
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT author, feed_id FROM feed WHERE forked = 1"
            ).all()
        return {(PublicKey(bytes(a)), FeedId(bytes(f))) for a, f in rows}

    def drop_payload(self, event_id: EventId) -> bool:
        """Forget a payload locally (recall, delete for me); the chain stays intact."""
        with self._db.write() as connection:
            result = connection.exec_driver_sql(
                "UPDATE event SET payload = NULL WHERE event_id = ? AND payload IS NOT NULL",
                (event_id,),
            )
        return bool(result.rowcount)

    def set_topic(self, author: PublicKey, feed_id: FeedId, topic: str) -> None:
        with self._db.write() as connection:
            key = self._feed_key(connection, author, feed_id)
            connection.exec_driver_sql("UPDATE feed SET topic = ? WHERE key = ?", (topic, key))
