"""The wallet between three real peers over Noise/TCP on loopback: the entitlements carry a
currency's feeds to its members (and only them), live, and payments clear at the issuer."""

from __future__ import annotations

from collections.abc import Callable

from core.feeds import feed_id_for
from core.wallet import CurrencyId, intents_topic
from core.wallet.views import TransferState
from tests.integration.sync.conftest import Peer, befriend, wait_until

MakePeer = Callable[..., Peer]
PIN = "246810"


def _balance(peer: Peer, currency: CurrencyId) -> int | None:
    view = peer.core.wallet.currency(currency)
    return None if view is None else view.balance


def test_a_currency_over_the_network(make_peer: MakePeer) -> None:
    ann, ben, cai = make_peer("Ann"), make_peer("Ben"), make_peer("Cai")
    ben.dial(ann)
    cai.dial(ann)
    cai.dial(ben)
    befriend(ann, ben)
    befriend(ann, cai)  # Ben and Cai are not friends
    for peer in (ann, ben, cai):
        peer.core.wallet.set_pin(PIN)
    meal = ann.core.wallet.issue("Canteen", "MEAL", 0, None, 1_000, PIN)
    wait_until(lambda: ben.core.wallet.currency(meal) is not None)
    wait_until(lambda: cai.core.wallet.currency(meal) is not None)
    ben.core.wallet.join(meal)
    cai.core.wallet.join(meal)
    wait_until(lambda: {ben.core.me, cai.core.me} <= ann.core.wallet.members(meal))

    transfer = ann.core.wallet.transfer(meal, ben.core.me, 100, PIN, memo="lunch")
    wait_until(lambda: ben.core.wallet.transfer_status(meal, transfer).state is TransferState.HELD)
    ben.core.wallet.accept(meal, transfer)
    wait_until(lambda: _balance(ben, meal) == 100)

    code = ben.core.wallet.read_code(cai.core.wallet.receive_code(meal, 30))
    paid = ben.core.wallet.pay(code, PIN)  # Ben has no card of Cai's: sealed to Ann only
    wait_until(lambda: _balance(cai, meal) == 30)
    wait_until(lambda: _balance(ben, meal) == 70 and _balance(ann, meal) == 900)
    assert ben.core.wallet.transfer_status(meal, paid).state is TransferState.CLEARED
    assert cai.core.wallet.transfer_status(meal, paid).state is TransferState.CLEARED
    # Cai holds the clearing feed; Ben's intents came to Cai only if entitled: Cai is a member.
    assert cai.core.feeds.note(ben.core.me, feed_id_for(intents_topic(meal))) is not None
