from __future__ import annotations

from collections.abc import Callable

import pytest

from core.chat import InvalidInvite, Role
from core.clock import ManualClock
from core.facade import Core
from tests.support.profiles import befriend, sync_all

MakeCore = Callable[[str], Core]


def test_scanning_an_invite_code_gets_a_stranger_into_the_group(make_core: MakeCore) -> None:
    alice, bob, zoe = make_core("Alice"), make_core("Bob"), make_core("Zoe")
    befriend(alice, bob)
    group = bytes.fromhex(alice.groups.create("Club", [bob.me])[2:])
    code = alice.groups.invite_code(group)
    invite = zoe.join_group(code)
    assert (invite.group_name, invite.inviter.name) == ("Club", "Alice")
    sync_all([alice, bob, zoe], rounds=3)
    assert zoe.groups.require(group).am_member
    assert alice.groups.require(group).role_of(zoe.me) is Role.MEMBER
    alice.rebuild_projections()
    alice.groups.remove_member(group, zoe.me)
    alice.groups.approve_join_requests()  # an old, answered request never re-adds anyone
    assert alice.groups.require(group).role_of(zoe.me) is None


def test_bad_and_expired_codes_are_refused_clearly(make_core: MakeCore, clock: ManualClock) -> None:
    alice, zoe = make_core("Alice"), make_core("Zoe")
    group = bytes.fromhex(alice.groups.create("Club", [])[2:])
    code = alice.groups.invite_code(group, valid_for_ms=1000)
    with pytest.raises(InvalidInvite, match=r"damaged|altered"):
        zoe.join_group(code[:-8] + "AAAAAAAA")
    with pytest.raises(InvalidInvite, match="not a Hutong group invite"):
        zoe.join_group("HUTONG:C1:whatever")
    clock.advance(2000)
    with pytest.raises(InvalidInvite, match="expired"):
        zoe.join_group(code)


def test_only_owners_and_admins_make_codes(make_core: MakeCore) -> None:
    from core.errors import NotAllowed

    alice, bob = make_core("Alice"), make_core("Bob")
    befriend(alice, bob)
    group = bytes.fromhex(alice.groups.create("Club", [bob.me])[2:])
    sync_all([alice, bob])
    with pytest.raises(NotAllowed):
        bob.groups.invite_code(group)
