"""Moments bodies (all sealed; posts to their audience, interactions per ``audience``).

Bodies::

    moments.post     {text, kind, audience: [id], images: [{thumb, orig, w, h, mime}]}
    moments.comment  {post, text, reply?, reply_author?}
    moments.like     {post, liked}
    moments.delete   {target}
    moments.window   {days?}          no ``days``: friends see all my posts
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
from core.errors import InvalidInput
from core.ids import BlobId, PublicKey
from core.moments.values import (
    MAX_COMMENT_CHARS,
    MAX_IMAGE_BYTES,
    MAX_IMAGES,
    MAX_POST_CHARS,
    MAX_THUMBNAIL_BYTES,
    WINDOW_CHOICES,
    Audience,
)

MAX_AUDIENCE = 5000


@dataclass(frozen=True)
class PictureRef:
    """One stored picture: its blob, the blob's key, its size."""

    blob: BlobId
    key: bytes
    size: int

    def fields(self) -> dict[str, Json]:
        return {"blob": self.blob.hex(), "key": b64(self.key), "size": self.size}

    @classmethod
    def decode(cls, entry: Body, limit: int) -> Self:
        size = int_field(entry, "size")
        if not 0 < size <= limit:
            raise InvalidInput("an image in this post is too large")
        return cls(BlobId(hex_field(entry, "blob", 32)), b64_field(entry, "key", 32), size)


@dataclass(frozen=True)
class ImageEntry:
    """A post's picture: a thumbnail, the original, its size in pixels and its type."""

    thumb: PictureRef
    orig: PictureRef
    width: int
    height: int
    mime: str

    def fields(self) -> dict[str, Json]:
        return {
            "thumb": self.thumb.fields(),
            "orig": self.orig.fields(),
            "w": self.width,
            "h": self.height,
            "mime": self.mime,
        }

    @classmethod
    def decode(cls, entry: object) -> Self:
        if not isinstance(entry, dict):
            raise InvalidInput("an image entry must be an object")
        width, height = int_field(entry, "w"), int_field(entry, "h")
        if not (0 < width <= 20000 and 0 < height <= 20000):
            raise InvalidInput("image dimensions out of range")
        return cls(
            PictureRef.decode(object_field(entry, "thumb"), MAX_THUMBNAIL_BYTES),
            PictureRef.decode(object_field(entry, "orig"), MAX_IMAGE_BYTES),
            width,
            height,
            text_field(entry, "mime", max_chars=40),
        )


@dataclass(frozen=True)
class MomentsPost(TypedBody):
    TYPE = "moments.post"
    text: str
    kind: Audience
    audience: tuple[PublicKey, ...]
    images: tuple[ImageEntry, ...] = ()

    def fields(self) -> dict[str, Json]:
        return {
            "text": self.text,
            "kind": self.kind.value,
            "audience": [a.hex() for a in self.audience],
            "images": [i.fields() for i in self.images],
        }

    @classmethod
    def decode(cls, body: Body) -> Self:
        text = text_field(body, "text", default="", max_chars=MAX_POST_CHARS)
        try:
            kind = Audience(text_field(body, "kind", max_chars=10))
        except ValueError as exc:
            raise InvalidInput("unknown audience") from exc
        audience = hex_items(body, "audience", 32, max_items=MAX_AUDIENCE)
        images = list_field(body, "images", max_items=MAX_IMAGES)
        return cls(
            text, kind, tuple(PublicKey(a) for a in audience), tuple(map(ImageEntry.decode, images))
        )


@dataclass(frozen=True)
class MomentsComment(TypedBody):
    TYPE = "moments.comment"
    post: bytes
    text: str
    reply: bytes | None = None
    reply_author: PublicKey | None = None

    def fields(self) -> dict[str, Json]:
        return {
            "post": self.post.hex(),
            "text": self.text,
            "reply": None if self.reply is None else self.reply.hex(),
            "reply_author": None if self.reply_author is None else self.reply_author.hex(),
        }

    @classmethod
    def decode(cls, body: Body) -> Self:
        author = optional_hex(body, "reply_author", 32)
        return cls(
            hex_field(body, "post", 32),
            text_field(body, "text", max_chars=MAX_COMMENT_CHARS),
            optional_hex(body, "reply", 32),
            None if author is None else PublicKey(author),
        )


@dataclass(frozen=True)
class MomentsLike(TypedBody):
    TYPE = "moments.like"
    post: bytes
    liked: bool

    def fields(self) -> dict[str, Json]:
        return {"post": self.post.hex(), "liked": self.liked}

    @classmethod
    def decode(cls, body: Body) -> Self:
        return cls(hex_field(body, "post", 32), bool_field(body, "liked", default=True))


@dataclass(frozen=True)
class MomentsDelete(TypedBody):
    """A post (by its author) or a comment (by its author or the post's author)."""

    TYPE = "moments.delete"
    target: bytes

    def fields(self) -> dict[str, Json]:
        return {"target": self.target.hex()}

    @classmethod
    def decode(cls, body: Body) -> Self:
        return cls(hex_field(body, "target", 32))


@dataclass(frozen=True)
class MomentsWindow(TypedBody):
    """Friends see my posts of the last ``days`` days (3, 30 or 180), or all (None)."""

    TYPE = "moments.window"
    days: int | None

    def fields(self) -> dict[str, Json]:
        return {"days": self.days}

    @classmethod
    def decode(cls, body: Body) -> Self:
        days = body.get("days")
        if days not in WINDOW_CHOICES or isinstance(days, bool):
            raise InvalidInput("a visibility window is 3, 30, 180 days or all")
        return cls(days)
