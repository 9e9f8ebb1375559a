"""Tables that hold the feeds themselves: the source of truth every projection folds from."""

from __future__ import annotations

from sqlalchemy import Column, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


class FeedRow(SQLModel, table=True):
    """One feed a replica holds: its author, topic hash and head."""

    __tablename__ = "feed"
    __table_args__ = (UniqueConstraint("author", "feed_id"),)

    key: int | None = Field(default=None, primary_key=True)
    author: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    feed_id: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    head_seq: int = 0
    head_id: bytes = Field(default=b"", sa_column=Column(LargeBinary, nullable=False))
    forked: bool = False
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
    event_id: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    kind: int
    timestamp_ms: int
    header: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    signature: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    payload: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


class ForkProofRow(SQLModel, table=True):
    """Evidence that an author signed two chains for one feed (one proof per feed is enough)."""

    __tablename__ = "fork_proof"
    __table_args__ = (UniqueConstraint("author", "feed_id"),)

    key: int | None = Field(default=None, primary_key=True)
    author: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    feed_id: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    seq: int
    first_header: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    first_signature: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    second_header: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    second_signature: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
