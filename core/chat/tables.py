"""Chat tables. Projections are rebuilt from feeds; local state (read marks, drafts, pins,
delivery) belongs to this device and survives a rebuild."""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from core.store.columns import blob, bool_default, int_default, text_default


class ConversationRow(SQLModel, table=True):
    __tablename__ = "conversation"

    id: str = Field(primary_key=True)
    kind: str
    peer: bytes | None = blob(nullable=True)
    group_id: bytes | None = blob(nullable=True)
    last_message: int | None = None
    last_ms: int = int_default(0)


class MessageRow(SQLModel, table=True):
    """One message; ``id`` is the local order of the event that made it (stable on rebuild)."""

    __tablename__ = "message"
    __table_args__ = (
        Index("message_by_conversation", "conversation_id", "timestamp_ms", "id"),
        # Unread and @me counts walk only the rows that can count.
        Index("message_unread", "conversation_id", "outgoing", "id"),
        Index("message_mentions", "conversation_id", "mention_me", "id"),
    )

    id: int = Field(primary_key=True)
    event_id: bytes = blob(unique=True)
    conversation_id: str
    author: bytes = blob()
    feed_id: bytes = blob()
    seq: int
    timestamp_ms: int
    text: str = text_default("")
    reply_to: bytes | None = blob(nullable=True)
    mentions: str = text_default("[]")
    mention_all: bool = bool_default(False)
    mention_me: bool = bool_default(False)
    recalled: bool = bool_default(False)
    outgoing: bool = bool_default(False)
    system: str | None = None


class MessageCardRow(SQLModel, table=True):
    """The card of a card message (``core.chat.cards``), as its wire object."""

    __tablename__ = "message_card"

    message_id: int = Field(primary_key=True)
    kind: str
    version: int
    card: str
    blob_id: bytes | None = blob(nullable=True, index=True)


class AttachmentRow(SQLModel, table=True):
    __tablename__ = "attachment"

    message_id: int = Field(primary_key=True)
    position: int = Field(primary_key=True)
    blob_id: bytes = blob(index=True)
    key: bytes = blob()
    size: int
    name: str
    mime: str
    kind: str
    width: int = int_default(0)
    height: int = int_default(0)


class GroupRow(SQLModel, table=True):
    __tablename__ = "chat_group"

    group_id: bytes = blob(primary_key=True)
    name: str
    announcement: str = text_default("")
    owner: bytes = blob()
    created_ms: int = int_default(0)
    name_ms: int = int_default(0)
    announcement_ms: int = int_default(0)


class GroupMemberRow(SQLModel, table=True):
    __tablename__ = "group_member"

    group_id: bytes = blob(primary_key=True)
    identity: bytes = blob(primary_key=True)
    encryption_key: bytes = blob()
    name: str
    card: str = text_default("")
    role: str = text_default("member")
    active: bool = bool_default(True)
    changed_ms: int = int_default(0)


class ConversationStateRow(SQLModel, table=True):
    """Local: what this device has read, pinned, muted, and the unsent draft."""

    __tablename__ = "conversation_state"

    conversation_id: str = Field(primary_key=True)
    read_upto: int = int_default(0)
    pinned: bool = bool_default(False)
    muted: bool = bool_default(False)
    draft: str = text_default("")
    draft_ms: int = int_default(0)


class DeliveryRow(SQLModel, table=True):
    """Local: the highest seq of one of our feeds that a peer's replica reported holding."""

    __tablename__ = "delivery"

    feed_id: bytes = blob(primary_key=True)
    peer: bytes = blob(primary_key=True)
    seq: int = int_default(0)


class JoinRequestRow(SQLModel, table=True):
    """Someone scanned one of our group invite codes and asks to join."""

    __tablename__ = "group_join_request"

    event_id: bytes = blob(primary_key=True)
    group_id: bytes = blob(index=True)
    identity: bytes = blob()
    card: str
    requested_ms: int


class DepartureRow(SQLModel, table=True):
    """Someone left a group (by its leave event's local order); a newer key shuts them out."""

    __tablename__ = "group_departure"

    local_order: int = Field(primary_key=True)
    group_id: bytes = blob(index=True)
    identity: bytes = blob()


class JoinHandledRow(SQLModel, table=True):
    """Local: join requests already answered (so a rebuild does not re-add anyone)."""

    __tablename__ = "group_join_handled"

    event_id: bytes = blob(primary_key=True)


CHAT_TABLES = ("conversation", "message", "attachment", "chat_group", "group_member", "message_fts")
FTS_DDL = ("CREATE VIRTUAL TABLE IF NOT EXISTS message_fts USING fts5(text, tokenize='trigram')",)
