"""Reading chat rows into values: messages with attachments and delivery state."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from core.chat.cards import Card, decode_card
from core.chat.values import (
    Attachment,
    ConversationId,
    Delivery,
    Message,
    SystemNote,
)
from core.ids import BlobId, PublicKey
from core.store.sql import Connection

MESSAGE_COLUMNS = (
    "m.id, m.event_id, m.conversation_id, m.author, m.timestamp_ms, m.text, m.reply_to,"
    " m.mentions, m.mention_all, m.mention_me, m.recalled, m.outgoing, m.system, m.feed_id, m.seq,"
    " (SELECT MAX(d.seq) FROM delivery d WHERE d.feed_id = m.feed_id AND"
    "  (c.peer IS NULL OR d.peer = c.peer)) AS delivered_seq"
)
MESSAGE_FROM = "message m JOIN conversation c ON c.id = m.conversation_id"


def _system(raw: str | None) -> SystemNote | None:
    if raw is None:
        return None
    data = json.loads(raw)
    return SystemNote(
        kind=data["kind"],
        actor=PublicKey(bytes.fromhex(data["actor"])),
        subjects=tuple(PublicKey(bytes.fromhex(s)) for s in data["subjects"]),
        text=data.get("text", ""),
    )


def attachments_for(
    connection: Connection, message_ids: Sequence[int]
) -> dict[int, list[Attachment]]:
    found: dict[int, list[Attachment]] = {}
    if not message_ids:
        return found
    for start in range(0, len(message_ids), 500):
        chunk = message_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = connection.exec_driver_sql(
            "SELECT message_id, blob_id, key, size, name, mime, kind, width, height"
            f" FROM attachment WHERE message_id IN ({marks}) ORDER BY message_id, position",
            tuple(chunk),
        ).all()
        for row in rows:
            found.setdefault(int(row[0]), []).append(
                Attachment(
                    BlobId(bytes(row[1])),
                    bytes(row[2]),
                    int(row[3]),
                    str(row[4]),
                    str(row[5]),
                    str(row[6]),
                    int(row[7]),
                    int(row[8]),
                )
            )
    return found


def cards_for(connection: Connection, message_ids: Sequence[int]) -> dict[int, Card]:
    """The cards of the card messages among ``message_ids``."""
    found: dict[int, Card] = {}
    for start in range(0, len(message_ids), 500):
        chunk = message_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for message_id, card in connection.exec_driver_sql(
            f"SELECT message_id, card FROM message_card WHERE message_id IN ({marks})",
            tuple(chunk),
        ):
            found[int(message_id)] = decode_card(json.loads(card))
    return found


def messages_from_rows(connection: Connection, rows: Sequence[Sequence[Any]]) -> list[Message]:
    ids = [int(row[0]) for row in rows]
    files = attachments_for(connection, ids)
    cards = cards_for(connection, ids) if ids else {}
    messages = []
    for row in rows:
        outgoing = bool(row[11])
        delivered = outgoing and row[15] is not None and int(row[15]) >= int(row[14])
        messages.append(
            Message(
                id=int(row[0]),
                event_id=bytes(row[1]),
                conversation_id=ConversationId(str(row[2])),
                author=PublicKey(bytes(row[3])),
                timestamp_ms=int(row[4]),
                text=str(row[5]),
                reply_to=None if row[6] is None else bytes(row[6]),
                mentions=tuple(PublicKey(bytes.fromhex(m)) for m in json.loads(row[7])),
                mention_all=bool(row[8]),
                mention_me=bool(row[9]),
                attachments=tuple(files.get(int(row[0]), ())),
                recalled=bool(row[10]),
                outgoing=outgoing,
                delivery=Delivery.DELIVERED if delivered else Delivery.SENT,
                system=_system(row[12]),
                card=cards.get(int(row[0])),
            )
        )
    return messages


def select_messages(
    connection: Connection, where: str, params: Sequence[Any], order: str, limit: int
) -> list[Message]:
    rows = connection.exec_driver_sql(
        f"SELECT {MESSAGE_COLUMNS} FROM {MESSAGE_FROM} WHERE {where} ORDER BY {order} LIMIT ?",
        (*params, limit),
    ).all()
    return messages_from_rows(connection, rows)
