"""The wallet's fold only takes bodies in their place, and only a clearer's records count."""

from __future__ import annotations

from collections.abc import Callable

from core.facade import Core
from core.feeds import MAIN_TOPIC, feed_id_for
from core.ids import EventId, PublicKey
from core.wallet import (
    Cleared,
    ClearedOp,
    CurrencyId,
    CurrencyIssue,
    MintIntent,
    clearing_topic,
    clearing_vrf_key,
    intents_topic,
)
from tests.support.profiles import befriend

MakeCore = Callable[[str], Core]
PIN = "135790"


def test_bodies_out_of_place_are_not_folded(make_core: MakeCore) -> None:
    ann = make_core("Ann")
    issue = CurrencyIssue(
        "Canteen", "MEAL", 0, ann.me, clearing_vrf_key(ann.keys.signing).public_key
    )
    elsewhere = ann.kit.writer.public("wallet/" + "00" * 32, issue.encode())
    assert ann.wallet.currency(CurrencyId(elsewhere.id)) is None  # an issue outside a main feed
    ann.wallet.set_pin(PIN)
    meal = ann.wallet.issue("Canteen", "MEAL", 0, None, 0, PIN)
    mint = MintIntent(ann.me, 500, bytes(16))
    ann.kit.writer.public(MAIN_TOPIC, mint.encode())  # an intent in a main feed
    ann.wallet.clear_pending()
    view = ann.wallet.currency(meal)
    assert view is not None and view.balance == 0 and view.minted == 0


def test_records_count_only_from_the_currencys_clearer(make_core: MakeCore) -> None:
    ann, eve = make_core("Ann"), make_core("Eve")
    befriend(ann, eve)
    ann.wallet.set_pin(PIN)
    meal = ann.wallet.issue("Canteen", "MEAL", 0, None, 100, PIN)
    forged = Cleared(EventId(b"\x05" * 32), ClearedOp.MINT, None, eve.me, 1_000, bytes(16))
    eve.kit.writer.public(clearing_topic(meal), forged.encode())
    feed = feed_id_for(clearing_topic(meal))
    ann.ingest(eve.feeds.events_since(eve.me, feed, 0))  # even stored here, it does not count
    view = ann.wallet.currency(meal)
    assert view is not None
    assert (view.minted, view.frozen, view.holders) == (100, None, 1)
    assert ann.wallet.members(meal) == frozenset({ann.me})


def test_entitlements_follow_joins(make_core: MakeCore) -> None:
    ann, ben = make_core("Ann"), make_core("Ben")
    befriend(ann, ben)
    ann.wallet.set_pin(PIN)
    meal = ann.wallet.issue("Canteen", "MEAL", 0, None, 0, PIN)
    befriend(ann, ben)  # Ben receives the issue
    intents, clearing = feed_id_for(intents_topic(meal)), feed_id_for(clearing_topic(meal))

    def access(core: Core, feed: bytes) -> tuple[frozenset[bytes], frozenset[bytes], bool]:
        granted = core.features.entitlements().feeds[feed]  # type: ignore[index]
        return granted.readers, granted.authors, granted.kept

    assert access(ben, clearing)[2] is False  # offered, not held
    ben.wallet.join(meal)
    assert access(ben, clearing) == (frozenset({ann.me, ben.me}), frozenset({ann.me}), True)
    befriend(ann, ben)
    readers, authors, kept = access(ann, intents)
    assert kept and readers == frozenset({ann.me, ben.me})
    assert PublicKey(ben.me) in authors
