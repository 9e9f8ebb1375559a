"""The contact feature's bodies: our profile, requests, accepts and private settings.

Cards travel as their text form; folds verify them (``core.identity.decode_card``).
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
    int_field,
    list_field,
    object_field,
    optional_text,
    text_field,
)
from core.errors import InvalidInput
from core.ids import BlobId, PublicKey

CARD_CHARS = 1024
MAX_TAGS = 32


@dataclass(frozen=True)
class AvatarRef:
    """Where a profile's avatar picture is: its blob, the blob's key, its size."""

    blob: BlobId
    key: bytes
    size: int

    def fields(self) -> dict[str, Json]:
        return {"blob": self.blob.hex(), "key": b64(self.key), "size": self.size}

    @classmethod
    def decode(cls, entry: Body) -> Self:
        return cls(
            BlobId(hex_field(entry, "blob", 32)),
            b64_field(entry, "key", 32),
            int_field(entry, "size"),
        )


@dataclass(frozen=True)
class ProfileBody(TypedBody):
    """``profile``: our card (name, avatar hash), public in our main feed."""

    TYPE = "profile"
    card: str
    avatar: AvatarRef | None = None

    def fields(self) -> dict[str, Json]:
        return {"card": self.card, "avatar": self.avatar.fields() if self.avatar else None}

    @classmethod
    def decode(cls, body: Body) -> Self:
        avatar = (
            None if body.get("avatar") is None else AvatarRef.decode(object_field(body, "avatar"))
        )
        return cls(text_field(body, "card", max_chars=CARD_CHARS), avatar)


@dataclass(frozen=True)
class ContactRequest(TypedBody):
    """``contact.request``: sealed to the target and ourselves."""

    TYPE = "contact.request"
    to: PublicKey
    card: str
    target_card: str
    message: str

    def fields(self) -> dict[str, Json]:
        return {
            "to": self.to.hex(),
            "card": self.card,
            "target_card": self.target_card,
            "message": self.message,
        }

    @classmethod
    def decode(cls, body: Body) -> Self:
        return cls(
            PublicKey(hex_field(body, "to", 32)),
            text_field(body, "card", max_chars=CARD_CHARS),
            text_field(body, "target_card", max_chars=CARD_CHARS, default=""),
            optional_text(body, "message", max_chars=200) or "",
        )


@dataclass(frozen=True)
class ContactAccept(TypedBody):
    """``contact.accept``: sealed to the requester and ourselves."""

    TYPE = "contact.accept"
    to: PublicKey
    card: str

    def fields(self) -> dict[str, Json]:
        return {"to": self.to.hex(), "card": self.card}

    @classmethod
    def decode(cls, body: Body) -> Self:
        return cls(
            PublicKey(hex_field(body, "to", 32)), text_field(body, "card", max_chars=CARD_CHARS)
        )


@dataclass(frozen=True)
class ContactSettings(TypedBody):
    """``contact.set``: our private settings about someone, sealed to ourselves only.

    Each event sets what it names; ``None`` leaves a setting as it was.
    """

    TYPE = "contact.set"
    who: PublicKey
    card: str | None = None
    remark: str | None = None
    tags: tuple[str, ...] | None = None
    blocked: bool | None = None
    verified: bool | None = None
    declined: bool | None = None

    def fields(self) -> dict[str, Json]:
        return {
            "who": self.who.hex(),
            "card": self.card,
            "remark": self.remark,
            "tags": None if self.tags is None else list(self.tags),
            "blocked": self.blocked,
            "verified": self.verified,
            "declined": self.declined,
        }

    @classmethod
    def decode(cls, body: Body) -> Self:
        def flag(name: str) -> bool | None:
            return None if body.get(name) is None else bool_field(body, name)

        tags = None
        if body.get("tags") is not None:
            tags = tuple(list_field(body, "tags", max_items=MAX_TAGS))
            if not all(isinstance(tag, str) for tag in tags):
                raise InvalidInput("tags are short pieces of text")
        return cls(
            PublicKey(hex_field(body, "who", 32)),
            None if body.get("card") is None else text_field(body, "card", max_chars=CARD_CHARS),
            optional_text(body, "remark", max_chars=64),
            tags,
            flag("blocked"),
            flag("verified"),
            flag("declined"),
        )
