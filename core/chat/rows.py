"""Row helpers shared by the chat folds: conversations, messages, system lines, members."""

from __future__ import annotations

import json

from core.chat.values import Role, SystemNote
from core.identity import ContactCard
from core.store.sql import Connection


def touch_conversation(
    connection: Connection,
    conversation_id: str,
    kind: str,
    *,
    peer: bytes | None = None,
    group_id: bytes | None = None,
    message_id: int | None = None,
    timestamp_ms: int = 0,
) -> None:
    """Create the conversation if new; move its "last message" forward if this one is newer."""
    connection.exec_driver_sql(
        "INSERT INTO conversation (id, kind, peer, group_id, last_message, last_ms)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
        " last_message = excluded.last_message, last_ms = excluded.last_ms"
        " WHERE excluded.last_message IS NOT NULL AND (conversation.last_message IS NULL"
        " OR excluded.last_ms > conversation.last_ms OR (excluded.last_ms = conversation.last_ms"
        " AND excluded.last_message > conversation.last_message))",
        (conversation_id, kind, peer, group_id, message_id, timestamp_ms),
    )


def insert_system_line(
    connection: Connection,
    *,
    local_order: int,
    event_id: bytes,
    conversation_id: str,
    feed_id: bytes,
    seq: int,
    timestamp_ms: int,
    note: SystemNote,
    outgoing: bool,
) -> None:
    """A translated-by-the-UI line such as "Ann renamed the group"."""
    system = json.dumps(
        {
            "kind": note.kind,
            "actor": note.actor.hex(),
            "subjects": [s.hex() for s in note.subjects],
            "text": note.text,
        }
    )
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO message (id, event_id, conversation_id, author, feed_id, seq,"
        " timestamp_ms, text, outgoing, system) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?)",
        (
            local_order,
            event_id,
            conversation_id,
            note.actor,
            feed_id,
            seq,
            timestamp_ms,
            outgoing,
            system,
        ),
    )
    touch_conversation(
        connection,
        conversation_id,
        "group",
        group_id=bytes.fromhex(conversation_id[2:]),
        message_id=local_order,
        timestamp_ms=timestamp_ms,
    )


def member_role(connection: Connection, group_id: bytes, identity: bytes) -> Role | None:
    """The role of an active member, or None."""
    row = connection.exec_driver_sql(
        "SELECT role FROM group_member WHERE group_id = ? AND identity = ? AND active",
        (group_id, identity),
    ).first()
    return None if row is None else Role(row[0])


def is_known_member(connection: Connection, group_id: bytes, identity: bytes) -> bool:
    """Whether someone is or was a member (their earlier messages still count)."""
    row = connection.exec_driver_sql(
        "SELECT 1 FROM group_member WHERE group_id = ? AND identity = ?", (group_id, identity)
    ).first()
    return row is not None


def upsert_member(
    connection: Connection,
    group_id: bytes,
    card: ContactCard,
    role: Role,
    active: bool,
    changed_ms: int,
) -> None:
    """Apply a membership fact if it is newer than what we have (last writer wins)."""
    connection.exec_driver_sql(
        "INSERT INTO group_member (group_id, identity, encryption_key, name, card, role, active,"
        " changed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(group_id, identity) DO UPDATE"
        " SET encryption_key = excluded.encryption_key, name = excluded.name,"
        " card = excluded.card, role = excluded.role, active = excluded.active,"
        " changed_ms = excluded.changed_ms WHERE excluded.changed_ms >= group_member.changed_ms",
        (
            group_id,
            card.identity_key,
            card.encryption_key,
            card.name,
            card.to_text(),
            role.value,
            active,
            changed_ms,
        ),
    )
