"""A capped topic (``FeedAccess.max_seq``): each author's feed of it is stored and served
only up to the cap, whatever the batches look like; only its author gets the rest back."""

from __future__ import annotations

from collections.abc import Callable

from core.crypto import SigningKeyPair
from core.facade import Core
from core.features import Entitlements, Feature, Features, FeedAccess
from core.feeds import Event, Kind, Note, feed_id_for, sign_event
from core.ids import FeedId, PublicKey
from core.miniprograms import limits
from core.miniprograms.fold import MAX_MEMBER_UPDATES
from core.peer_replica import PeerReplica

MakeCore = Callable[[str], Core]
CAP = 20
FEED = feed_id_for("app/" + "cd" * 32 + "/scope")


def _chain(keys: SigningKeyPair, length: int, feed: FeedId = FEED) -> list[Event]:
    events: list[Event] = []
    for seq in range(1, length + 1):
        previous = events[-1].id if events else None
        payload = b'{"n":%d}' % seq
        events.append(
            sign_event(keys, Kind.PUBLIC, feed, seq, previous, 1_700_000_000_000 + seq, payload)
        )
    return events


def _capped(core: Core, members: set[PublicKey], cap: int | None = CAP) -> PeerReplica:
    """``core`` with a feature sharing FEED among ``members``, capped at ``cap``."""

    def entitlements() -> Entitlements:
        everyone = frozenset[bytes](members)
        return Entitlements(feeds={FEED: FeedAccess(everyone, everyone, max_seq=cap)})

    core.features = Features([*core.features.all, Feature("capped", entitlements=entitlements)])
    return PeerReplica(core)


def _held(core: Core, author: PublicKey) -> int:
    note = core.feeds.note(author, FEED)
    return 0 if note is None else note.seq


def test_merged_caps_keep_the_larger_and_no_cap_beats_any() -> None:
    a = PublicKey(b"\x01" * 32)
    everyone = frozenset[bytes]({a})

    def merged(*caps: int | None) -> int | None:
        parts = [
            Entitlements(feeds={FEED: FeedAccess(everyone, everyone, max_seq=c)}) for c in caps
        ]
        return Entitlements.merge(parts).feeds[FEED].max_seq

    assert merged(5) == 5
    assert merged(5, 9) == merged(9, 5) == 9
    assert merged(5, None) is None and merged(None, 5) is None
    assert FeedAccess(everyone, everyone).max_seq is None


def test_a_members_feed_is_stored_only_up_to_the_cap_per_event(make_core: MakeCore) -> None:
    me = make_core("Me")
    member = SigningKeyPair.generate()
    author = PublicKey(member.public_key)
    replica = _capped(me, {me.me, author})
    events = _chain(member, 3 * CAP)
    assert replica.wants(author, Note(author, FEED, 3 * CAP, events[-1].id))
    # One batch running far past the cap: its first CAP events are kept, the rest dropped.
    touched = replica.ingest_from(author, [e.raw for e in events])
    assert _held(me, author) == CAP
    assert [n.seq for n in touched] == [CAP]
    # Live-push sized batches past the cap add nothing, and nothing more is asked for.
    for start in range(CAP - 5, len(events), 7):
        replica.ingest_from(author, [e.raw for e in events[start : start + 7]])
    assert _held(me, author) == CAP
    assert not replica.wants(author, Note(author, FEED, 3 * CAP, events[-1].id))


def test_an_uncapped_topic_keeps_everything(make_core: MakeCore) -> None:
    me = make_core("Me")
    member = SigningKeyPair.generate()
    author = PublicKey(member.public_key)
    replica = _capped(me, {me.me, author}, cap=None)
    replica.ingest_from(author, [e.raw for e in _chain(member, 3 * CAP)])
    assert _held(me, author) == 3 * CAP


def test_nothing_past_the_cap_is_served_or_offered(make_core: MakeCore) -> None:
    """Even a feed held past its cap (stored before the cap, or our own) goes to others
    only up to it: notes name the cap's event, pages stop there. Its author gets it all."""
    me = make_core("Me")
    member = SigningKeyPair.generate()
    author, third = PublicKey(member.public_key), PublicKey(b"\x03" * 32)
    replica = _capped(me, {me.me, author, third})
    events = _chain(member, 3 * CAP)
    me.ingest([e.raw for e in events])  # straight into the store, past any policy
    assert _held(me, author) == 3 * CAP

    [note] = [n for n in replica.notes_for(third) if n.feed_id == FEED]
    assert (note.seq, note.head_id) == (CAP, events[CAP - 1].id)
    served = replica.events_for(third, author, FEED, 0, 1000)
    assert [e.header for e in served] == [e.raw.header for e in events[:CAP]]
    assert len(replica.events_for(third, author, FEED, CAP - 3, 2)) == 2
    assert len(replica.events_for(third, author, FEED, CAP - 3, 1000)) == 3
    assert replica.events_for(third, author, FEED, CAP, 1000) == []

    [own] = [n for n in replica.notes_for(author) if n.feed_id == FEED]
    assert own.seq == 3 * CAP
    assert len(replica.events_for(author, author, FEED, 0, 1000)) == 3 * CAP


def test_the_replication_cap_is_the_folds_update_cap() -> None:
    """Events a member's feed may have everywhere = updates the fold keeps of them: a lower
    replication cap would hide folded updates from some members, a higher one store junk."""
    assert limits.MAX_MEMBER_EVENTS == MAX_MEMBER_UPDATES
