"""Ingest throughput: 100,000 events from 100 authors into a fresh store.

The limit is the bare floor measured in the same run: the same essential work — each event
parsed and hashed (``check_event``), the batch put in chain order, **one signature checked
per chained run** on every core — feeding plain ``sqlite3.executemany`` into an equivalent
table, with no classification, no fork bookkeeping and no SQLAlchemy. Ingest must reach 70%
of it and 30,000 events/s.

Until ingest checked one signature per run, the limit was the same floor with *every*
signature checked; it is still measured and printed beside the figure (``per-event floor``),
so the gain is read on the same machine in the same run.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from sqlmodel import SQLModel

from core.feeds import (
    Event,
    RawEvent,
    SignatureVerifier,
    check_event,
    last_of_each_run,
    order_for_chaining,
)
from core.store import Database, FeedStore
from hutong.bench.report import Figure, Report
from hutong.bench.workload import signed_feeds

BATCH = 5000
_INSERT = (
    "INSERT INTO event (feed_key, seq, event_id, kind, timestamp_ms, header, signature, payload)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _raw_table(folder: Path, name: str) -> sqlite3.Connection:
    connection = sqlite3.connect(folder / f"{name}.db", isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "temp_store=MEMORY"):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute(
        "CREATE TABLE event (local_order INTEGER PRIMARY KEY, feed_key INTEGER, seq INTEGER,"
        " event_id BLOB UNIQUE, kind INTEGER, timestamp_ms INTEGER, header BLOB, signature BLOB,"
        " payload BLOB, UNIQUE(feed_key, seq))"
    )
    return connection


def _rows(events: Sequence[Event], feed_keys: dict[bytes, int]) -> list[tuple[object, ...]]:
    return [
        (
            feed_keys.setdefault(e.author, len(feed_keys) + 1),
            e.seq,
            e.id,
            int(e.header.kind),
            e.header.timestamp_ms,
            e.raw.header,
            e.raw.signature,
            e.raw.payload,
        )
        for e in events
    ]


def raw_limit(events: Sequence[RawEvent], folder: Path, *, every_signature: bool = False) -> float:
    """Events/s of the essential work alone (see the module doc), same batches, same indexes.

    ``every_signature`` gives the old floor: every event's signature checked.
    """
    connection = _raw_table(folder, "per-event" if every_signature else "runs")
    verifier = SignatureVerifier()
    feed_keys: dict[bytes, int] = {}
    started = time.perf_counter()
    for start in range(0, len(events), BATCH):
        checked = [check_event(raw) for raw in events[start : start + BATCH]]
        if every_signature:
            connection.execute("BEGIN")
            for chunk, verdicts in verifier.verify_in_chunks(checked):
                connection.executemany(
                    _INSERT,
                    _rows([e for e, ok in zip(chunk, verdicts, strict=True) if ok], feed_keys),
                )
            connection.execute("COMMIT")
            continue
        ordered = order_for_chaining(checked)
        run_verdicts = verifier.submit(last_of_each_run(ordered))
        connection.execute("BEGIN")
        if all(ok for _, chunk_verdicts in run_verdicts for ok in chunk_verdicts):
            connection.executemany(_INSERT, _rows(ordered, feed_keys))
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    verifier.close()
    connection.close()
    return len(events) / elapsed


def ingest_rate(events: Sequence[RawEvent], folder: Path) -> float:
    database = Database(folder / "hutong.db")
    database.create_schema(SQLModel.metadata)
    feeds = FeedStore(database)
    started = time.perf_counter()
    stored = 0
    for start in range(0, len(events), BATCH):
        stored += len(feeds.ingest(events[start : start + BATCH]).new)
    elapsed = time.perf_counter() - started
    feeds.close()
    database.close()
    if stored != len(events):
        raise RuntimeError(f"ingest stored {stored} of {len(events)} events")
    return len(events) / elapsed


def bench_ingest(report: Report, quick: bool = False) -> None:
    authors, per_author = (20, 500) if quick else (100, 1000)
    print(f"ingest: signing {authors * per_author:,} events from {authors} authors…", flush=True)
    events = signed_feeds(authors, per_author)
    with tempfile.TemporaryDirectory() as raw_dir, tempfile.TemporaryDirectory() as ingest_dir:
        floor = raw_limit(events, Path(raw_dir), every_signature=True)
        limit = raw_limit(events, Path(raw_dir))
        rate = ingest_rate(events, Path(ingest_dir))
    report.add(
        Figure(
            "ingest (verify + chain + store)",
            rate,
            "events/s",
            "≥ 30,000 events/s and ≥ 0.7 of the limit",
            rate >= 30_000 and rate >= 0.7 * limit,
            limit=limit,
            note=f"limit: one signature per run; per-event floor {floor:,.0f}/s"
            f" ({rate / floor:.2f}× it)",
        )
    )
