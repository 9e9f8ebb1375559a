"""Folding wallet events into the wallet's tables.

Bodies and where they belong::

    wallet.issue, wallet.join, wallet.handover,  public, in the author's main feed
    wallet.clearer
    wallet.<intent> (mint, transfer, accept …)   sealed, in the author's ``wallet/<id>`` feed
    wallet.<record> (cleared, held, share …)     public, in the clearer's clearing feed

The fold only checks each body's form and place; which clearing records count (their author
is a clearer of the currency, in order, by the ledger's rules) is decided when the service
folds the records into a :class:`core.wallet.Ledger`.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.changes import Change, WalletChanged
from core.errors import InvalidInput
from core.feeds import MAIN_FEED, feed_id_for
from core.ids import PublicKey
from core.projection import Keyring, Opened
from core.store.sql import Connection
from core.wallet.intents import INTENT_TYPES, intent_from_body
from core.wallet.issue import ClearingHandover, CurrencyIssue
from core.wallet.membership import ClearerCard, JoinCurrency
from core.wallet.records import RECORD_TYPES, record_from_body
from core.wallet.tables import WALLET_TABLES
from core.wallet.values import CurrencyId, clearing_topic, intents_topic

_MAIN_FEED_TYPES = frozenset({"wallet.issue", "wallet.join", "wallet.handover", "wallet.clearer"})


class WalletFold:
    tables: tuple[str, ...] = WALLET_TABLES

    def __init__(self, me: PublicKey) -> None:
        self._me = me
        self._currencies: dict[bytes, CurrencyId] = {}
        """Feed id → currency, as found (a feed id follows from its currency's id)."""

    def fold(self, connection: Connection, item: Opened, keyring: Keyring) -> Sequence[Change]:
        kind = item.type
        on_main = item.event.feed_id == MAIN_FEED
        if kind in _MAIN_FEED_TYPES:
            if not on_main:
                raise InvalidInput("a currency's issue, joins and hand-overs are in main feeds")
            if kind == "wallet.issue":
                return self._issue(connection, item)
            if kind == "wallet.join":
                return self._join(connection, item)
            if kind == "wallet.clearer":
                return self._clearer_card(connection, item)
            return self._handover(connection, item)
        if on_main:
            raise InvalidInput("wallet intents and records are not in main feeds")
        if kind in INTENT_TYPES:
            return self._intent(connection, item)
        if kind in RECORD_TYPES:
            return self._record(connection, item)
        return ()

    def _issue(self, connection: Connection, item: Opened) -> Sequence[Change]:
        issue = CurrencyIssue.decode(item.body)
        currency = CurrencyId(item.event.id)
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO wallet_currency (currency_id, issuer, body, timestamp_ms,"
            " intents_feed, clearing_feed) VALUES (?, ?, ?, ?, ?, ?)",
            (
                currency,
                item.event.author,
                issue.encode(),
                item.event.header.timestamp_ms,
                feed_id_for(intents_topic(currency)),
                feed_id_for(clearing_topic(currency)),
            ),
        )
        return (WalletChanged(currency),)

    def _join(self, connection: Connection, item: Opened) -> Sequence[Change]:
        join = JoinCurrency.decode(item.body)
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO wallet_join (currency_id, member, timestamp_ms)"
            " VALUES (?, ?, ?)",
            (join.currency, item.event.author, item.event.header.timestamp_ms),
        )
        return (WalletChanged(join.currency),)

    def _handover(self, connection: Connection, item: Opened) -> Sequence[Change]:
        handover = ClearingHandover.decode(item.body)
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO wallet_clearing_handover (currency_id, epoch, signature, body)"
            " VALUES (?, ?, ?, ?)",
            (handover.currency, handover.epoch, handover.signature, handover.encode()),
        )
        return (WalletChanged(handover.currency),)

    def _clearer_card(self, connection: Connection, item: Opened) -> Sequence[Change]:
        passed = ClearerCard.decode(item.body)
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO wallet_clearer_card (currency_id, epoch, author, clearer, card)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                passed.currency,
                passed.epoch,
                item.event.author,
                passed.card.identity_key,
                passed.card.to_text(),
            ),
        )
        return (WalletChanged(passed.currency),)

    def _intent(self, connection: Connection, item: Opened) -> Sequence[Change]:
        intent = intent_from_body(item.body)
        event = item.event
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO wallet_intent (event_id, feed_id, author, seq, timestamp_ms,"
            " local_order, kind, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.id,
                event.feed_id,
                event.author,
                event.seq,
                event.header.timestamp_ms,
                item.local_order,
                intent.TYPE,
                intent.encode(),
            ),
        )
        return self._changed(connection, "intents_feed", event.feed_id)

    def _record(self, connection: Connection, item: Opened) -> Sequence[Change]:
        record = record_from_body(item.body)
        event = item.event
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO wallet_record (event_id, feed_id, author, seq, timestamp_ms,"
            " local_order, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                event.id,
                event.feed_id,
                event.author,
                event.seq,
                event.header.timestamp_ms,
                item.local_order,
                record.encode(),
            ),
        )
        return self._changed(connection, "clearing_feed", event.feed_id)

    def _changed(self, connection: Connection, column: str, feed_id: bytes) -> Sequence[Change]:
        currency = self._currencies.get(feed_id)
        if currency is None:
            row = connection.exec_driver_sql(
                f"SELECT currency_id FROM wallet_currency WHERE {column} = ?", (feed_id,)
            ).first()
            if row is None:
                return (WalletChanged(b""),)  # its issue is not here yet
            currency = self._currencies[feed_id] = CurrencyId(bytes(row[0]))
        return (WalletChanged(currency),)
