"""Issue, join, held transfers, accept and decline, and expiry, between real profiles."""

from __future__ import annotations

import pytest

from core.clock import ManualClock
from core.errors import NotAllowed
from core.wallet import HOLD_MS
from core.wallet.views import TransferState
from tests.integration.wallet.conftest import PIN, MakeCore, Network, balances, befriend, view


def test_issue_offer_join_transfer_accept(make_core: MakeCore, network: Network) -> None:
    ann, ben = make_core("Ann"), make_core("Ben")
    befriend(network, ann, ben)
    meal = ann.wallet.issue("Canteen", "MEAL", 2, None, 10_000, PIN)
    mine = view(ann, meal)
    assert mine.joined and mine.am_issuer and mine.am_clearer
    assert (mine.balance, mine.minted) == (10_000, 10_000)

    network.exchange([ann, ben])
    offered = ben.wallet.currencies()
    assert [(v.currency.id, v.joined) for v in offered] == [(meal, False)]
    ben.wallet.join(meal)
    network.exchange([ann, ben])
    assert ben.me in ann.wallet.members(meal)

    transfer = ann.wallet.transfer(meal, ben.me, 1_250, PIN, memo="lunch")
    assert ann.wallet.transfer_status(meal, transfer).state is TransferState.HELD  # at once
    assert view(ann, meal).balance == 8_750
    network.exchange([ann, ben])
    seen = ben.wallet.transfer_status(meal, transfer)
    assert (seen.state, seen.amount, seen.memo, seen.payer) == (
        TransferState.HELD,
        1_250,
        "lunch",
        ann.me,
    )
    assert (view(ben, meal).balance, view(ben, meal).pending_in) == (0, 1_250)

    ben.wallet.accept(meal, transfer)
    assert ben.wallet.transfer_status(meal, transfer).state is TransferState.HELD  # pending
    network.exchange([ann, ben])
    assert ann.wallet.transfer_status(meal, transfer).state is TransferState.ACCEPTED
    assert ben.wallet.transfer_status(meal, transfer).state is TransferState.ACCEPTED
    assert [view(core, meal).frozen for core in (ann, ben)] == [None, None]
    assert balances([ann, ben], meal) == [8_750, 1_250]


def test_decline_returns_and_expiry_by_the_clearers_clock(
    make_core: MakeCore, network: Network, clock: ManualClock
) -> None:
    ann, ben = make_core("Ann"), make_core("Ben")
    befriend(network, ann, ben)
    meal = ann.wallet.issue("Canteen", "MEAL", 0, None, 100, PIN)
    network.exchange([ann, ben])
    ben.wallet.join(meal)
    network.exchange([ann, ben])

    declined = ann.wallet.transfer(meal, ben.me, 30, PIN)
    network.exchange([ann, ben])
    ben.wallet.decline(meal, declined)
    network.exchange([ann, ben])
    assert ben.wallet.transfer_status(meal, declined).state is TransferState.DECLINED
    assert view(ann, meal).balance == 100

    late = ann.wallet.transfer(meal, ben.me, 40, PIN)
    network.exchange([ann, ben])
    clock.advance(HOLD_MS)
    assert ann.wallet.clear_pending() == 1  # the node's timer: the hold went back
    accept = ben.wallet.accept(meal, late)  # Ben has not seen the return yet
    network.exchange([ann, ben])
    assert ben.wallet.transfer_status(meal, late).state is TransferState.RETURNED
    refused = ben.wallet.transfer_status(meal, accept)  # the accept's own outcome
    assert (refused.state, refused.reason) == (TransferState.REFUSED, "already-settled")
    with pytest.raises(NotAllowed):
        ben.wallet.accept(meal, late)  # now Ben knows
    assert balances([ann, ben], meal) == [100, 0]
