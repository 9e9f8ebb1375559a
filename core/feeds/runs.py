"""Chained runs: the stretches of a batch where each event names the one before it.

Ingest checks one Ed25519 signature per run, the last one's. That signature covers the last
header, which holds the previous event's id, BLAKE2b-256(header || signature); that id binds
the previous header *and its signature bytes*, and so on back to the run's first event. So
the one signature commits the author to every event of the run, and anyone else who changed
any byte of an earlier event (a forged or garbled signature included) would change its id
and break the link: the changed event then ends a run of its own and has its own signature
checked. docs/protocol.md ("Verifying a batch") gives the whole argument and its limits.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.feeds.event import Event


def _links(earlier: Event, later: Event) -> bool:
    """``later`` is the next event of ``earlier``'s feed and names it as its previous event."""
    a, b = earlier.header, later.header
    return (
        b.seq == a.seq + 1
        and b.previous == earlier.id
        and b.author == a.author
        and b.feed_id == a.feed_id
    )


def last_of_each_run(ordered: Sequence[Event]) -> list[Event]:
    """The events whose signatures vouch for the whole batch: the last of each chained run.

    Runs are found from the bytes alone, before anything is verified or classified: an event
    joins the run before it only if it is the very next event of the same feed and its
    ``previous`` is that event's id. A shuffled, duplicated or forked batch only makes more,
    shorter runs (more signatures checked), never a longer one.
    """
    if not ordered:
        return []
    return [
        event
        for index, event in enumerate(ordered)
        if index == len(ordered) - 1 or not _links(event, ordered[index + 1])
    ]
