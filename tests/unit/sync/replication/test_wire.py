"""Replication messages round-trip, and the decoder raises only WireError on hostile bytes."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from core.crypto import SigningKeyPair
from core.feeds import MAIN_FEED, ForkProof, Kind, Note, RawEvent, sign_event
from core.ids import EventId, FeedId, PublicKey
from sync.errors import WireError
from sync.replication.wire import (
    MAX_EVENTS,
    BlobManifest,
    BlobWant,
    CaughtUp,
    Chunk,
    ChunkWant,
    Events,
    ForkProofs,
    Notes,
    Want,
    batch_events,
    decode,
    encode,
)

KEYS = SigningKeyPair(bytes(range(32)))
keys32 = st.binary(min_size=32, max_size=32)
seqs = st.integers(0, 2**63 - 1)
notes = st.builds(Note, keys32.map(PublicKey), keys32.map(FeedId), seqs, keys32.map(EventId))


def event(seq: int, payload: bytes | None) -> RawEvent:
    made = sign_event(KEYS, Kind.PUBLIC, MAIN_FEED, 1, None, seq, payload or b"x")
    return RawEvent(made.raw.header, made.raw.signature, payload)


events = st.builds(
    event, st.integers(0, 10**12), st.one_of(st.none(), st.binary(min_size=1, max_size=300))
)
messages = st.one_of(
    st.builds(lambda n: Notes(tuple(n)), st.lists(notes, max_size=5)),
    st.builds(Want, keys32.map(PublicKey), keys32.map(FeedId), seqs),
    st.builds(CaughtUp, keys32.map(PublicKey), keys32.map(FeedId), seqs),
    st.builds(lambda e: Events(tuple(e)), st.lists(events, max_size=4)),
    st.builds(
        lambda e: ForkProofs(tuple(ForkProof(a, b) for a, b in itertools.pairwise(e))),
        st.lists(events.map(lambda r: RawEvent(r.header, r.signature, None)), max_size=3),
    ),
    st.builds(BlobWant, keys32),
    st.builds(BlobManifest, keys32, st.binary(max_size=100)),
    st.builds(ChunkWant, keys32, st.integers(0, 2**32 - 1)),
    st.builds(Chunk, keys32, st.integers(0, 2**32 - 1), st.binary(max_size=300)),
)


@given(messages)
def test_every_message_round_trips(message: object) -> None:
    assert decode(encode(message)) == message  # type: ignore[arg-type]


@settings(max_examples=400)
@given(st.binary(max_size=700))
def test_random_bytes_raise_only_wire_errors(data: bytes) -> None:
    try:
        decode(data)
    except WireError:
        pass


@settings(max_examples=400)
@given(messages, st.data())
def test_mutated_messages_raise_only_wire_errors(message: object, data: st.DataObject) -> None:
    raw = bytearray(encode(message))  # type: ignore[arg-type]
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(raw)))
        action = data.draw(st.sampled_from(["flip", "cut", "grow"]))
        if action == "flip" and at < len(raw):
            raw[at] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del raw[at:]
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=6))
    try:
        decode(bytes(raw))
    except WireError:
        pass


def test_counts_are_checked_before_allocating() -> None:
    huge = bytes([1]) + (2**32 - 1).to_bytes(4, "big")
    try:
        decode(huge)
    except WireError as exc:
        assert "count" in str(exc)
    else:
        raise AssertionError("a count of four billion notes was accepted")


def test_event_batches_respect_size_and_count_limits() -> None:
    many = [event(i, b"p" * 1000) for i in range(25_000)]
    batches = batch_events(many, max_bytes=1_000_000)
    assert sum(len(b.events) for b in batches) == 25_000
    assert all(len(encode(b)) <= 1_000_000 and len(b.events) <= MAX_EVENTS for b in batches)
