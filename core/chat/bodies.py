"""The chat feature's message bodies.

Bodies::

    chat.msg     {to | group, text, reply?, mentions?, all?, files?}
    chat.recall  {to | group, target, at}
    chat.card    {to | group, card: {k, v, title, …}, reply?}

``to`` (a direct chat, sealed in the author's main feed) or ``group`` (a group chat,
encrypted under the group key in the group's feed) says where a body belongs: a
:class:`ChatPlace`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

from core.bodies import (
    Body,
    Json,
    TypedBody,
    b64,
    b64_field,
    bool_field,
    hex_field,
    hex_items,
    int_field,
    list_field,
    object_field,
    optional_hex,
    text_field,
)
from core.chat.cards import Card, decode_card
from core.errors import InvalidInput
from core.ids import BlobId, GroupId, PublicKey

MAX_FILES = 9
MAX_MENTIONS = 100
MAX_FILE_BYTES = 16 * 1024**3


@dataclass(frozen=True)
class ChatPlace:
    """Where a chat body belongs: a direct chat with ``to`` or a group (exactly one)."""

    to: PublicKey | None = None
    group: GroupId | None = None

    def fields(self) -> dict[str, Json]:
        if self.group is not None:
            return {"group": self.group.hex()}
        assert self.to is not None
        return {"to": self.to.hex()}

    @classmethod
    def decode(cls, body: Body) -> Self:
        if body.get("group") is not None:
            return cls(group=GroupId(hex_field(body, "group", 16)))
        return cls(to=PublicKey(hex_field(body, "to", 32)))


@dataclass(frozen=True)
class FileRef:
    """An attachment: an encrypted blob, its key, and what to show for it."""

    blob: BlobId
    key: bytes
    size: int
    name: str
    mime: str
    kind: str  # "image" or "file"
    width: int = 0
    height: int = 0

    def fields(self) -> dict[str, Json]:
        return {
            "blob": self.blob.hex(),
            "key": b64(self.key),
            "size": self.size,
            "name": self.name,
            "mime": self.mime,
            "kind": self.kind,
            "w": self.width,
            "h": self.height,
        }

    @classmethod
    def decode(cls, entry: object) -> Self:
        if not isinstance(entry, dict):
            raise InvalidInput("an attachment must be an object")
        kind = text_field(entry, "kind", max_chars=8)
        if kind not in ("image", "file"):
            raise InvalidInput("unknown attachment kind")
        size = int_field(entry, "size")
        width = int_field(entry, "w", default=0)
        height = int_field(entry, "h", default=0)
        if not 0 <= size <= MAX_FILE_BYTES or not (0 <= width <= 65535 and 0 <= height <= 65535):
            raise InvalidInput("attachment size out of range")
        return cls(
            BlobId(hex_field(entry, "blob", 32)),
            b64_field(entry, "key", 32),
            size,
            text_field(entry, "name", max_chars=255),
            text_field(entry, "mime", max_chars=100),
            kind,
            width,
            height,
        )


@dataclass(frozen=True)
class ChatMessage(TypedBody):
    """``chat.msg``: text and/or files, maybe a reply, maybe mentions."""

    TYPE = "chat.msg"
    place: ChatPlace
    text: str
    reply: bytes | None = None
    mentions: tuple[PublicKey, ...] = ()
    mention_all: bool = False
    files: tuple[FileRef, ...] = ()

    def fields(self) -> dict[str, Json]:
        return {
            **self.place.fields(),
            "text": self.text,
            "reply": None if self.reply is None else self.reply.hex(),
            "mentions": [m.hex() for m in self.mentions] or None,
            "all": True if self.mention_all else None,
            "files": [f.fields() for f in self.files] or None,
        }

    @classmethod
    def decode(cls, body: Body) -> Self:
        # The fold's hot path: absent optional fields cost a dictionary lookup each.
        files = body.get("files")
        mentions = body.get("mentions")
        return cls(
            ChatPlace.decode(body),
            text_field(body, "text", default=""),
            None if body.get("reply") is None else hex_field(body, "reply", 32),
            ()
            if mentions is None
            else tuple(
                PublicKey(m) for m in hex_items(body, "mentions", 32, max_items=MAX_MENTIONS)
            ),
            False if body.get("all") is None else bool_field(body, "all"),
            ()
            if files is None
            else tuple(
                FileRef.decode(entry) for entry in list_field(body, "files", max_items=MAX_FILES)
            ),
        )


@dataclass(frozen=True)
class ChatRecall(TypedBody):
    """``chat.recall``: a tombstone for one of the author's messages (sent at ``at``)."""

    TYPE = "chat.recall"
    place: ChatPlace
    target: bytes
    at: int

    def fields(self) -> dict[str, Json]:
        return {**self.place.fields(), "target": self.target.hex(), "at": self.at}

    @classmethod
    def decode(cls, body: Body) -> Self:
        return cls(ChatPlace.decode(body), hex_field(body, "target", 32), int_field(body, "at"))


@dataclass(frozen=True)
class ChatCardMessage(TypedBody):
    """``chat.card``: a message that is a card (transfer, red envelope, mini-program)."""

    TYPE = "chat.card"
    place: ChatPlace
    card: Card
    reply: bytes | None = None

    def fields(self) -> dict[str, Json]:
        return {
            **self.place.fields(),
            "card": self.card.to_json(),
            "reply": None if self.reply is None else self.reply.hex(),
        }

    @classmethod
    def decode(cls, body: Body) -> Self:
        return cls(
            ChatPlace.decode(body),
            decode_card(object_field(body, "card")),
            optional_hex(body, "reply", 32),
        )
