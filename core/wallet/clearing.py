"""Running the clearer inside a profile: its records go to our clearing feed, in batches.

When this identity holds a currency's clearing key (and its VRF key is the one derived from
our signing key), every intent not decided yet is decided in arrival order. One run writes
all its records in one write transaction, folded and announced once: the clearer's rate is
then bound by signing and SQLite, not by a commit per record. Each record's header timestamp
is the ``now`` the clearer decided by (replicas check expiries against it).
"""

from __future__ import annotations

from core.authoring import EventWriter
from core.clock import Clock
from core.crypto import VrfKeyPair
from core.ids import PublicKey
from core.wallet.books import Book, Books
from core.wallet.clearer import Clearer
from core.wallet.records import ClearingEntry, ClearingRecord
from core.wallet.values import clearing_topic


class _RecordFeed:
    """Our clearing feed for one currency and epoch, as the :class:`Clearer` writes to it."""

    def __init__(self, writer: EventWriter, topic: str, epoch: int) -> None:
        self._writer = writer
        self._topic = topic
        self._epoch = epoch

    def append(self, record: ClearingRecord, now_ms: int) -> ClearingEntry:
        event = self._writer.public(self._topic, record.encode(), now_ms)
        return ClearingEntry(event.seq, event.id, record, event.header.timestamp_ms, self._epoch)


class ClearingRun:
    """Decides what waits in a book when we are its clearer."""

    def __init__(self, writer: EventWriter, clock: Clock, me: PublicKey, vrf: VrfKeyPair) -> None:
        self._writer = writer
        self._clock = clock
        self._me = me
        self._vrf = vrf

    def is_ours(self, book: Book) -> bool:
        currency = book.ledger.currency
        return (
            book.ledger.frozen is None
            and currency.clearing_key == self._me
            and currency.vrf_key == self._vrf.public_key
        )

    def run(self, book: Book, books: Books) -> int:
        """Expire, then decide every unread intent in arrival order; how many records."""
        if not self.is_ours(book):
            book.clearer = None
            book.unread.clear()
            return 0
        if not books.may_clear(book):
            return 0  # a restored profile: wait until told its records are all back
        clearer = book.clearer
        if clearer is None or clearer.ledger is not book.ledger:
            epoch = book.ledger.currency.epoch
            feed = _RecordFeed(self._writer, clearing_topic(book.issued.id), epoch)
            clearer = book.clearer = Clearer(book.ledger, self._vrf, feed)
        now = max(self._clock.now_ms(), book.last_time)
        deadline = clearer.next_deadline()
        if not book.unread and (deadline is None or deadline > now):
            return 0  # nothing to decide: no write transaction (the node's timer is cheap)
        unread, book.unread = book.unread, []
        written: list[ClearingEntry] = []
        with self._writer.batch():
            written.extend(clearer.expire(now))
            for signed in unread:
                written.extend(clearer.clear(signed, now))
        Books.apply(book, written)
        return len(written)
