"""Chat values the rest of the app sees: conversations, messages, attachments, groups."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NewType

from core.chat.cards import Card
from core.ids import BlobId, GroupId, PublicKey

ConversationId = NewType("ConversationId", str)
RECALL_WINDOW_MS = 120_000


def direct_conversation(peer: bytes) -> ConversationId:
    return ConversationId(f"d:{peer.hex()}")


def group_conversation(group_id: bytes) -> ConversationId:
    return ConversationId(f"g:{group_id.hex()}")


def parse_conversation(conversation: str) -> tuple[str, bytes]:
    """("direct", peer key) or ("group", group id); ValueError for anything else."""
    kind, _, value = conversation.partition(":")
    raw = bytes.fromhex(value)
    if kind == "d" and len(raw) == 32:
        return "direct", raw
    if kind == "g" and len(raw) == 16:
        return "group", raw
    raise ValueError(f"not a conversation id: {conversation!r}")


class Delivery(StrEnum):
    """Our own messages: stored in our feed, then seen in the recipient's replica."""

    SENT = "sent"
    DELIVERED = "delivered"


class Role(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    MEMBER = "member"


@dataclass(frozen=True)
class Attachment:
    """An encrypted blob referenced by a message; ``kind`` is ``image`` or ``file``."""

    blob_id: BlobId
    key: bytes
    size: int
    name: str
    mime: str
    kind: str
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class OutgoingFile:
    """A file to send; the desktop fills in image dimensions (core reads no images)."""

    path: str
    name: str
    mime: str
    kind: str = "file"
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class SystemNote:
    """A line like "Ann removed Bob"; ``kind`` and ``args`` are translated by the UI."""

    kind: str
    actor: PublicKey
    subjects: tuple[PublicKey, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class Message:
    id: int
    event_id: bytes
    conversation_id: ConversationId
    author: PublicKey
    timestamp_ms: int
    text: str
    reply_to: bytes | None
    mentions: tuple[PublicKey, ...]
    mention_all: bool
    mention_me: bool
    attachments: tuple[Attachment, ...]
    recalled: bool
    outgoing: bool
    delivery: Delivery
    system: SystemNote | None = None
    card: Card | None = None  # a card message (its text is the card's title)

    @property
    def cursor(self) -> tuple[int, int]:
        """Position in a conversation: (timestamp, id)."""
        return (self.timestamp_ms, self.id)


@dataclass(frozen=True)
class ConversationSummary:
    id: ConversationId
    kind: str
    peer: PublicKey | None
    group_id: GroupId | None
    group_name: str
    last_message: Message | None
    unread: int
    unread_mention: bool
    pinned: bool
    muted: bool
    draft: str
    sort_ms: int


@dataclass(frozen=True)
class GroupMember:
    identity: PublicKey
    name: str
    role: Role
    active: bool
    card: str = ""


@dataclass(frozen=True)
class GroupInfo:
    group_id: GroupId
    name: str
    announcement: str
    owner: PublicKey
    members: tuple[GroupMember, ...]
    epoch: int
    am_member: bool

    @property
    def active_members(self) -> tuple[GroupMember, ...]:
        return tuple(member for member in self.members if member.active)

    def role_of(self, identity: bytes) -> Role | None:
        for member in self.members:
            if member.identity == identity and member.active:
                return member.role
        return None


@dataclass(frozen=True)
class SearchHit:
    message: Message
    snippet: str
