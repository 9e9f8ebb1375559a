"""Moments as the rest of the app sees them: posts, images, likes, comments, notifications."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.blobs import BlobRef
from core.ids import PublicKey

MAX_POST_CHARS = 2000
MAX_COMMENT_CHARS = 500
MAX_IMAGES = 9
MAX_IMAGE_BYTES = 25 * 1024 * 1024
MAX_THUMBNAIL_BYTES = 512 * 1024
WINDOW_CHOICES = (3, 30, 180, None)
"""Days of my posts that friends may see: three days, a month, six months, or all."""


class Audience(StrEnum):
    """Who a post is for, chosen at posting time (WeChat's four choices)."""

    ALL_FRIENDS = "all"
    ONLY_ME = "private"
    CHOSEN = "chosen"
    ALL_EXCEPT = "except"


@dataclass(frozen=True)
class AudienceChoice:
    """An audience and the friends or tags it names (for CHOSEN and ALL_EXCEPT)."""

    kind: Audience = Audience.ALL_FRIENDS
    people: tuple[bytes, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class NewImage:
    """An image to post: the original file and a downscaled copy (made by the desktop)."""

    original_path: str
    thumbnail_path: str
    width: int
    height: int
    mime: str = "image/jpeg"


@dataclass(frozen=True)
class PostImage:
    thumbnail: BlobRef
    original: BlobRef
    width: int
    height: int
    mime: str


@dataclass(frozen=True)
class Like:
    author: PublicKey
    timestamp_ms: int


@dataclass(frozen=True)
class Comment:
    event_id: bytes
    author: PublicKey
    text: str
    timestamp_ms: int
    reply_to_author: PublicKey | None


@dataclass(frozen=True)
class Post:
    event_id: bytes
    author: PublicKey
    text: str
    timestamp_ms: int
    images: tuple[PostImage, ...]
    audience: Audience
    likes: tuple[Like, ...]
    comments: tuple[Comment, ...]

    @property
    def cursor(self) -> tuple[int, bytes]:
        return (self.timestamp_ms, self.event_id)


class NotificationKind(StrEnum):
    LIKE = "like"
    COMMENT = "comment"
    REPLY = "reply"


@dataclass(frozen=True)
class Notification:
    event_id: bytes
    kind: NotificationKind
    actor: PublicKey
    post_id: bytes
    text: str
    timestamp_ms: int
    unread: bool
