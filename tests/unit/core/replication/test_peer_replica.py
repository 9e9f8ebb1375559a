"""PeerReplica's policy against a hostile peer: capped stranger feeds, unsolicited events,
fork proofs about feeds no one here cares about (issue 9, items 4 and 5)."""

from __future__ import annotations

from collections.abc import Callable

from core.crypto import SigningKeyPair
from core.facade import Core
from core.feeds import MAIN_FEED, ForkProof, Kind, RawEvent, feed_id_for, sign_event
from core.ids import PublicKey
from core.peer_replica import STRANGER_FEED_LIMIT, PeerReplica
from tests.support.profiles import befriend
from tests.unit.core.feeds.conftest import chain, raws

MakeCore = Callable[[str], Core]


def _stored(core: Core, author: PublicKey, feed: bytes = MAIN_FEED) -> int:
    note = core.feeds.note(author, feed)  # type: ignore[arg-type]
    return 0 if note is None else note.seq


def test_a_strangers_feed_is_capped_per_feed_not_per_batch(make_core: MakeCore) -> None:
    me = make_core("Me")
    replica = PeerReplica(me)
    stranger = SigningKeyPair.generate()
    events = chain(stranger, 3 * STRANGER_FEED_LIMIT)
    # The old rule decided a whole batch from its first event (seq 1): all 600 were kept.
    replica.ingest_from(PublicKey(stranger.public_key), raws(events))
    assert _stored(me, PublicKey(stranger.public_key)) == STRANGER_FEED_LIMIT
    # Batches that start below the cap and run past it add nothing beyond it either.
    replica.ingest_from(PublicKey(stranger.public_key), raws(events[150:450]))
    assert _stored(me, PublicKey(stranger.public_key)) == STRANGER_FEED_LIMIT
    assert replica.wants(
        PublicKey(stranger.public_key),
        me.feeds.note(PublicKey(stranger.public_key), MAIN_FEED),  # type: ignore[arg-type]
    )


def test_the_cap_holds_across_small_batches(make_core: MakeCore) -> None:
    me = make_core("Me")
    replica = PeerReplica(me)
    stranger = SigningKeyPair.generate()
    events = chain(stranger, STRANGER_FEED_LIMIT + 50)
    for start in range(0, len(events), 16):  # live-push sized batches
        replica.ingest_from(PublicKey(stranger.public_key), raws(events[start : start + 16]))
    assert _stored(me, PublicKey(stranger.public_key)) == STRANGER_FEED_LIMIT


def test_unsolicited_events_are_dropped_unstored(make_core: MakeCore) -> None:
    me = make_core("Me")
    replica = PeerReplica(me)
    stranger, third = SigningKeyPair.generate(), SigningKeyPair.generate()
    other_feed = feed_id_for("anything/else")
    own_other = [sign_event(stranger, Kind.PUBLIC, other_feed, 1, None, 1_700_000_000_000, b"{}")]
    relayed = chain(third, 5)  # someone else's main feed, relayed by the stranger
    touched = replica.ingest_from(
        PublicKey(stranger.public_key), [e.raw for e in own_other] + raws(relayed)
    )
    assert touched == []
    assert _stored(me, PublicKey(stranger.public_key), other_feed) == 0
    assert _stored(me, PublicKey(third.public_key)) == 0


def test_a_friends_feed_is_not_capped(make_core: MakeCore) -> None:
    me, friend = make_core("Me"), make_core("Friend")
    befriend(me, friend)
    for n in range(STRANGER_FEED_LIMIT + 5):
        friend.set_name(f"Friend {n}")
    replica = PeerReplica(me)
    head = friend.feeds.note(friend.me, MAIN_FEED)
    assert head is not None
    events = friend.feeds.events_since(friend.me, MAIN_FEED, 0, head.seq)
    replica.ingest_from(friend.me, events)
    assert _stored(me, friend.me) == head.seq > STRANGER_FEED_LIMIT


def _fork(keys: SigningKeyPair, feed: bytes = MAIN_FEED) -> ForkProof:
    first, second = (
        sign_event(keys, Kind.PUBLIC, feed, 1, None, 1_700_000_000_000, payload)  # type: ignore[arg-type]
        for payload in (b'{"a":1}', b'{"a":2}')
    )
    return ForkProof(
        RawEvent(first.raw.header, first.raw.signature, None),
        RawEvent(second.raw.header, second.raw.signature, None),
    )


def test_ten_thousand_proofs_from_a_stranger_are_neither_stored_nor_gossiped(
    make_core: MakeCore,
) -> None:
    me, friend = make_core("Me"), make_core("Friend")
    replica = PeerReplica(me)
    stranger = SigningKeyPair.generate()
    # Each proof is valid: two signed headers of one throwaway feed at the same seq.
    kept = [replica.ingest_fork_proof(_fork(SigningKeyPair.generate())) for _ in range(10_000)]
    kept.append(replica.ingest_fork_proof(_fork(stranger, feed_id_for("junk"))))
    assert not any(kept)
    assert me.feeds.fork_proofs() == []
    assert replica.fork_proofs_for(friend.me) == [] and replica.fork_proofs() == []


def test_proofs_about_feeds_we_keep_are_stored_and_served_only_to_the_entitled(
    make_core: MakeCore,
) -> None:
    me, friend, other = make_core("Me"), make_core("Friend"), make_core("Other")
    befriend(me, friend)
    befriend(me, other)
    replica = PeerReplica(me)
    # A friend's main feed is ours to keep: a proof that it forked is news to keep.
    forged = _fork(friend.keys.signing)
    assert replica.ingest_fork_proof(forged)
    assert replica.fork_proofs() == [forged]
    stranger = PublicKey(SigningKeyPair.generate().public_key)
    assert replica.fork_proofs_for(stranger) == []  # a stranger learns nothing of the feed
    assert replica.fork_proofs_for(friend.me) == [forged]
    assert replica.fork_proofs_for(other.me) == [forged]  # friends relay each other's mains
