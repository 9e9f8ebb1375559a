"""Property: checking one signature per chained run accepts exactly what checking every
signature accepts, and stores the same thing, for any batch a third party can build.

Batches are drawn from honestly signed chains (two authors, one of them forked), shuffled,
duplicated, cut into gaps, with some events' signatures replaced by garbage, on top of a
store that may already hold part of a chain. The reference checks every event's signature.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel

from core.crypto import SigningKeyPair
from core.errors import InvalidEvent
from core.feeds import Event, RawEvent, check_event, order_for_chaining, signature_is_valid
from core.store import Database, FeedStore, IngestReport
from tests.unit.core.feeds.conftest import chain

_A, _B = SigningKeyPair.generate(), SigningKeyPair.generate()
_TRUNK = chain(_A, 6)
_POOL: list[Event] = [
    *_TRUNK,
    *chain(_A, 3, start=_TRUNK[2], salt=b"branch"),  # a fork at seq 4
    *chain(_B, 5),
]


@contextmanager
def _store(folder: Path, name: str) -> Iterator[FeedStore]:
    database = Database(folder / f"{name}.db")
    database.create_schema(SQLModel.metadata)
    feeds = FeedStore(database)
    try:
        yield feeds
    finally:
        feeds.close()
        database.close()


def _per_event(store: FeedStore, batch: Sequence[RawEvent]) -> IngestReport:
    """The reference: every event's own signature checked, then the same classification."""
    ordered = order_for_chaining([check_event(raw) for raw in batch])
    verdicts = [signature_is_valid(event.raw, event.author) for event in ordered]
    return store._store(ordered, [(ordered, verdicts)])


def _outcome(store: FeedStore, ingest: object, batch: Sequence[RawEvent]) -> object:
    try:
        report = ingest(batch)  # type: ignore[operator]
    except InvalidEvent:
        return "rejected", set(store.notes())
    return (
        [e.id for e in report.new],
        report.duplicates,
        report.gaps,
        report.forks,
        report.frozen,
        set(store.notes()),
    )


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    held=st.integers(min_value=0, max_value=6),
    picks=st.lists(st.integers(min_value=0, max_value=len(_POOL) - 1), max_size=16),
    garbage=st.sets(st.integers(min_value=0, max_value=15), max_size=3),
)
def test_run_verification_accepts_exactly_what_per_event_verification_accepts(
    held: int, picks: list[int], garbage: set[int]
) -> None:
    batch = [
        RawEvent(_POOL[i].raw.header, os.urandom(64), _POOL[i].raw.payload)
        if position in garbage
        else _POOL[i].raw
        for position, i in enumerate(picks)
    ]
    with (
        tempfile.TemporaryDirectory() as folder,
        _store(Path(folder), "runs") as runs,
        _store(Path(folder), "each") as each,
    ):
        for store in (runs, each):
            store.ingest([e.raw for e in _TRUNK[:held]])
        assert _outcome(runs, runs.ingest, batch) == _outcome(
            each, lambda b: _per_event(each, b), batch
        )
        for raw in runs.iter_all():
            assert signature_is_valid(raw, check_event(raw).author)
