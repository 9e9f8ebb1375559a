"""Appending events to our own feeds: the next sequence number, the chain link, the signature."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Protocol

from core.clock import Clock
from core.crypto import RandomBytes, system_random
from core.envelopes import associated_data, encrypt_with_key, seal
from core.errors import HutongError
from core.feeds import Event, Kind, feed_id_for, sign_event
from core.identity import DeviceKeys
from core.ids import EncryptionKey
from core.store import Database, FeedStore


class Author:
    """Writes the next event of one of our feeds. One writer: the database write lock."""

    def __init__(
        self,
        keys: DeviceKeys,
        database: Database,
        feeds: FeedStore,
        clock: Clock,
        random_bytes: RandomBytes = system_random,
        before_append: Callable[[], None] = lambda: None,
    ) -> None:
        self._keys = keys
        # Raises while our own heads are unknown (a restored profile): see core.recovery.
        self._before_append = before_append
        self._db = database
        self._feeds = feeds
        self._clock = clock
        self._random = random_bytes

    def append(
        self, topic: str, kind: Kind, payload: bytes, timestamp_ms: int | None = None
    ) -> Event:
        """Sign and store the next event of our feed ``topic``.

        ``timestamp_ms`` (default: the clock) is for a writer whose events carry its own
        notion of now (the wallet's clearer dates each record with the time it decided by).
        """
        feed_id = feed_id_for(topic)
        me = self._keys.identity_key
        self._before_append()
        with self._db.write() as connection:
            note = self._feeds.note(me, feed_id)
            previous = note.head_id if note else None
            seq = note.seq + 1 if note else 1
            last_time = 0
            if note is not None:
                row = connection.exec_driver_sql(
                    "SELECT timestamp_ms FROM event WHERE event_id = ?", (note.head_id,)
                ).first()
                last_time = int(row[0]) if row else 0
            # Never go back in time within a feed, even if the wall clock does.
            now = self._clock.now_ms() if timestamp_ms is None else timestamp_ms
            timestamp = max(now, last_time)
            event = sign_event(self._keys.signing, kind, feed_id, seq, previous, timestamp, payload)
            report = self._feeds.store_own(event)  # signed just now: not re-verified
            if len(report.new) != 1:  # pragma: no cover - our own chain cannot fork
                raise HutongError("could not append to our own feed")
            if seq == 1:
                self._feeds.set_topic(me, feed_id, topic)
        return event

    def public(self, topic: str, body: bytes, timestamp_ms: int | None = None) -> Event:
        return self.append(topic, Kind.PUBLIC, body, timestamp_ms)

    def sealed(self, topic: str, body: bytes, recipients: Sequence[EncryptionKey]) -> Event:
        """Seal ``body`` to ``recipients`` and to ourselves (so a rebuild can read it)."""
        feed_id = feed_id_for(topic)
        everyone = [self._keys.encryption_key, *recipients]
        envelope = seal(
            body, everyone, associated_data(self._keys.identity_key, feed_id), self._random
        )
        return self.append(topic, Kind.SEALED, envelope)

    def symmetric(self, topic: str, body: bytes, key: bytes) -> Event:
        feed_id = feed_id_for(topic)
        envelope = encrypt_with_key(
            body, key, associated_data(self._keys.identity_key, feed_id), self._random
        )
        return self.append(topic, Kind.GROUP, envelope)


class EventWriter(Protocol):
    """What feature services use to publish: append, fold, then announce the changes.

    Inside ``batch()`` appends share one write transaction, and are folded and announced
    once, when the batch ends (the wallet's clearer writes many records at a time).
    """

    def public(self, topic: str, body: bytes, timestamp_ms: int | None = None) -> Event: ...

    def batch(self) -> AbstractContextManager[None]: ...

    def sealed(self, topic: str, body: bytes, recipients: Sequence[EncryptionKey]) -> Event: ...

    def symmetric(self, topic: str, body: bytes, key: bytes) -> Event: ...
