"""One signature per chained run: what it must still reject, and what it proves.

The argument is in docs/protocol.md §3.5. Each test names a way a cheaper check could go
wrong (a run that spans authors or feeds, a fork point nobody checks, a page that ends on an
event its author mis-signed) and fails if ingest went that way: checked by breaking
``core/feeds/runs.py`` and ``FeedStore`` on purpose.
"""

from __future__ import annotations

import os

import pytest

from core.crypto import SigningKeyPair, blake2b_256
from core.errors import InvalidEvent
from core.feeds import (
    MAIN_FEED,
    NO_PREVIOUS,
    EventHeader,
    Kind,
    RawEvent,
    check_event,
    check_fork_proof,
    feed_id_for,
    last_of_each_run,
    order_for_chaining,
    sign_event,
    signature_is_valid,
)
from core.ids import FeedId, PublicKey
from core.store import FeedStore
from tests.unit.core.feeds.conftest import chain, raws


def garbled(raw: RawEvent) -> RawEvent:
    """The same header and payload with garbage signature bytes (its id changes with them)."""
    return RawEvent(raw.header, os.urandom(64), raw.payload)


def forged_chain(author: bytes, feed_id: FeedId, length: int) -> list[RawEvent]:
    """Events that claim ``author`` and chain properly, with garbage signatures: no key needed."""
    made: list[RawEvent] = []
    previous = NO_PREVIOUS
    for seq in range(1, length + 1):
        payload = b'{"forged":%d}' % seq
        header = EventHeader(
            Kind.PUBLIC,
            PublicKey(author),
            feed_id,
            seq,
            previous,
            1_700_000_000_000 + seq,
            len(payload),
            blake2b_256(payload),
        ).pack()
        raw = RawEvent(header, os.urandom(64), payload)
        previous = check_event(raw).id
        made.append(raw)
    return made


def stored_signatures_all_verify(store: FeedStore) -> bool:
    return all(signature_is_valid(raw, check_event(raw).author) for raw in store.iter_all())


def test_a_middle_event_with_a_garbage_signature_rejects_the_batch(store: FeedStore) -> None:
    events = raws(chain(SigningKeyPair.generate(), 6))
    forged = garbled(events[2])
    # Its id is recomputed from the new bytes, so the next event no longer links to it: the
    # forged event ends a run of its own, and its own signature is checked.
    assert check_event(forged).id != check_event(events[2]).id
    with pytest.raises(InvalidEvent, match="signature"):
        store.ingest([*events[:2], forged, *events[3:]])
    assert store.notes() == []


def test_a_bad_last_signature_stores_nothing_of_the_batch(store: FeedStore) -> None:
    other = raws(chain(SigningKeyPair.generate(), 5))
    events = raws(chain(SigningKeyPair.generate(), 5))
    with pytest.raises(InvalidEvent, match="signature"):
        store.ingest([*other, *events[:4], garbled(events[4])])
    assert store.notes() == []
    assert len(store.ingest([*other, *events]).new) == 10


def test_a_run_never_spans_two_authors(store: FeedStore) -> None:
    """A forger's own signed event chained onto forged events of someone else vouches for none."""
    victim, forger = sorted(
        (SigningKeyPair.generate(), SigningKeyPair.generate()), key=lambda k: k.public_key
    )
    fakes = forged_chain(victim.public_key, MAIN_FEED, 3)
    tip = check_event(fakes[-1])
    own = sign_event(forger, Kind.PUBLIC, MAIN_FEED, 4, tip.id, 1_700_000_000_004, b"{}")
    ordered = order_for_chaining([check_event(raw) for raw in [*fakes, own.raw]])
    assert [e.author for e in ordered][-2:] == [victim.public_key, forger.public_key]
    with pytest.raises(InvalidEvent, match="signature"):
        store.ingest([*fakes, own.raw])
    assert store.notes() == []


def test_a_run_never_spans_two_feeds(store: FeedStore) -> None:
    keys = SigningKeyPair.generate()
    first, second = sorted((MAIN_FEED, feed_id_for("group/" + "11" * 16)))
    fakes = forged_chain(keys.public_key, first, 3)
    tip = check_event(fakes[-1])
    after = sign_event(keys, Kind.PUBLIC, second, 4, tip.id, 1_700_000_000_004, b"{}")
    with pytest.raises(InvalidEvent, match="signature"):
        store.ingest([*fakes, after.raw])
    assert store.notes() == []


def test_one_signature_is_checked_per_run() -> None:
    a, b = SigningKeyPair.generate(), SigningKeyPair.generate()
    events = [check_event(raw) for raw in raws(chain(a, 40)) + raws(chain(b, 30))]
    ends = last_of_each_run(order_for_chaining(events))
    assert sorted(e.seq for e in ends) == [30, 40]


def test_a_fork_inside_one_batch_is_proven_with_two_verified_signatures(store: FeedStore) -> None:
    keys = SigningKeyPair.generate()
    base = chain(keys, 3)
    left = chain(keys, 4, start=base[-1], salt=b"l")
    right = chain(keys, 4, start=base[-1], salt=b"r")
    report = store.ingest(raws(base + left + right))
    (proof,) = report.forks
    check_fork_proof(proof)  # raises unless both signatures verify
    assert [e.seq for e in report.new] == [1, 2, 3, 4]  # sorted by seq: frozen at the fork
    assert store.fork_proofs() == [proof]
    assert stored_signatures_all_verify(store)


def test_a_fork_at_a_mid_run_event_is_proven_against_the_stored_chain(store: FeedStore) -> None:
    """The incoming fork point is not the last of its run, but its proof checks it anyway."""
    keys = SigningKeyPair.generate()
    base = chain(keys, 2)
    store.ingest(raws(base + chain(keys, 5, start=base[-1], salt=b"a")))
    report = store.ingest(raws(chain(keys, 5, start=base[-1], salt=b"b")))
    (proof,) = report.forks
    assert check_fork_proof(proof) == (keys.public_key, MAIN_FEED, 3)
    assert signature_is_valid(proof.second, keys.public_key)
    assert (keys.public_key, MAIN_FEED) in store.forked_feeds()


def test_a_forged_fork_point_rejects_the_batch(store: FeedStore) -> None:
    keys = SigningKeyPair.generate()
    events = chain(keys, 4)
    store.ingest(raws(events))
    rival = chain(keys, 1, start=events[1], salt=b"x")[0]
    with pytest.raises(InvalidEvent, match="signature"):
        store.ingest([garbled(rival.raw)])
    assert store.forked_feeds() == set() and store.fork_proofs() == []


# -- an author who chains events it did not sign properly -------------------------------------


def _missigned_chain(keys: SigningKeyPair, length: int, bad_seq: int) -> list[RawEvent]:
    """A chain whose author signed every event but ``bad_seq`` (garbage there), knowingly."""
    made: list[RawEvent] = []
    previous = None
    for seq in range(1, length + 1):
        event = sign_event(
            keys, Kind.PUBLIC, MAIN_FEED, seq, previous, 1_700_000_000_000 + seq, b'{"n":%d}' % seq
        )
        raw = garbled(event.raw) if seq == bad_seq else event.raw
        previous = check_event(raw).id
        made.append(raw)
    return made


def test_an_author_can_vouch_for_its_own_missigned_event_but_never_serves_it_last(
    store: FeedStore,
) -> None:
    """The residual risk, stated in docs/security.md: only the key's holder can do this."""
    keys = SigningKeyPair.generate()
    missigned = _missigned_chain(keys, 10, bad_seq=4)
    assert len(store.ingest(missigned).new) == 10  # vouched for by the signature of seq 10
    page = store.events_since(keys.public_key, MAIN_FEED, 0, limit=4)
    assert [check_event(raw).seq for raw in page] == [1, 2, 3]  # never ends on seq 4
    assert len(store.events_since(keys.public_key, MAIN_FEED, 0, limit=10)) == 10


def test_a_fork_against_a_missigned_event_freezes_the_feed_without_a_proof(
    store: FeedStore,
) -> None:
    keys = SigningKeyPair.generate()
    missigned = _missigned_chain(keys, 6, bad_seq=3)
    store.ingest(missigned)
    previous = check_event(missigned[1])
    rival = sign_event(keys, Kind.PUBLIC, MAIN_FEED, 3, previous.id, 1_700_000_000_003, b"{}")
    report = store.ingest([rival.raw])
    assert report.forks == () and report.unproven_forks == ((keys.public_key, MAIN_FEED),)
    assert store.fork_proofs() == []
    assert (keys.public_key, MAIN_FEED) in store.forked_feeds()
    assert store.ingest(raws(chain(keys, 1, start=check_event(missigned[-1])))).new == ()


def test_a_missigned_fork_point_vouched_by_its_run_freezes_the_feed_here(
    store: FeedStore,
) -> None:
    keys = SigningKeyPair.generate()
    honest = chain(keys, 6)
    store.ingest(raws(honest))
    missigned = _missigned_chain(keys, 6, bad_seq=3)  # seq 1-2 equal, 3 differs: a fork
    report = store.ingest(missigned)
    assert report.unproven_forks == ((keys.public_key, MAIN_FEED),) and report.forks == ()
    assert (keys.public_key, MAIN_FEED) in store.forked_feeds()
    assert stored_signatures_all_verify(store)
