"""Notes: what a replica holds of one feed, as exchanged at the start of replication."""

from __future__ import annotations

from dataclasses import dataclass

from core.ids import EventId, FeedId, PublicKey


@dataclass(frozen=True, slots=True)
class Note:
    """Latest sequence number **and** head id: sequence alone cannot see an equal-length fork."""

    author: PublicKey
    feed_id: FeedId
    seq: int
    head_id: EventId
