from __future__ import annotations

from collections.abc import Callable

import pytest

from core.chat import Role, group_conversation
from core.clock import ManualClock
from core.errors import NotAllowed
from core.facade import Core
from core.feeds import feed_id_for, group_topic
from core.ids import GroupId
from tests.support.profiles import befriend, sync_all

MakeCore = Callable[[str], Core]


@pytest.fixture
def team(make_core: MakeCore, clock: ManualClock) -> tuple[Core, Core, Core, bytes]:
    # Every write moves the clock on, as real clocks do, so all replicas order alike.
    clock.now_ms = _ticking(clock)  # type: ignore[method-assign]
    alice, bob, carol = make_core("Alice"), make_core("Bob"), make_core("Carol")
    befriend(alice, bob)
    befriend(alice, carol)
    conversation = alice.groups.create("Team", [bob.me, carol.me])
    sync_all([alice, bob, carol])
    return alice, bob, carol, bytes.fromhex(conversation[2:])


def _ticking(clock: ManualClock) -> Callable[[], int]:
    def now_ms() -> int:
        clock.advance(1)
        return ManualClock.now_ms(clock)

    return now_ms


def texts(core: Core, group_id: bytes) -> list[str]:
    return [m.text for m in core.chat.history(group_conversation(group_id)) if m.system is None]


def test_members_who_are_not_friends_talk_in_the_group(
    team: tuple[Core, Core, Core, bytes],
) -> None:
    alice, bob, carol, group = team
    assert [m.role for m in bob.groups.require(group).members] == [
        Role.OWNER,
        Role.MEMBER,
        Role.MEMBER,
    ]
    bob.chat.send_text(group_conversation(group), "hi all, @Carol", mentions=[carol.me])
    carol.chat.send_text(group_conversation(group), "hi Bob")
    sync_all([alice, bob, carol])
    for core in (alice, bob, carol):
        assert texts(core, group) == ["hi all, @Carol", "hi Bob"]
    assert carol.chat.conversations()[0].unread_mention


@pytest.mark.parametrize("how", ["removed", "left"])
def test_someone_no_longer_in_the_group_cannot_read_later_messages(
    team: tuple[Core, Core, Core, bytes], how: str
) -> None:
    alice, bob, carol, group = team
    alice.chat.send_text(group_conversation(group), "before")
    sync_all([alice, bob, carol])
    epoch = alice.groups.require(group).epoch
    if how == "removed":
        alice.groups.remove_member(group, carol.me)
    else:
        carol.groups.leave(group)
        sync_all([alice, carol])  # the owner folds the leave and starts a key without Carol
    assert alice.groups.require(group).epoch == epoch + 1
    sync_all([alice, bob])  # Bob has the new key before he speaks (see docs/security.md)
    alice.chat.send_text(group_conversation(group), "after")
    bob.chat.send_text(group_conversation(group), "bob after")
    # Carol gets every raw event of every group feed (as if she copied them off the wire).
    topic = feed_id_for(group_topic(group))
    for author in (alice, bob):
        carol.ingest(author.feeds.events_since(author.me, topic, 0))
    sync_all([alice, bob, carol])
    assert texts(bob, group) == ["before", "after", "bob after"]
    assert texts(carol, group) == ["before"]
    assert alice.groups.require(group).epoch == epoch + 1  # rotated once, not on every sync
    assert not carol.groups.require(group).am_member
    with pytest.raises(NotAllowed):
        carol.chat.send_text(group_conversation(group), "let me in")


def test_only_owner_and_admins_manage_the_group(team: tuple[Core, Core, Core, bytes]) -> None:
    alice, bob, carol, group = team
    with pytest.raises(NotAllowed):
        bob.groups.rename(group, "Bob's group")
    alice.groups.set_admin(group, bob.me, True)
    sync_all([alice, bob, carol])
    bob.groups.rename(group, "Renamed by admin")
    bob.groups.set_announcement(group, "Standup at 10")
    sync_all([alice, bob, carol])
    info = carol.groups.require(group)
    assert (info.name, info.announcement) == ("Renamed by admin", "Standup at 10")
    assert info.role_of(bob.me) is Role.ADMIN
    with pytest.raises(NotAllowed):
        bob.groups.remove_member(group, alice.me)


def test_a_forged_admin_action_by_a_member_is_ignored_everywhere(
    team: tuple[Core, Core, Core, bytes],
) -> None:
    alice, bob, carol, group = team
    # Bob writes a removal event by hand, bypassing his own service's checks.
    from core.chat import group_scope
    from core.chat.group_bodies import GroupMembersBody
    from core.projection import Keyring

    with bob.database.read() as connection:
        key = Keyring.latest(connection, group_scope(group))
    assert key is not None
    bob._writer.symmetric(
        group_topic(group),
        GroupMembersBody(GroupId(group), remove=(carol.me,)).encode(),
        key.key,
    )
    sync_all([alice, bob, carol])
    for core in (alice, carol):
        assert core.groups.require(group).role_of(carol.me) is Role.MEMBER


def test_new_members_get_the_group_and_cannot_read_earlier_messages(
    team: tuple[Core, Core, Core, bytes], make_core: MakeCore
) -> None:
    alice, bob, carol, group = team
    alice.chat.send_text(group_conversation(group), "before Dan")
    dan = make_core("Dan")
    befriend(alice, dan)
    alice.groups.add_members(group, [dan.me])
    alice.chat.send_text(group_conversation(group), "welcome Dan")
    sync_all([alice, bob, carol, dan])
    assert dan.groups.require(group).am_member
    assert texts(dan, group) == ["welcome Dan"]
    assert texts(bob, group) == ["before Dan", "welcome Dan"]


def test_members_leave_and_the_owner_cannot(team: tuple[Core, Core, Core, bytes]) -> None:
    alice, bob, carol, group = team
    carol.groups.leave(group)
    sync_all([alice, bob, carol])
    assert alice.groups.require(group).role_of(carol.me) is None
    with pytest.raises(NotAllowed):
        alice.groups.leave(group)


def test_group_state_survives_a_rebuild(team: tuple[Core, Core, Core, bytes]) -> None:
    alice, bob, carol, group = team
    alice.groups.set_announcement(group, "hello")
    bob.chat.send_text(group_conversation(group), "m1")
    sync_all([alice, bob, carol])
    alice.groups.remove_member(group, carol.me)
    alice.chat.send_text(group_conversation(group), "m2")
    sync_all([alice, bob, carol])
    before = (bob.groups.require(group), bob.chat.history(group_conversation(group)))
    bob.rebuild_projections()
    assert (bob.groups.require(group), bob.chat.history(group_conversation(group))) == before
