"""Ingest classifies new / duplicate / gap / fork, is transactional and idempotent."""

from __future__ import annotations

import random

import pytest

from core.crypto import SigningKeyPair
from core.errors import InvalidEvent
from core.feeds import ForkProof, RawEvent, check_fork_proof
from core.store import FeedStore
from tests.unit.core.feeds.conftest import chain, raws


def test_a_chain_is_stored_in_order_and_notes_show_seq_and_head(store: FeedStore) -> None:
    keys = SigningKeyPair.generate()
    events = chain(keys, 5)
    report = store.ingest(raws(events))
    assert [e.seq for e in report.new] == [1, 2, 3, 4, 5]
    (note,) = store.notes()
    assert (note.seq, note.head_id) == (5, events[-1].id)
    assert [r.header for r in store.events_since(keys.public_key, note.feed_id, 2)] == [
        e.raw.header for e in events[2:]
    ]


def test_replaying_a_batch_is_all_duplicates_and_stores_nothing_new(store: FeedStore) -> None:
    events = chain(SigningKeyPair.generate(), 10)
    store.ingest(raws(events))
    again = store.ingest(raws(events) + raws(events[:3]))
    assert again.new == () and again.duplicates == 13
    assert store.notes()[0].seq == 10


def test_a_shuffled_batch_still_chains(store: FeedStore) -> None:
    events = chain(SigningKeyPair.generate(), 50)
    shuffled = raws(events)
    random.Random(7).shuffle(shuffled)
    assert len(store.ingest(shuffled).new) == 50


def test_a_gap_is_reported_once_and_nothing_past_it_is_stored(store: FeedStore) -> None:
    keys = SigningKeyPair.generate()
    events = chain(keys, 8)
    store.ingest(raws(events[:3]))
    report = store.ingest(raws(events[5:]))
    assert report.new == ()
    (gap,) = report.gaps
    assert (gap.have_seq, gap.wanted_seq) == (3, 6)
    assert len(store.ingest(raws(events[3:])).new) == 5


def test_one_forged_event_rejects_the_whole_batch(store: FeedStore) -> None:
    good = chain(SigningKeyPair.generate(), 4)
    other = chain(SigningKeyPair.generate(), 3)
    forged = RawEvent(other[1].raw.header, bytes(64), other[1].raw.payload)
    with pytest.raises(InvalidEvent, match="signature"):
        store.ingest(raws(good) + [other[0].raw, forged])
    assert store.notes() == []
    assert len(store.ingest(raws(good)).new) == 4


def test_a_tampered_payload_rejects_the_batch(store: FeedStore) -> None:
    events = chain(SigningKeyPair.generate(), 2)
    broken = RawEvent(events[1].raw.header, events[1].raw.signature, b"{}")
    with pytest.raises(InvalidEvent):
        store.ingest([events[0].raw, broken])
    assert store.notes() == []


def test_an_equal_length_fork_is_proven_and_freezes_the_feed(store: FeedStore) -> None:
    keys = SigningKeyPair.generate()
    base = chain(keys, 3)
    branch_a = chain(keys, 2, start=base[-1], salt=b"a")
    branch_b = chain(keys, 2, start=base[-1], salt=b"b")
    store.ingest(raws(base + branch_a))
    report = store.ingest(raws(branch_b))
    assert len(report.forks) == 1
    author, _, seq = check_fork_proof(report.forks[0])
    assert author == keys.public_key and seq == 4
    assert store.forked_feeds() == {(keys.public_key, base[0].feed_id)}
    more = chain(keys, 1, start=branch_a[-1])
    assert store.ingest(raws(more)).frozen == 1
    assert store.notes()[0].seq == 5


def test_a_longer_branch_is_caught_by_its_broken_link(store: FeedStore) -> None:
    keys = SigningKeyPair.generate()
    base = chain(keys, 2)
    mine = chain(keys, 1, start=base[-1], salt=b"mine")
    theirs = chain(keys, 3, start=base[-1], salt=b"theirs")
    store.ingest(raws(base + mine))
    report = store.ingest(raws(theirs[1:]))
    assert len(report.forks) == 1
    proof = report.forks[0]
    assert check_fork_proof(proof)[2] == 3


def test_fork_proofs_gossip_and_bogus_proofs_are_refused(
    store: FeedStore, tmp_path: object
) -> None:
    keys = SigningKeyPair.generate()
    a = chain(keys, 1, salt=b"a")
    b = chain(keys, 1, salt=b"b")
    proof = ForkProof(
        RawEvent(a[0].raw.header, a[0].raw.signature, None),
        RawEvent(b[0].raw.header, b[0].raw.signature, None),
    )
    assert store.ingest_fork_proof(proof)
    assert not store.ingest_fork_proof(proof)
    assert store.forked_feeds()
    same = ForkProof(proof.first, proof.first)
    with pytest.raises(InvalidEvent, match="do not prove"):
        check_fork_proof(same)
    forged = ForkProof(proof.first, RawEvent(b[0].raw.header, bytes(64), None))
    with pytest.raises(InvalidEvent, match="signatures"):
        check_fork_proof(forged)


def test_payloads_can_be_dropped_without_breaking_the_chain(store: FeedStore) -> None:
    keys = SigningKeyPair.generate()
    events = chain(keys, 3)
    store.ingest(raws(events))
    assert store.drop_payload(events[1].id)
    served = store.events_since(keys.public_key, events[0].feed_id, 0)
    assert served[1].payload is None and served[2].payload is not None
    assert store.ingest(served).duplicates == 3


def test_events_without_payload_are_accepted_and_chain(store: FeedStore) -> None:
    events = chain(SigningKeyPair.generate(), 3)
    detached = [RawEvent(e.raw.header, e.raw.signature, None) for e in events]
    assert len(store.ingest(detached).new) == 3


def test_large_batches_verify_in_parallel_and_store_everything(store: FeedStore) -> None:
    authors = [SigningKeyPair.generate() for _ in range(4)]
    events = [e for keys in authors for e in chain(keys, 300)]
    report = store.ingest(raws(events))
    assert len(report.new) == 1200
    assert sorted(n.seq for n in store.notes()) == [300] * 4
