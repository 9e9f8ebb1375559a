"""Folding feeds into the tables the UI reads.

The projector walks events in local arrival order after a watermark, opens each payload with
our keys, and hands the body to the fold registered for its type prefix. Each batch is one
transaction that also moves the watermark, so a crash refolds nothing twice and skips nothing.
A body a fold rejects is skipped inside a savepoint: a hostile event changes nothing.
Events encrypted under a key we do not hold yet are parked and folded when the key arrives.
Dropping the projection tables and folding from zero gives the same state (tested).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from core.bodies import Body, decode_body
from core.changes import Change, ConversationChanged, ProjectionsRebuilt
from core.crypto import EncryptionKeyPair
from core.envelopes import associated_data, decrypt_with_key, envelope_key_id, open_sealed
from core.errors import InvalidInput
from core.feeds import Event, Kind
from core.projection.keyring import Keyring
from core.projection.tables import PROJECTOR_TABLES
from core.store import Database, FeedStore, StoredEvent
from core.store.sql import Connection

log = logging.getLogger(__name__)
_BATCH = 500


@dataclass(frozen=True)
class Opened:
    """An event whose payload we could read, with its body."""

    local_order: int
    event: Event
    body: Body
    encoding: Kind
    key_scope: str | None = None

    @property
    def type(self) -> str:
        return str(self.body["t"])


@dataclass(frozen=True)
class _Prepared:
    """An event opened ahead of its fold (outside the write lock)."""

    stored: StoredEvent
    opened: Opened | None = None
    needs_key: bytes | None = None


class Fold(Protocol):
    """A feature's projection: folds bodies of its types into its own tables."""

    tables: tuple[str, ...]

    def fold(self, connection: Connection, item: Opened, keyring: Keyring) -> Sequence[Change]: ...


def merge_changes(changes: Sequence[Change]) -> list[Change]:
    """Collapse repeats (many messages in one conversation become one record) keeping order."""
    merged: dict[object, Change] = {}
    for change in changes:
        if isinstance(change, ConversationChanged):
            key: object = ("conversation", change.conversation_id)
            earlier = merged.get(key)
            if isinstance(earlier, ConversationChanged):
                total = earlier.new_messages + change.new_messages
                merged[key] = ConversationChanged(change.conversation_id, total)
            else:
                merged[key] = change
        else:
            merged.setdefault(change, change)
    return list(merged.values())


class Projector:
    """Keeps the projection tables up to date with the feeds."""

    def __init__(
        self,
        database: Database,
        feeds: FeedStore,
        encryption: EncryptionKeyPair,
        folds: dict[str, Fold],
    ) -> None:
        self._db = database
        self._feeds = feeds
        self._encryption = encryption
        self._folds = folds
        self._prefixes = sorted(folds, key=len, reverse=True)

    def _fold_for(self, body_type: str) -> Fold | None:
        for prefix in self._prefixes:
            if body_type.startswith(prefix):
                return self._folds[prefix]
        return None

    @staticmethod
    def watermark(connection: Connection) -> int:
        row = connection.exec_driver_sql(
            "SELECT value FROM projection_state WHERE name = 'watermark'"
        ).first()
        return int(row[0]) if row else 0

    def catch_up(self) -> list[Change]:
        """Fold every event not folded yet; returns what changed (publish after this returns).

        Each batch is opened (decrypted, decoded) outside the write lock, then folded in a
        short write transaction, so ingest is not held up by decryption.
        """
        changes: list[Change] = []
        while True:
            with self._db.read() as connection:
                mark = self.watermark(connection)
                batch = self._feeds.events_after(mark, _BATCH)
                if not batch:
                    break
                prepared = [self._prepare(connection, stored) for stored in batch]
            with self._db.write() as connection:
                if self.watermark(connection) != mark:
                    continue  # another thread folded these meanwhile
                keyring = Keyring()
                for item in prepared:
                    changes.extend(self._apply(connection, item, keyring))
                connection.exec_driver_sql(
                    "INSERT INTO projection_state (name, value) VALUES ('watermark', ?)"
                    " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                    (batch[-1].local_order,),
                )
        return merge_changes(changes)

    def fold_in_order(
        self, pages: Callable[[Connection], Iterable[Sequence[StoredEvent]]]
    ) -> list[Change]:
        """Fold every event not folded yet in the order ``pages`` reads them, in one transaction.

        A recovered profile gets back its own feeds and its friends' in any order, so it folds
        them by the authors' timestamps (a reply after what it answers), not by arrival.
        """
        changes: list[Change] = []
        with self._db.write() as connection:
            keyring = Keyring()
            last = self.watermark(connection)
            for page in pages(connection):
                for stored in page:
                    item = self._prepare(connection, stored)
                    changes.extend(self._apply(connection, item, keyring))
                    last = max(last, stored.local_order)
            connection.exec_driver_sql(
                "INSERT INTO projection_state (name, value) VALUES ('watermark', ?)"
                " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                (last,),
            )
        return merge_changes(changes)

    def _prepare(self, connection: Connection, stored: StoredEvent) -> _Prepared:
        """Open an event without writing: its body, or the key it still needs, or nothing."""
        event = stored.event
        if event.payload is None:
            return _Prepared(stored)
        try:
            if event.header.kind is Kind.GROUP:
                identifier = envelope_key_id(event.payload)
                known = Keyring.get(connection, identifier)
                if known is None:
                    return _Prepared(stored, needs_key=identifier)
                return _Prepared(stored, self._decrypt_symmetric(stored, known.key, known.scope))
            return _Prepared(stored, self._open_public_or_sealed(stored))
        except InvalidInput as exc:
            log.debug("skipped event %s: %s", event.id.hex()[:12], exc)
            return _Prepared(stored)

    def _apply(self, connection: Connection, item: _Prepared, keyring: Keyring) -> list[Change]:
        if item.needs_key is not None:
            # The key may have arrived earlier in this very transaction: open it now, or park.
            return self._process(connection, item.stored, keyring)
        if item.opened is None:
            return []
        return self._fold(connection, item.opened, keyring)

    def rebuild(self) -> list[Change]:
        """Drop every projection table and fold all feeds again from the start."""
        with self._db.write() as connection:
            for fold in dict.fromkeys(self._folds.values()):
                for table in fold.tables:
                    connection.exec_driver_sql(f"DELETE FROM {table}")
            for table in PROJECTOR_TABLES:
                connection.exec_driver_sql(f"DELETE FROM {table}")
            connection.exec_driver_sql("DELETE FROM projection_state WHERE name = 'watermark'")
        self.catch_up()
        return [ProjectionsRebuilt()]

    def _open_public_or_sealed(self, stored: StoredEvent) -> Opened | None:
        event = stored.event
        assert event.payload is not None
        if event.header.kind is Kind.PUBLIC:
            plain: bytes | None = event.payload
        else:
            associated = associated_data(event.author, event.feed_id)
            plain = open_sealed(event.payload, self._encryption, associated)
        if plain is None:
            return None
        return Opened(stored.local_order, event, decode_body(plain), event.header.kind)

    @staticmethod
    def _decrypt_symmetric(stored: StoredEvent, key: bytes, scope: str) -> Opened | None:
        event = stored.event
        assert event.payload is not None
        associated = associated_data(event.author, event.feed_id)
        plain = decrypt_with_key(event.payload, key, associated)
        if plain is None:
            return None
        return Opened(stored.local_order, event, decode_body(plain), Kind.GROUP, scope)

    def _open(self, connection: Connection, stored: StoredEvent, keyring: Keyring) -> Opened | None:
        """Open inside the write transaction; an unknown group key parks the event."""
        event = stored.event
        if event.payload is None:
            return None
        if event.header.kind is not Kind.GROUP:
            return self._open_public_or_sealed(stored)
        identifier = envelope_key_id(event.payload)
        known = keyring.get(connection, identifier)
        if known is None:
            connection.exec_driver_sql(
                "INSERT OR IGNORE INTO parked_event (local_order, key_id) VALUES (?, ?)",
                (stored.local_order, identifier),
            )
            return None
        return self._decrypt_symmetric(stored, known.key, known.scope)

    def _process(
        self, connection: Connection, stored: StoredEvent, keyring: Keyring
    ) -> list[Change]:
        try:
            opened = self._open(connection, stored, keyring)
        except InvalidInput as exc:
            log.debug("skipped event %s: %s", stored.event.id.hex()[:12], exc)
            return []
        return [] if opened is None else self._fold(connection, opened, keyring)

    def _fold(self, connection: Connection, opened: Opened, keyring: Keyring) -> list[Change]:
        fold = self._fold_for(opened.type)
        if fold is None:
            return []
        # A savepoint only around a fold that may write: a rejected body changes nothing.
        # Plain SQL here: SQLAlchemy's nested transactions cost more than the fold itself.
        connection.exec_driver_sql("SAVEPOINT fold")
        try:
            changes = list(fold.fold(connection, opened, keyring))
        except InvalidInput as exc:
            connection.exec_driver_sql("ROLLBACK TO fold")
            connection.exec_driver_sql("RELEASE fold")
            log.debug("skipped event %s: %s", opened.event.id.hex()[:12], exc)
            keyring.learned.clear()
            return []
        except BaseException:
            connection.exec_driver_sql("ROLLBACK TO fold")
            connection.exec_driver_sql("RELEASE fold")
            raise
        connection.exec_driver_sql("RELEASE fold")
        while keyring.learned:
            changes.extend(self._unpark(connection, keyring.learned.pop(), keyring))
        return changes

    def _unpark(self, connection: Connection, identifier: bytes, keyring: Keyring) -> list[Change]:
        orders = [
            int(row[0])
            for row in connection.exec_driver_sql(
                "SELECT local_order FROM parked_event WHERE key_id = ? ORDER BY local_order",
                (identifier,),
            )
        ]
        connection.exec_driver_sql("DELETE FROM parked_event WHERE key_id = ?", (identifier,))
        changes: list[Change] = []
        for start in range(0, len(orders), _BATCH):
            for stored in self._feeds.events_at_orders(orders[start : start + _BATCH]):
                changes.extend(self._process(connection, stored, keyring))
        return changes
