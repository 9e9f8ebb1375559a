"""Who shares a currency's feeds, the PIN before every payment, pending while the clearer is
away, and a rebuild that folds the same balances."""

from __future__ import annotations

import pytest

from core.clock import ManualClock
from core.errors import NotAllowed
from core.feeds import Note, feed_id_for
from core.ids import EventId
from core.wallet import PinLocked, intents_topic
from core.wallet.views import TransferState
from tests.integration.wallet.conftest import PIN, MakeCore, Network, balances, befriend, view


def test_a_wrong_pin_changes_nothing_and_repeated_ones_lock(
    make_core: MakeCore, network: Network, clock: ManualClock
) -> None:
    ann, ben = make_core("Ann"), make_core("Ben")
    befriend(network, ann, ben)
    meal = ann.wallet.issue("Canteen", "MEAL", 0, None, 100, PIN)
    heads = ann.feeds.notes()
    for _ in range(3):
        with pytest.raises(NotAllowed, match="wrong payment PIN"):
            ann.wallet.transfer(meal, ben.me, 10, "000000")
    assert ann.feeds.notes() == heads  # nothing signed
    assert ann.wallet.pin_locked_until() is not None
    with pytest.raises(PinLocked):
        ann.wallet.transfer(meal, ben.me, 10, PIN)  # even the right PIN waits
    clock.advance(30_000)
    ann.wallet.transfer(meal, ben.me, 10, PIN)
    with pytest.raises(NotAllowed, match="wrong payment PIN"):
        ann.wallet.issue("Other", "OTH", 0, None, 0, "123456")
    with pytest.raises(NotAllowed):
        ann.wallet.set_pin("111111", "999999")  # changing it needs the current PIN
    ann.wallet.set_pin("111111", PIN)
    ann.wallet.mint(meal, 5, "111111")
    assert view(ann, meal).balance == 95


def test_no_pin_no_payment(make_core: MakeCore) -> None:
    ann = make_core("Ann", pin=False)
    assert not ann.wallet.has_pin()
    with pytest.raises(NotAllowed, match="set a payment PIN"):
        ann.wallet.issue("Canteen", "MEAL", 0, None, 0, PIN)


def test_a_strangers_intents_feed_is_not_kept(make_core: MakeCore, network: Network) -> None:
    ann, ben, eve = make_core("Ann"), make_core("Ben"), make_core("Eve")
    befriend(network, ann, ben)
    meal = ann.wallet.issue("Canteen", "MEAL", 0, None, 100, PIN)
    network.exchange([ann, ben])
    ben.wallet.join(meal)
    network.exchange([ann, ben])
    feed = feed_id_for(intents_topic(meal))
    replica = network.replica(ann)
    stranger = Note(eve.me, feed, 1, EventId(b"\x01" * 32))
    assert not replica.wants(eve.me, stranger)  # the currency id is public: not enough
    assert replica.wants(ben.me, Note(ben.me, feed, 1, EventId(b"\x02" * 32)))
    clearing = feed_id_for(f"wallet/{meal.hex()}/clearing")
    assert replica.may_serve(ben.me, ann.me, clearing)
    assert not replica.may_serve(eve.me, ann.me, clearing)
    assert not network.replica(eve).wants(ann.me, Note(ann.me, clearing, 1, EventId(b"\x03" * 32)))


def test_the_issuer_offline_payments_wait_then_clear(make_core: MakeCore, network: Network) -> None:
    ann, ben, cai = make_core("Ann"), make_core("Ben"), make_core("Cai")
    befriend(network, ann, ben)
    befriend(network, ann, cai)
    befriend(network, ben, cai)
    meal = ann.wallet.issue("Canteen", "MEAL", 0, None, 1_000, PIN)
    network.exchange([ann, ben, cai])
    ben.wallet.join(meal)
    cai.wallet.join(meal)
    network.exchange([ann, ben, cai])
    paid = ann.wallet.transfer(meal, ben.me, 300, PIN)
    network.exchange([ann, ben, cai])
    ben.wallet.accept(meal, paid)
    network.exchange([ann, ben])
    # Ann (issuer and clearer) goes away; Ben pays Cai: pending on both sides.
    to_cai = ben.wallet.transfer(meal, cai.me, 100, PIN)
    network.exchange([ben, cai])
    ben_view, cai_view = view(ben, meal), view(cai, meal)
    assert (ben_view.balance, ben_view.available, ben_view.pending_out) == (300, 200, 100)
    assert (cai_view.balance, cai_view.pending_in) == (0, 100)
    assert cai.wallet.transfer_status(meal, to_cai).state is TransferState.PENDING
    with pytest.raises(NotAllowed, match="not enough"):
        ben.wallet.transfer(meal, cai.me, 250, PIN)  # pending money is not spendable
    network.exchange([ann, ben, cai])  # Ann is back
    assert cai.wallet.transfer_status(meal, to_cai).state is TransferState.HELD
    cai.wallet.accept(meal, to_cai)
    network.exchange([ann, ben, cai])
    assert balances([ann, ben, cai], meal) == [700, 200, 100]
    before = [c.wallet.currency(meal) for c in (ann, ben, cai)]
    bills = cai.wallet.bills(meal)
    for core in (ann, ben, cai):
        core.rebuild_projections()
    assert [c.wallet.currency(meal) for c in (ann, ben, cai)] == before
    assert cai.wallet.bills(meal) == bills
