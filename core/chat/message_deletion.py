"""Deleting messages on this device only ("delete for me"): the others in the chat keep them.

The ids of deleted messages are local state (``message_deleted``) that survives a rebuild of
the projections, so folding the feeds again (or a late recall) never brings them back. Message
ids are the local order of their events, stable across rebuilds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlmodel import Field, SQLModel

from core.changes import Change, ConversationChanged
from core.store import Database
from core.store.sql import Connection

Publish = Callable[[Sequence[Change]], None]


class MessageDeletedRow(SQLModel, table=True):
    """Local: a message (by id, the local order of its event) deleted on this device."""

    __tablename__ = "message_deleted"

    message_id: int = Field(primary_key=True)


def deleted_here(connection: Connection, message_id: int) -> bool:
    """Whether the message with this id was deleted on this device."""
    row = connection.exec_driver_sql(
        "SELECT 1 FROM message_deleted WHERE message_id = ?", (message_id,)
    ).first()
    return row is not None


def delete_for_me(database: Database, publish: Publish, event_ids: Sequence[bytes]) -> int:
    """Delete these messages on this device only; how many were deleted (unknown ids skipped)."""
    changed: set[str] = set()
    deleted = 0
    with database.write() as connection:
        for event_id in dict.fromkeys(event_ids):
            row = connection.exec_driver_sql(
                "SELECT id, conversation_id FROM message WHERE event_id = ?", (event_id,)
            ).first()
            if row is None:
                continue
            message_id, conversation_id = int(row[0]), str(row[1])
            connection.exec_driver_sql(
                "INSERT OR IGNORE INTO message_deleted (message_id) VALUES (?)", (message_id,)
            )
            connection.exec_driver_sql("DELETE FROM attachment WHERE message_id = ?", (message_id,))
            connection.exec_driver_sql("DELETE FROM message_fts WHERE rowid = ?", (message_id,))
            connection.exec_driver_sql("DELETE FROM message WHERE id = ?", (message_id,))
            changed.add(conversation_id)
            deleted += 1
        for conversation_id in changed:
            _point_at_newest(connection, conversation_id)
    if changed:
        publish([ConversationChanged(c) for c in sorted(changed)])
    return deleted


def _point_at_newest(connection: Connection, conversation_id: str) -> None:
    """The list's "last message" of a conversation: the newest one still here."""
    newest = connection.exec_driver_sql(
        "SELECT id, timestamp_ms FROM message WHERE conversation_id = ?"
        " ORDER BY timestamp_ms DESC, id DESC LIMIT 1",
        (conversation_id,),
    ).first()
    if newest is None:  # the chat stays listed where it was, with nothing to preview
        connection.exec_driver_sql(
            "UPDATE conversation SET last_message = NULL WHERE id = ?", (conversation_id,)
        )
        return
    connection.exec_driver_sql(
        "UPDATE conversation SET last_message = ?, last_ms = ? WHERE id = ?",
        (int(newest[0]), int(newest[1]), conversation_id),
    )
