"""The issuer hands clearing to a headless node; payments then clear there."""

from __future__ import annotations

import pytest

from core.errors import InvalidInput, NotAllowed
from core.feeds import MAIN_TOPIC
from core.wallet import sign_handover
from core.wallet.views import TransferState
from tests.integration.wallet.conftest import PIN, MakeCore, Network, balances, befriend, view


def test_clearing_moves_to_a_node_and_goes_on_there(make_core: MakeCore, network: Network) -> None:
    ann, ben, node = make_core("Ann"), make_core("Ben"), make_core("Node", pin=False)
    for first, second in ((ann, ben), (ann, node)):  # Ben does not know the node
        befriend(network, first, second)
    meal = ann.wallet.issue("Canteen", "MEAL", 0, None, 1_000, PIN)
    network.exchange([ann, ben, node])
    ben.wallet.join(meal)
    network.exchange([ann, ben, node])
    eve = make_core("Eve", pin=False)  # a contact of Ben's who forges a hand-over to herself
    befriend(network, ben, eve)
    forged = sign_handover(eve.keys.signing, view(ben, meal).currency, eve.me, bytes(32), 0)
    eve.kit.writer.public(MAIN_TOPIC, forged.encode())
    network.exchange([ben, eve])  # Ben folds the forgery first
    early = ann.wallet.transfer(meal, ben.me, 100, PIN)
    with pytest.raises(InvalidInput):
        ann.wallet.hand_over_to(meal, "not a key", PIN)
    with pytest.raises(NotAllowed):
        ben.wallet.hand_over_to(meal, node.wallet.clearer_key_text(), PIN)
    ann.wallet.hand_over_to(meal, node.wallet.clearer_key_text(), PIN)
    assert not view(ann, meal).am_clearer
    network.exchange([ann, ben, node])
    assert view(node, meal).am_clearer and view(ben, meal).currency.clearing_key == node.me
    ben.wallet.accept(meal, early)  # held under Ann, released by the node
    network.exchange([ann, ben, node])
    assert ben.wallet.transfer_status(meal, early).state is TransferState.ACCEPTED
    back = ben.wallet.transfer(meal, ann.me, 40, PIN)
    network.exchange([ann, ben, node])
    ann.wallet.accept(meal, back)
    network.exchange([ann, ben, node])
    assert balances([ann, ben, node], meal) == [940, 60, 0]
    assert [view(core, meal).frozen for core in (ann, ben, node)] == [None, None, None]
    assert view(ann, meal).currency.epoch == 1
