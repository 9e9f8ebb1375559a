"""Moments projections (rebuilt from feeds) and local state (what was seen)."""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from core.store.columns import blob, bool_default, int_default, text_default


class MomentPostRow(SQLModel, table=True):
    __tablename__ = "moment_post"
    __table_args__ = (Index("moment_post_by_time", "timestamp_ms", "event_id"),)

    event_id: bytes = blob(primary_key=True)
    author: bytes = blob(index=True)
    timestamp_ms: int
    text: str = text_default("")
    images: str = text_default("[]")
    audience_kind: str = text_default("all")
    audience: str = text_default("[]")
    deleted: bool = bool_default(False)


class MomentCommentRow(SQLModel, table=True):
    __tablename__ = "moment_comment"

    event_id: bytes = blob(primary_key=True)
    post_id: bytes = blob(index=True)
    author: bytes = blob()
    timestamp_ms: int
    text: str = text_default("")
    reply_to: bytes | None = blob(nullable=True)
    reply_to_author: bytes | None = blob(nullable=True)
    deleted: bool = bool_default(False)


class MomentLikeRow(SQLModel, table=True):
    __tablename__ = "moment_like"

    post_id: bytes = blob(primary_key=True)
    author: bytes = blob(primary_key=True)
    liked: bool = bool_default(True)
    timestamp_ms: int = int_default(0)
    seq: int = int_default(0)


class MomentTombstoneRow(SQLModel, table=True):
    """A deletion that may arrive before what it deletes."""

    __tablename__ = "moment_tombstone"

    target: bytes = blob(primary_key=True)
    author: bytes = blob()


class MomentWindowRow(SQLModel, table=True):
    """How many days of an author's posts their friends may see (None: all)."""

    __tablename__ = "moment_window"

    author: bytes = blob(primary_key=True)
    days: int | None = None
    timestamp_ms: int = int_default(0)


class MomentNotificationRow(SQLModel, table=True):
    __tablename__ = "moment_notification"

    event_id: bytes = blob(primary_key=True)
    local_order: int = Field(index=True)
    kind: str
    actor: bytes = blob()
    post_id: bytes = blob()
    text: str = text_default("")
    timestamp_ms: int


class MomentSeenRow(SQLModel, table=True):
    """Local: the newest notification this device has shown."""

    __tablename__ = "moment_seen"

    id: int = Field(default=1, primary_key=True)
    notification_order: int = int_default(0)


class MomentWantedRow(SQLModel, table=True):
    """Local: originals the user opened, to fetch from peers (thumbnails always are)."""

    __tablename__ = "moment_wanted"

    blob_id: bytes = blob(primary_key=True)


MOMENT_TABLES = (
    "moment_post",
    "moment_comment",
    "moment_like",
    "moment_tombstone",
    "moment_window",
    "moment_notification",
)
