"""A clearer that signs two histories freezes its currency on every replica, with the proof."""

from __future__ import annotations

import pytest

from core.errors import NotAllowed
from core.feeds import feed_id_for
from core.wallet import clearing_topic
from tests.integration.wallet.conftest import PIN, MakeCore, Network, befriend, clone, view


def test_a_forked_clearing_feed_freezes_every_replica(
    make_core: MakeCore, network: Network
) -> None:
    ann, ben, cai = make_core("Ann"), make_core("Ben"), make_core("Cai")
    befriend(network, ann, ben)
    befriend(network, ann, cai)
    meal = ann.wallet.issue("Canteen", "MEAL", 0, None, 100, PIN)
    network.exchange([ann, ben, cai])
    ben.wallet.join(meal)
    cai.wallet.join(meal)
    network.exchange([ann, ben, cai])
    ann, twin = clone(make_core, ann, "Ann's twin")
    ann.wallet.mint(meal, 10, PIN)  # record n in one history …
    twin.wallet.mint(meal, 20, PIN)  # … and another record n in the other
    network.exchange([ann, ben])  # Ben first sees one history, then the other
    network.exchange([twin, ben])
    network.exchange([ann, ben, cai, twin])
    for core in (ann, twin, ben, cai):
        frozen = view(core, meal).frozen
        assert frozen is not None, core.name
        assert frozen.proof is not None or frozen.first is not None
    proof = view(cai, meal).frozen
    assert proof is not None and proof.proof is not None
    assert proof.proof.feed_id == feed_id_for(clearing_topic(meal))
    with pytest.raises(NotAllowed, match="frozen"):
        ben.wallet.transfer(meal, cai.me, 1, PIN)
    ben.rebuild_projections()
    assert view(ben, meal).frozen is not None  # the proof is in the store, not only in memory
