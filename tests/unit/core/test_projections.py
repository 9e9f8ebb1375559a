"""Projections can be dropped and rebuilt from the feeds to the same state."""

from __future__ import annotations

from collections.abc import Callable

from core.chat import direct_conversation, group_conversation
from core.clock import ManualClock
from core.facade import Core
from tests.support.profiles import befriend, sync_all

MakeCore = Callable[[str], Core]


def snapshot(core: Core) -> object:
    conversations = core.chat.conversations()
    return (
        core.contacts.all_contacts(),
        conversations,
        {c.id: core.chat.history(c.id, limit=1000) for c in conversations},
        core.groups.groups(),
        core.name,
    )


def test_rebuilding_gives_the_same_state(make_core: MakeCore, clock: ManualClock) -> None:
    alice, bob, carol = make_core("Alice"), make_core("Bob"), make_core("Carol")
    befriend(alice, bob)
    befriend(bob, carol)
    alice.contacts.set_remark(bob.me, "B")
    group = bob.groups.create("Trio", [alice.me, carol.me])
    sync_all([alice, bob, carol])
    for n in range(5):
        clock.advance(500)
        alice.chat.send_text(direct_conversation(bob.me), f"hello {n}")
        carol.chat.send_text(group, f"group {n}")
    sync_all([alice, bob, carol])
    message = bob.chat.send_text(direct_conversation(alice.me), "to recall")
    bob.chat.recall(message.event_id)
    bob.groups.rename(bytes.fromhex(group[2:]), "Trio!")
    sync_all([alice, bob, carol])
    bob.chat.mark_read(direct_conversation(alice.me))
    for core in (alice, bob, carol):
        before = snapshot(core)
        core.rebuild_projections()
        assert snapshot(core) == before
    assert group_conversation(bytes.fromhex(group[2:])) == group


def test_a_crash_between_storing_and_folding_is_caught_up_on_open(
    make_core: MakeCore, tmp_path: object
) -> None:
    alice, bob = make_core("Alice"), make_core("Bob")
    befriend(alice, bob)
    alice.chat.send_text(direct_conversation(bob.me), "one")
    # Store Alice's new events in Bob's feeds without folding (as if Bob died right after).
    for note in alice.feeds.notes():
        bob.feeds.ingest(alice.feeds.events_since(note.author, note.feed_id, 0))
    assert bob.chat.conversations() == []
    bob.catch_up()
    assert [m.text for m in bob.chat.history(direct_conversation(alice.me))] == ["one"]
