"""Persistence: the SQLite database and the feed tables. Only core's services use it."""

from core.store.database import Database
from core.store.feed_store import FeedStore, IngestReport, StoredEvent
from core.store.feed_tables import EventRow, FeedRow, ForkProofRow

__all__ = [
    "Database",
    "EventRow",
    "FeedRow",
    "FeedStore",
    "ForkProofRow",
    "IngestReport",
    "StoredEvent",
]
