"""Tables that hold the feeds themselves: the source of truth every projection folds from."""

from __future__ import annotations

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.store.columns import blob, bool_default, int_default


class FeedRow(SQLModel, table=True):
    """One feed a replica holds: its author, topic hash and head."""

    __tablename__ = "feed"
    __table_args__ = (UniqueConstraint("author", "feed_id"),)

    key: int | None = Field(default=None, primary_key=True)
    author: bytes = blob()
    feed_id: bytes = blob()
    head_seq: int = int_default(0)
    head_id: bytes = blob()
    forked: bool = bool_default(False)
    topic: str | None = None


class EventRow(SQLModel, table=True):
    """One stored event. ``local_order`` is arrival order here, used by the projector."""

    __tablename__ = "event"
    __table_args__ = (
        UniqueConstraint("feed_key", "seq"),
        Index("event_by_id", "event_id", unique=True),
    )

    local_order: int | None = Field(default=None, primary_key=True)
    feed_key: int = Field(foreign_key="feed.key")
    seq: int
    event_id: bytes = blob()
    kind: int
    timestamp_ms: int
    header: bytes = blob()
    signature: bytes = blob()
    payload: bytes | None = blob(nullable=True)


class ForkProofRow(SQLModel, table=True):
    """Evidence that an author signed two chains for one feed (one proof per feed is enough)."""

    __tablename__ = "fork_proof"
    __table_args__ = (UniqueConstraint("author", "feed_id"),)

    key: int | None = Field(default=None, primary_key=True)
    author: bytes = blob()
    feed_id: bytes = blob()
    seq: int
    first_header: bytes = blob()
    first_signature: bytes = blob()
    second_header: bytes = blob()
    second_signature: bytes = blob()
