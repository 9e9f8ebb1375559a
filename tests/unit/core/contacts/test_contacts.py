from __future__ import annotations

from collections.abc import Callable

import pytest

from core.changes import ContactChanged
from core.contacts import ContactState
from core.errors import InvalidCard, InvalidInput, NotAllowed, NotFound
from core.facade import Core
from tests.support.profiles import befriend, sync_all

MakeCore = Callable[[str], Core]


def test_a_request_carries_its_message_and_acceptance_makes_friends(make_core: MakeCore) -> None:
    alice, bob = make_core("Alice"), make_core("Bob")
    alice.contacts.add_from_card(bob.card().to_text(), "It's Alice from the 3rd floor")
    assert alice.contacts.require(bob.me).state is ContactState.REQUESTED
    sync_all([alice, bob])
    (request,) = bob.contacts.requests()
    assert (request.name, request.request_message) == ("Alice", "It's Alice from the 3rd floor")
    assert request.state is ContactState.PENDING
    bob.contacts.accept(alice.me)
    sync_all([alice, bob])
    assert alice.contacts.require(bob.me).is_friend and bob.contacts.require(alice.me).is_friend


def test_requesting_someone_who_asked_first_accepts_them(make_core: MakeCore) -> None:
    alice, bob = make_core("Alice"), make_core("Bob")
    alice.contacts.add_from_card(bob.card().to_text())
    sync_all([alice, bob])
    bob.contacts.add_from_card(alice.card().to_text())
    sync_all([alice, bob])
    assert alice.contacts.require(bob.me).is_friend and bob.contacts.require(alice.me).is_friend


def test_crossing_requests_make_friends(make_core: MakeCore) -> None:
    alice, bob = make_core("Alice"), make_core("Bob")
    alice.contacts.add_from_card(bob.card().to_text())
    bob.contacts.add_from_card(alice.card().to_text())
    sync_all([alice, bob])
    assert alice.contacts.require(bob.me).is_friend and bob.contacts.require(alice.me).is_friend


def test_decline_is_silent_and_an_unasked_accept_is_ignored(make_core: MakeCore) -> None:
    alice, bob, mallory = make_core("Alice"), make_core("Bob"), make_core("Mallory")
    alice.contacts.add_from_card(bob.card().to_text())
    sync_all([alice, bob])
    bob.contacts.decline(alice.me)
    sync_all([alice, bob])
    assert bob.contacts.require(alice.me).state is ContactState.DECLINED
    assert alice.contacts.require(bob.me).state is ContactState.REQUESTED
    with pytest.raises(NotFound):
        mallory.contacts.accept(alice.me)
    with pytest.raises(NotAllowed, match="no request"):
        alice.contacts.accept(bob.me)


def test_remarks_tags_block_and_verified_are_kept_and_rebuilt(make_core: MakeCore) -> None:
    alice, bob = make_core("Alice"), make_core("Bob")
    befriend(alice, bob)
    alice.contacts.set_remark(bob.me, "Bob (accounts)")
    alice.contacts.set_tags(bob.me, ["work", "lunch", "work"])
    alice.contacts.set_verified(bob.me, True)
    alice.contacts.set_blocked(bob.me, True)
    alice.rebuild_projections()
    bob_seen = alice.contacts.require(bob.me)
    assert bob_seen.display_name == "Bob (accounts)"
    assert bob_seen.tags == ("lunch", "work") and bob_seen.verified and bob_seen.blocked
    assert alice.contacts.friends() == [] and alice.contacts.tags() == ["lunch", "work"]
    alice.contacts.set_blocked(bob.me, False)
    assert [c.identity for c in alice.contacts.with_tag("work")] == [bob.me]


def test_bad_input_is_refused_clearly_and_changes_nothing(make_core: MakeCore) -> None:
    alice = make_core("Alice")
    with pytest.raises(InvalidCard):
        alice.contacts.add_from_card("HUTONG:C1:GARBAGE")
    with pytest.raises(NotAllowed, match="own card"):
        alice.contacts.add_from_card(alice.card().to_text())
    with pytest.raises(InvalidInput):
        alice.contacts.add_from_card(make_core("Bob").card().to_text(), "x" * 201)
    assert alice.contacts.all_contacts() == []


def test_safety_numbers_match_on_both_sides(make_core: MakeCore) -> None:
    alice, bob = make_core("Alice"), make_core("Bob")
    befriend(alice, bob)
    assert alice.contacts.safety_number(bob.me) == bob.contacts.safety_number(alice.me)


def test_changes_are_published_after_commit(make_core: MakeCore) -> None:
    alice, bob = make_core("Alice"), make_core("Bob")
    seen: list[object] = []

    def listener(changes: object) -> None:
        # After commit: a fresh read already sees the new contact.
        seen.append((changes, alice.contacts.get(bob.me)))

    alice.subscribe(listener)
    alice.contacts.add_from_card(bob.card().to_text())
    announced = [contact for changes, contact in seen if ContactChanged(bob.me) in changes]
    assert announced and all(contact is not None for contact in announced)


def test_a_profile_card_without_addresses_keeps_the_known_ones(make_core: MakeCore) -> None:
    from core.identity import Address

    alice, bob = make_core("Alice"), make_core("Bob")
    bob.set_addresses([Address("10.0.0.7", 7733)])
    alice.contacts.add_from_card(bob.card().to_text())
    assert alice.contacts.require(bob.me).addresses == (Address("10.0.0.7", 7733),)
    sync_all([alice, bob])  # Bob's profile event (a card with no address) arrives
    assert alice.contacts.require(bob.me).addresses == (Address("10.0.0.7", 7733),)
