"""What one device does to its own view of a chat, never sent to anyone: mark a conversation
unread again, and delete a chat from this device.

Deleting a chat removes its messages here and takes it off the list until someone writes
again; the point it was cleared up to is kept (``chat_cleared``, local state that survives a
rebuild), so folding the feeds again never brings the deleted messages back. Message ids are
the local order of their events, stable across rebuilds, which is what makes that point exact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlmodel import Field, SQLModel

from core.changes import Change, ConversationChanged
from core.store import Database
from core.store.sql import Connection

Publish = Callable[[Sequence[Change]], None]


class ChatClearedRow(SQLModel, table=True):
    """Local: messages of a conversation up to ``upto`` (a message id) were deleted here."""

    __tablename__ = "chat_cleared"

    conversation_id: str = Field(primary_key=True)
    upto: int = 0


def cleared_upto(connection: Connection, conversation_id: str) -> int:
    """The id up to which this conversation was deleted on this device (0: never)."""
    row = connection.exec_driver_sql(
        "SELECT upto FROM chat_cleared WHERE conversation_id = ?", (conversation_id,)
    ).first()
    return int(row[0]) if row else 0


def mark_unread(database: Database, publish: Publish, conversation_id: str) -> bool:
    """Show the conversation as unread again: its newest message from others counts as new.

    False (and nothing changes) when there is no message from others to mark.
    """
    with database.write() as connection:
        row = connection.exec_driver_sql(
            "SELECT MAX(id) FROM message WHERE conversation_id = ? AND NOT outgoing"
            " AND NOT recalled AND system IS NULL",
            (conversation_id,),
        ).first()
        if row is None or row[0] is None:
            return False
        connection.exec_driver_sql(
            "INSERT INTO conversation_state (conversation_id, read_upto) VALUES (?, ?)"
            " ON CONFLICT(conversation_id) DO UPDATE SET read_upto = excluded.read_upto",
            (conversation_id, int(row[0]) - 1),
        )
    publish([ConversationChanged(conversation_id)])
    return True


def delete_chat(database: Database, publish: Publish, conversation_id: str) -> None:
    """Delete a chat on this device only: its messages, draft and pin; others keep theirs."""
    with database.write() as connection:
        row = connection.exec_driver_sql(
            "SELECT MAX(id) FROM message WHERE conversation_id = ?", (conversation_id,)
        ).first()
        upto = max(int(row[0]) if row and row[0] is not None else 0,
                   cleared_upto(connection, conversation_id))  # fmt: skip
        ids = "SELECT id FROM message WHERE conversation_id = ?"
        connection.exec_driver_sql(f"DELETE FROM attachment WHERE message_id IN ({ids})",
                                   (conversation_id,))  # fmt: skip
        connection.exec_driver_sql(f"DELETE FROM message_fts WHERE rowid IN ({ids})",
                                   (conversation_id,))  # fmt: skip
        connection.exec_driver_sql("DELETE FROM message WHERE conversation_id = ?",
                                   (conversation_id,))  # fmt: skip
        connection.exec_driver_sql("DELETE FROM conversation WHERE id = ?", (conversation_id,))
        connection.exec_driver_sql(
            "INSERT INTO chat_cleared (conversation_id, upto) VALUES (?, ?)"
            " ON CONFLICT(conversation_id) DO UPDATE SET upto = excluded.upto",
            (conversation_id, upto),
        )
        connection.exec_driver_sql(
            "UPDATE conversation_state SET pinned = 0, draft = '', draft_ms = 0,"
            " read_upto = MAX(read_upto, ?) WHERE conversation_id = ?",
            (upto, conversation_id),
        )
    publish([ConversationChanged(conversation_id)])
