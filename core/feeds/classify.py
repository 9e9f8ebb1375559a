"""Classifying incoming events against what a replica holds: new, duplicate, gap or fork.

Pure logic over a :class:`FeedView`; the store supplies the view inside its transaction and
applies the resulting plan. Events are considered in (author, feed, seq) order, so a batch that
arrives shuffled still chains.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from core.errors import InvalidEvent
from core.feeds.event import Event, RawEvent, check_event, event_id, signature_is_valid
from core.ids import EventId, FeedId, PublicKey

FeedKey = tuple[PublicKey, FeedId]


class FeedHead(NamedTuple):
    """The latest event a replica holds for one feed (a tuple: ingest makes one per event)."""

    seq: int
    head_id: EventId
    forked: bool = False


@dataclass(frozen=True, slots=True)
class Gap:
    """Events ``have_seq + 1 .. wanted_seq - 1`` are missing before ``wanted_seq`` can chain."""

    author: PublicKey
    feed_id: FeedId
    have_seq: int
    wanted_seq: int


@dataclass(frozen=True, slots=True)
class ForkProof:
    """Two signed headers by one author that cannot both belong to one chain.

    Either both sit at the same sequence number with different ids, or ``second`` follows
    ``first`` by one but names another previous event.
    """

    first: RawEvent
    second: RawEvent

    @property
    def author(self) -> PublicKey:
        return check_event(_header_only(self.first)).author

    @property
    def feed_id(self) -> FeedId:
        return check_event(_header_only(self.first)).feed_id


def _header_only(raw: RawEvent) -> RawEvent:
    return RawEvent(raw.header, raw.signature, None)


def check_fork_proof(proof: ForkProof) -> tuple[PublicKey, FeedId, int]:
    """Validate a proof received from elsewhere; returns (author, feed, seq) it convicts."""
    first = check_event(_header_only(proof.first))
    second = check_event(_header_only(proof.second))
    if (first.author, first.feed_id) != (second.author, second.feed_id):
        raise InvalidEvent("a fork proof must name two events of one feed")
    if not (
        signature_is_valid(first.raw, first.author)
        and signature_is_valid(second.raw, second.author)
    ):
        raise InvalidEvent("a fork proof's signatures do not verify")
    same_position = first.seq == second.seq and first.id != second.id
    broken_link = second.seq == first.seq + 1 and second.header.previous != first.id
    if not (same_position or broken_link):
        raise InvalidEvent("these two events do not prove a fork")
    return first.author, first.feed_id, first.seq


class FeedView(Protocol):
    """Read access to a replica's feeds, as the classifier needs it."""

    def head(self, author: PublicKey, feed_id: FeedId) -> FeedHead | None: ...

    def stored_at(self, author: PublicKey, feed_id: FeedId, seq: int) -> RawEvent | None: ...


@dataclass
class Plan:
    """What to do with a batch: the store inserts ``new`` and records ``forks``."""

    new: list[Event] = field(default_factory=list)
    duplicates: int = 0
    gaps: list[Gap] = field(default_factory=list)
    forks: list[ForkProof] = field(default_factory=list)
    invalid: list[tuple[Event, str]] = field(default_factory=list)
    frozen: int = 0
    heads: dict[FeedKey, FeedHead] = field(default_factory=dict)


class Classifier:
    """Classifies verified events; keeps an overlay of heads so a batch can chain on itself."""

    def __init__(self, view: FeedView) -> None:
        self._view = view
        self._overlay: dict[FeedKey, FeedHead] = {}
        self._fresh: dict[tuple[FeedKey, int], Event] = {}
        self._gapped: set[FeedKey] = set()
        self.plan = Plan()

    def _head(self, key: FeedKey) -> FeedHead | None:
        if key in self._overlay:
            return self._overlay[key]
        head = self._view.head(*key)
        if head is not None:
            self._overlay[key] = head
        return head

    def _stored(self, key: FeedKey, seq: int) -> RawEvent | None:
        fresh = self._fresh.get((key, seq))
        return fresh.raw if fresh is not None else self._view.stored_at(key[0], key[1], seq)

    def _record_fork(self, key: FeedKey, proof: ForkProof, head: FeedHead | None) -> None:
        self.plan.forks.append(proof)
        if head is not None and not head.forked:
            self._overlay[key] = FeedHead(head.seq, head.head_id, forked=True)
            self.plan.heads[key] = self._overlay[key]

    def add(self, event: Event) -> None:
        """Classify one event (its signature is checked per run, before or after this)."""
        header = event.header
        key: FeedKey = (header.author, header.feed_id)
        head = self._overlay.get(key) or self._head(key)
        # The common case first: the next event of a feed, linked to its head.
        if key not in self._gapped and (
            (header.seq == 1)
            if head is None
            else (
                header.seq == head.seq + 1 and not head.forked and header.previous == head.head_id
            )
        ):
            self._append(key, event)
            return
        self._add_unusual(key, head, event)

    def _append(self, key: FeedKey, event: Event) -> None:
        new_head = FeedHead(event.header.seq, event.id)
        self._overlay[key] = new_head
        self.plan.heads[key] = new_head
        self._fresh[(key, event.header.seq)] = event
        self.plan.new.append(event)

    def _add_unusual(self, key: FeedKey, head: FeedHead | None, event: Event) -> None:
        """Duplicates, forks, gaps and frozen feeds."""
        have = head.seq if head else 0
        if event.seq <= have:
            stored = self._stored(key, event.seq)
            if stored is not None and event_id(stored.header, stored.signature) == event.id:
                self.plan.duplicates += 1
            elif stored is not None and head is not None and head.forked:
                self.plan.frozen += 1  # one proof per feed is enough
            elif stored is not None:
                self._record_fork(
                    key, ForkProof(_header_only(stored), _header_only(event.raw)), head
                )
            else:  # pragma: no cover - a head implies every earlier event is stored
                raise AssertionError("replica is missing an event below its head")
            return
        if head is not None and head.forked:
            self.plan.frozen += 1
            return
        if event.seq > have + 1 or key in self._gapped:
            if key not in self._gapped:
                self._gapped.add(key)
                self.plan.gaps.append(Gap(event.author, event.feed_id, have, event.seq))
            return
        if head is not None and event.header.previous != head.head_id:
            stored = self._stored(key, have)
            assert stored is not None
            self._record_fork(key, ForkProof(_header_only(stored), _header_only(event.raw)), head)
            return
        self._append(key, event)


def _chain_position(event: Event) -> tuple[PublicKey, FeedId, int]:
    header = event.header
    return header.author, header.feed_id, header.seq


def order_for_chaining(events: Iterable[Event]) -> list[Event]:
    """Events sorted by (author, feed, seq), so that each feed's events chain in order."""
    return sorted(events, key=_chain_position)
