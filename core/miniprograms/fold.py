"""Folding app feeds: each member's updates of an instance, kept for its listeners.

An update counts only in the feed its body names (``app/<p>/<s>``), only under its sender's
own name (the update's ``author`` is the event author's key), only encrypted for its
instance (a group's key for a group's scope, sealed between the two for a direct chat's),
once per (member, seq): a
second update with the same number is a fork of the first and is ignored, like UpdateLog
does. A member's updates past ``MAX_MEMBER_UPDATES`` or ``MAX_MEMBER_BYTES`` in one instance
are not folded: a peer flooding an instance cannot fill the others' disks with projections.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from core.changes import Change, MiniProgramsChanged
from core.errors import InvalidInput
from core.feeds import Kind
from core.ids import PublicKey
from core.miniprograms.bodies import AppUpdateBody
from core.miniprograms.instances import app_feed_id, instance_scope, member_addr
from core.miniprograms.limits import MAX_SENT_BYTES
from core.miniprograms.tables import APP_UPDATE_TABLES
from core.projection import Keyring, Opened
from core.store.sql import Connection

#: Updates and bytes of one member kept per instance (the sender's own cap is MAX_SENT_BYTES
#: of payloads; the update's other fields and its envelope are allowed on top).
MAX_MEMBER_UPDATES: Final = 100_000
MAX_MEMBER_BYTES: Final = MAX_SENT_BYTES + 16 * 1024 * 1024


class AppUpdatesFold:
    tables: tuple[str, ...] = APP_UPDATE_TABLES

    def __init__(self, me: PublicKey) -> None:
        self._me = me

    def fold(self, connection: Connection, item: Opened, keyring: Keyring) -> Sequence[Change]:
        if item.type != AppUpdateBody.TYPE:
            return ()
        body = AppUpdateBody.decode(item.body)
        event = item.event
        if event.feed_id != app_feed_id(body.program_id, body.scope):
            raise InvalidInput("an app update belongs in its instance's feed")
        update = body.update
        if update.author != member_addr(event.author):
            raise InvalidInput("an app update must name its sender as its author")
        if not self._encrypted_for_its_scope(item, body.scope):
            raise InvalidInput("an app update is not encrypted for its instance")
        data = update.to_bytes()
        usage = connection.exec_driver_sql(
            "SELECT updates, bytes_used FROM app_usage WHERE feed_id = ? AND author = ?",
            (event.feed_id, event.author),
        ).first()
        count, used = (int(usage[0]), int(usage[1])) if usage else (0, 0)
        if count >= MAX_MEMBER_UPDATES or used + len(data) > MAX_MEMBER_BYTES:
            return ()
        stored = connection.exec_driver_sql(
            "INSERT OR IGNORE INTO app_update (feed_id, author, seq, program_id, event_id, data)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (event.feed_id, event.author, update.seq, body.program_id, event.id, data),
        )
        if not stored.rowcount:
            return ()
        connection.exec_driver_sql(
            "INSERT INTO app_usage (feed_id, author, updates, bytes_used) VALUES (?, ?, 1, ?)"
            " ON CONFLICT(feed_id, author) DO UPDATE SET updates = updates + 1,"
            " bytes_used = bytes_used + excluded.bytes_used",
            (event.feed_id, event.author, len(data)),
        )
        return (MiniProgramsChanged(body.program_id.hex()),)

    def _encrypted_for_its_scope(self, item: Opened, scope: str) -> bool:
        """A group instance's update under that group's key; a direct one sealed between
        its two members; our own (solo or direct) sealed by us."""
        event = item.event
        if item.encoding is Kind.GROUP:
            key_scope = item.key_scope or ""
            if not key_scope.startswith("group:"):
                return False
            return instance_scope(self._me, "g:" + key_scope.removeprefix("group:")) == scope
        if item.encoding is not Kind.SEALED:
            return False
        return event.author == self._me or scope == instance_scope(
            self._me, "d:" + event.author.hex()
        )
