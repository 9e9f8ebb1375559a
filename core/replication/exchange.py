"""The replication algorithm, in process: what a sync session does, minus the network.

``pull(target, source)`` brings ``target`` up to date with ``source``: for each of the
source's notes that the target lacks or disagrees with, fetch the missing events in order and
ingest them in batches; when the heads differ at equal length, fetch the source's event at
that position so the target sees the fork. Fork proofs travel too. The network sessions in
``sync`` follow the same steps; this module is the reference the property tests check.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from core.feeds import Note, RawEvent
from core.replication.port import Replica
from core.store import IngestReport

Transport = Callable[[Sequence[RawEvent]], Sequence[RawEvent]]
"""What happens to a batch on its way (the tests cut, duplicate and replay here)."""


def _pass_through(batch: Sequence[RawEvent]) -> Sequence[RawEvent]:
    return batch


def fetch_after(have: Note | None, offered: Note) -> int | None:
    """After which seq to fetch ``offered``'s feed, given what we ``have``; None: nothing to do.

    Equal length with a different head means a fork: fetch their event at that position so
    ingest can prove it. A fork below our head, when they are behind, shows up when they pull
    from us (and its proof comes back to us by gossip).
    """
    if have is None:
        return 0
    if offered.seq > have.seq:
        return have.seq
    if offered.seq == have.seq and offered.head_id != have.head_id:
        return offered.seq - 1
    return None


def pull(
    target: Replica, source: Replica, *, batch: int = 500, transport: Transport = _pass_through
) -> list[IngestReport]:
    """Bring ``target`` up to date with what ``source`` holds; returns the ingest reports."""
    reports: list[IngestReport] = []
    for proof in source.fork_proofs():
        target.ingest_fork_proof(proof)
    mine = {(n.author, n.feed_id): n for n in target.notes()}
    for note in source.notes():
        after = fetch_after(mine.get((note.author, note.feed_id)), note)
        if after is None:
            continue
        while True:
            events = source.events_since(note.author, note.feed_id, after, batch)
            if not events:
                break
            report = target.ingest(transport(events))
            reports.append(report)
            if report.forks or report.frozen:
                break
            held = {(n.author, n.feed_id): n for n in target.notes()}.get(
                (note.author, note.feed_id)
            )
            progressed = held.seq if held else 0
            if progressed <= after:
                break  # the transport lost everything or a gap remains: try again next time
            after = progressed
    return reports
