"""The wallet's in-memory books: one :class:`Ledger` per currency, folded from the tables.

Balances are folds of the clearing feed only. Each book reads the records and intents stored
since it last looked (by local arrival order), so a refresh costs what arrived meanwhile; a
book that fails half-way (a write rolled back under the clearer) is dropped and read again.
Fork proofs of a clearing feed freeze its currency (a member's forked intents feed is held to
one history by the store itself).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from core.errors import InvalidInput
from core.feeds import ForkProof, feed_id_for
from core.identity import decode_card
from core.ids import EncryptionKey, EventId, FeedId, PublicKey
from core.store import Database
from core.wallet.clearer import Clearer
from core.wallet.intents import SignedIntent, decode_intent
from core.wallet.issue import ClearingHandover, currency_from_issue, decode_handover, decode_issue
from core.wallet.ledger import Ledger
from core.wallet.records import (
    ClearingEntry,
    ClearingRecord,
    Refund,
    Released,
    Returned,
    Share,
    decode_record,
)
from core.wallet.values import Currency, CurrencyId, clearing_topic, intents_topic


@dataclass
class Book:
    """One currency as this replica folded it so far."""

    issued: Currency
    ledger: Ledger
    intents_feed: FeedId
    clearing_feed: FeedId
    epochs: dict[PublicKey, int]
    handovers: dict[int, ClearingHandover] = field(default_factory=dict)
    record_mark: int = 0
    intent_mark: int = 0
    entries: list[ClearingEntry] = field(default_factory=list)
    applied: dict[tuple[int, int], bytes] = field(default_factory=dict)
    records: dict[EventId, list[ClearingRecord]] = field(default_factory=dict)
    intents: dict[EventId, SignedIntent] = field(default_factory=dict)
    share_times: dict[EventId, int] = field(default_factory=dict)
    """When each grab's share was cleared (by the clearer's clock)."""
    undecided: dict[EventId, SignedIntent] = field(default_factory=dict)
    """The intents no record has decided yet (pending), pruned on every refresh."""
    unread: list[SignedIntent] = field(default_factory=list)
    """Intents read since the clearer last looked, in arrival order."""
    clearer: Clearer | None = None
    last_time: int = 0
    proofs_seen: int = 0

    @property
    def currency(self) -> Currency:
        return self.ledger.currency

    def clearers(self) -> frozenset[PublicKey]:
        return frozenset(self.epochs)


class Books:
    """Every currency's book, built on first use and refreshed on each read."""

    def __init__(self, database: Database, fork_proofs: Callable[[], Sequence[ForkProof]]) -> None:
        self._db = database
        self._fork_proofs = fork_proofs
        self._books: dict[CurrencyId, Book] = {}
        self.lock = threading.RLock()

    def forget(self, currency: CurrencyId | None = None) -> None:
        """Drop one book (or all): the next read folds the tables again."""
        with self.lock:
            if currency is None:
                self._books.clear()
            else:
                self._books.pop(currency, None)

    def note_forks(self) -> None:
        """A fork proof arrived: every book checks the proofs again on its next read."""
        with self.lock:
            for book in self._books.values():
                book.proofs_seen = -1

    def currency_ids(self) -> list[CurrencyId]:
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT currency_id FROM wallet_currency ORDER BY timestamp_ms"
            ).all()
        return [CurrencyId(bytes(row[0])) for row in rows]

    def note_restored(self) -> None:
        """This database was opened without our history (see ``WalletRestoredRow``)."""
        with self._db.write() as connection:
            connection.exec_driver_sql("INSERT OR IGNORE INTO wallet_restored (id) VALUES (1)")

    def may_clear(self, book: Book) -> bool:
        """Whether this database may extend our clearing feed of ``book``'s current epoch:
        it never lost our history, or it was told (or issued the currency) since."""
        with self._db.read() as connection:
            restored = connection.exec_driver_sql("SELECT 1 FROM wallet_restored").first()
            if restored is None:
                return True
            here = connection.exec_driver_sql(
                "SELECT 1 FROM wallet_clearing_here WHERE currency_id = ? AND epoch = ?",
                (book.issued.id, book.currency.epoch),
            ).first()
        return here is not None

    def allow_clearing(self, currency: CurrencyId, epoch: int) -> None:
        with self._db.write() as connection:
            connection.exec_driver_sql(
                "INSERT OR IGNORE INTO wallet_clearing_here (currency_id, epoch) VALUES (?, ?)",
                (currency, epoch),
            )

    def restored(self) -> bool:
        with self._db.read() as connection:
            return connection.exec_driver_sql("SELECT 1 FROM wallet_restored").first() is not None

    def holds(self, book: Book, who: PublicKey) -> bool:
        """Whether ``who`` holds the currency: its issuer, a clearer, or a member who joined."""
        if who == book.issued.issuer or who in book.clearers():
            return True
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT 1 FROM wallet_join WHERE currency_id = ? AND member = ?",
                (book.issued.id, who),
            ).first()
        return row is not None

    def members(self, book: Book) -> frozenset[PublicKey]:
        """The members as we know them: the issuer, the clearers, the joins we have folded
        and everyone the applied records name."""
        with self._db.read() as connection:
            joins = connection.exec_driver_sql(
                "SELECT member FROM wallet_join WHERE currency_id = ?", (book.issued.id,)
            ).all()
        members = {book.issued.issuer, *book.clearers(), *(PublicKey(bytes(r[0])) for r in joins)}
        members.update(book.ledger.balances())
        for held in book.ledger.held_transfers():
            members.update((held.payer, held.payee))
        for envelope in book.ledger.envelopes():
            members.add(envelope.terms.sender)
            members.update(envelope.grabbers)
        return frozenset(members)

    def clearer_key(self, book: Book) -> EncryptionKey | None:
        """The current clearer's encryption key from a card its issuer passed on, if any."""
        currency = book.currency
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT card FROM wallet_clearer_card"
                " WHERE currency_id = ? AND epoch = ? AND author = ? AND clearer = ?",
                (book.issued.id, currency.epoch, book.issued.issuer, currency.clearing_key),
            ).first()
        return None if row is None else decode_card(str(row[0])).encryption_key

    def book(self, currency: CurrencyId) -> Book | None:
        """The book of ``currency``, up to date, or None when we hold no issue for it."""
        with self.lock:
            book = self._books.get(currency)
            if book is None:
                book = self._load(currency)
                if book is None:
                    return None
                self._books[currency] = book
            try:
                self._refresh(book)
            except BaseException:
                self._books.pop(currency, None)
                raise
            return book

    def _load(self, currency: CurrencyId) -> Book | None:
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT issuer, body FROM wallet_currency WHERE currency_id = ?", (currency,)
            ).first()
        if row is None:
            return None
        issued = currency_from_issue(
            EventId(currency), PublicKey(bytes(row[0])), decode_issue(bytes(row[1]))
        )
        return Book(
            issued,
            Ledger(issued),
            feed_id_for(intents_topic(currency)),
            feed_id_for(clearing_topic(currency)),
            {issued.clearing_key: 0},
        )

    def _refresh(self, book: Book) -> None:
        currency = book.issued.id
        with self._db.read() as connection:
            handovers = connection.exec_driver_sql(
                "SELECT epoch, body FROM wallet_clearing_handover"
                " WHERE currency_id = ? AND epoch > ? ORDER BY epoch",
                (currency, max(book.handovers, default=0)),
            ).all()
            records = connection.exec_driver_sql(
                "SELECT author, seq, event_id, timestamp_ms, body, local_order FROM wallet_record"
                " WHERE feed_id = ? AND local_order > ? ORDER BY local_order",
                (book.clearing_feed, book.record_mark),
            ).all()
            intents = connection.exec_driver_sql(
                "SELECT author, seq, event_id, timestamp_ms, body, local_order FROM wallet_intent"
                " WHERE feed_id = ? AND local_order > ? ORDER BY local_order",
                (book.intents_feed, book.intent_mark),
            ).all()
        for _epoch, body in handovers:
            self._hand_over(book, decode_handover(bytes(body)))
        for author, seq, event_id, timestamp, body, order in records:
            book.record_mark = max(book.record_mark, int(order))
            epoch = book.epochs.get(PublicKey(bytes(author)))
            if epoch is None:
                continue  # not a clearer of this currency: its feed is not the currency's
            if book.applied.get((epoch, int(seq))) == bytes(event_id):
                continue  # applied already (our own record, as the clearer wrote it)
            entry = ClearingEntry(
                int(seq),
                EventId(bytes(event_id)),
                decode_record(bytes(body)),
                int(timestamp),
                epoch,
            )
            self.apply(book, book.ledger.receive(entry))
        for author, seq, event_id, timestamp, body, order in intents:
            book.intent_mark = max(book.intent_mark, int(order))
            signed = SignedIntent(
                EventId(bytes(event_id)),
                PublicKey(bytes(author)),
                int(seq),
                decode_intent(bytes(body)),
                int(timestamp),
            )
            book.intents[signed.event_id] = signed
            book.undecided[signed.event_id] = signed
            book.unread.append(signed)
        decided = [key for key in book.undecided if book.ledger.is_decided(key)]
        for key in decided:
            del book.undecided[key]
        if book.proofs_seen != len(proofs := self._fork_proofs()):
            self._check_forks(book, proofs)

    def _hand_over(self, book: Book, handover: ClearingHandover) -> None:
        try:
            self.apply(book, book.ledger.hand_over(handover))
        except InvalidInput:
            return  # not signed by the issuer: ignored
        book.handovers[handover.epoch] = handover
        book.epochs.setdefault(handover.clearer, handover.epoch)
        book.record_mark = 0  # records of the new clearer may have been skipped before

    @staticmethod
    def apply(book: Book, applied: Sequence[ClearingEntry]) -> None:
        """Index records the ledger has just applied (by the intents they decide)."""
        for entry in applied:
            book.entries.append(entry)
            book.applied[(entry.epoch, entry.seq)] = entry.event_id
            book.last_time = max(book.last_time, entry.timestamp_ms)
            record = entry.record
            keys: tuple[EventId, ...]
            if isinstance(record, Share):
                keys = (record.grab, record.envelope)
                book.share_times[record.grab] = entry.timestamp_ms
            elif isinstance(record, Refund):
                keys = (record.envelope,)
            elif isinstance(record, Released | Returned):
                keys = (record.intent,) if record.by is None else (record.intent, record.by)
            else:
                keys = (record.intent,)
            for key in keys:
                book.records.setdefault(key, []).append(record)

    @staticmethod
    def _check_forks(book: Book, proofs: Sequence[ForkProof]) -> None:
        """Freeze on a fork of the clearing feed.

        A fork of a member's intents feed needs nothing here: the store keeps one history of
        a forked feed and freezes it (nothing more of it is stored), so the clearer only ever
        reads one intent per position. Refusing the device outright
        (``Clearer.note_forked_device``) would also refuse the one intent at the forked
        position that must clear when both arrive together.
        """
        book.proofs_seen = len(proofs)
        for proof in proofs:
            if proof.feed_id == book.clearing_feed:
                try:
                    book.ledger.freeze(proof)
                except InvalidInput:
                    continue
