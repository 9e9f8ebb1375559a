from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from core.crypto import SigningKeyPair
from core.feeds import MAIN_FEED, Event, Kind, RawEvent, sign_event
from core.store import Database, FeedStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[FeedStore]:
    database = Database(tmp_path / "feeds.db")
    database.create_schema(SQLModel.metadata)
    feeds = FeedStore(database)
    yield feeds
    feeds.close()
    database.close()


def chain(
    keys: SigningKeyPair, length: int, *, start: Event | None = None, salt: bytes = b""
) -> list[Event]:
    """A valid chain of ``length`` events on the main feed (continuing ``start`` if given)."""
    events: list[Event] = []
    previous = start
    for _ in range(length):
        seq = previous.seq + 1 if previous else 1
        event = sign_event(
            keys,
            Kind.PUBLIC,
            MAIN_FEED,
            seq,
            previous.id if previous else None,
            1_700_000_000_000 + seq,
            b'{"n":%d}' % seq + salt,
        )
        events.append(event)
        previous = event
    return events


@pytest.fixture
def make_chain() -> Callable[..., list[Event]]:
    return chain


def raws(events: list[Event]) -> list[RawEvent]:
    return [e.raw for e in events]
