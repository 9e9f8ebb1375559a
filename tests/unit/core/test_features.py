"""The feature seam: features declare folds, feeds and blobs; PeerReplica asks them."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest

import core
from core.changes import Change
from core.chat import direct_conversation
from core.facade import Core
from core.features import Entitlements, Feature, Features, FeedAccess
from core.feeds import Note, feed_id_for
from core.ids import BlobId, EventId, PublicKey
from core.peer_replica import PeerReplica
from tests.support.profiles import befriend

MakeCore = Callable[[str], Core]


class CurrencyChanged(Change):
    """What a wallet feature would publish when holders of a currency change."""


def test_the_core_features_are_declared_once_with_their_folds(make_core: MakeCore) -> None:
    me = make_core("Me")
    assert [f.name for f in me.features.all] == [
        "contacts",
        "chat",
        "groups",
        "moments",
        "wallet",
        "miniprograms",
    ]
    folds = {"profile", "contact.", "chat.", "group.", "moments.", "wallet."}
    assert folds <= set(me.features.folds)


def test_two_features_cannot_claim_one_body_prefix() -> None:
    fold = object()
    with pytest.raises(ValueError, match="chat"):
        Features([Feature("a", {"chat.": fold}), Feature("b", {"chat.": fold})])  # type: ignore[dict-item]


def test_a_new_topic_is_served_and_kept_as_its_feature_says(make_core: MakeCore) -> None:
    """How the wallet registers: ``wallet/<currency>`` feeds go to the currency's holders
    and its clearer, and are kept by holders; a change of holders refreshes the policy."""
    me, holder, stranger = make_core("Me"), make_core("Holder"), make_core("Stranger")
    wallet_feed = feed_id_for("wallet/" + "ab" * 16)
    holders = {me.me, holder.me}

    def wallet_entitlements() -> Entitlements:
        members = frozenset(holders)
        return Entitlements(feeds={wallet_feed: FeedAccess(readers=members, authors=members)})

    me.features = Features(
        [
            *me.features.all,
            Feature(
                "wallet-sketch",  # the real wallet is there already, with its own topics
                entitlements=wallet_entitlements,
                entitlement_changes=(CurrencyChanged,),
                wanted_blobs=lambda: [BlobId(b"\x07" * 32)],
            ),
        ]
    )
    replica = PeerReplica(me)
    assert replica.may_serve(holder.me, me.me, wallet_feed)
    assert not replica.may_serve(stranger.me, me.me, wallet_feed)
    note = Note(holder.me, wallet_feed, 1, EventId(b"\x01" * 32))
    assert replica.wants(holder.me, note)
    # Someone who learnt the currency's id cannot make us keep a feed of theirs in it.
    assert not replica.wants(stranger.me, Note(stranger.me, wallet_feed, 1, EventId(b"\x02" * 32)))
    assert BlobId(b"\x07" * 32) in me.missing_blobs()
    holders.add(stranger.me)
    assert not replica.may_serve(stranger.me, me.me, wallet_feed)  # cached until told
    me.publish([CurrencyChanged()])
    assert replica.may_serve(stranger.me, me.me, wallet_feed)


def test_main_and_group_entitlements_still_come_from_contacts_and_groups(
    make_core: MakeCore,
) -> None:
    me, friend, other = make_core("Me"), make_core("Friend"), make_core("Other")
    befriend(me, friend)
    replica = PeerReplica(me)
    main = feed_id_for("main")
    assert replica.may_serve(friend.me, me.me, main)
    assert not replica.may_serve(other.me, me.me, main)
    me.contacts.set_blocked(friend.me, True)
    assert not replica.may_serve(friend.me, me.me, main)


def test_entitlements_merge_by_union() -> None:
    feed = feed_id_for("app/x/y")
    a, b = (PublicKey(bytes([n]) * 32) for n in (1, 2))
    merged = Entitlements.merge(
        [
            Entitlements(
                main_readers=frozenset({a}),
                feeds={feed: FeedAccess(frozenset({a}), frozenset({a}), kept=False)},
            ),
            Entitlements(
                blocked=frozenset({b}),
                feeds={feed: FeedAccess(frozenset({b}), frozenset(), kept=True)},
            ),
        ]
    )
    assert merged.main_readers == {a} and merged.blocked == {b}
    assert merged.feeds[feed] == FeedAccess(frozenset({a, b}), frozenset({a}), kept=True)
    assert merged.feeds[feed].keeps(a) and not merged.feeds[feed].keeps(b)
    assert FeedAccess(frozenset(), frozenset(), from_anyone=True).keeps(b)


FEATURE_PACKAGES = ("contacts", "chat", "moments", "wallet", "miniprograms")


@pytest.mark.parametrize("package", FEATURE_PACKAGES)
def test_feature_packages_do_not_import_each_other(package: str) -> None:
    folder = Path(core.__file__).parent / package
    if not folder.is_dir():
        pytest.skip(f"core.{package} does not exist yet")
    others = {f"core.{p}" for p in FEATURE_PACKAGES if p != package}
    for source in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                assert not any(name == o or name.startswith(o + ".") for o in others), (
                    f"{source} imports {name}: cross-feature flows live in core.facade"
                )


def test_people_answer_who_is_in_a_conversation(make_core: MakeCore) -> None:
    """What a mini-program feature asks to serve ``app/<id>/<chat>`` to the chat's members."""
    alice, bob, carol = make_core("Alice"), make_core("Bob"), make_core("Carol")
    befriend(alice, bob)
    befriend(alice, carol)
    people = alice.kit.people
    assert people.conversation_members(direct_conversation(bob.me)) == {alice.me, bob.me}
    group = alice.groups.create("Team", [bob.me, carol.me])
    assert people.conversation_members(group) == {alice.me, bob.me, carol.me}
    assert people.conversation_members("nonsense") == frozenset()
    assert set(people.friends()) == {bob.me, carol.me}
    assert people.encryption_key_of(bob.me) == bob.keys.encryption_key
