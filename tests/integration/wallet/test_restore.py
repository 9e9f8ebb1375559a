"""A profile restored from its key file never forks its wallet feeds while they come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import NotAllowed
from core.facade import Core
from core.feeds import MAIN_FEED, feed_id_for
from core.wallet import CurrencyId, clearing_topic, intents_topic
from core.wallet.views import TransferState
from tests.integration.wallet.conftest import PIN, MakeCore, Network, balances, befriend, view


def _lose_database(make_core: MakeCore, core: Core) -> Core:
    folder: Path = core.profile
    core.close()
    for path in folder.glob("hutong.db*"):
        path.unlink()
    restored = make_core(folder.name, folder=folder, pin=False)
    assert restored.recovering
    return restored


def _give_back(target: Core, source: Core, topic: str, author: Core | None = None) -> None:
    """``source``'s copy of a feed: ``target``'s own (by default) or ``author``'s."""
    feed = MAIN_FEED if topic == "main" else feed_id_for(topic)
    target.ingest(source.feeds.events_since((author or target).me, feed, 0))


def _setup(make_core: MakeCore, network: Network) -> tuple[CurrencyId, Core, Core, Core]:
    ann, ben, cai = make_core("Ann"), make_core("Ben"), make_core("Cai")
    for first, second in ((ann, ben), (ann, cai), (ben, cai)):
        befriend(network, first, second)
    meal = ann.wallet.issue("Canteen", "MEAL", 0, None, 1_000, PIN)
    network.exchange([ann, ben, cai])
    ben.wallet.join(meal)
    cai.wallet.join(meal)
    network.exchange([ann, ben, cai])
    paid = ann.wallet.transfer(meal, ben.me, 100, PIN)
    network.exchange([ann, ben, cai])
    ben.wallet.accept(meal, paid)
    network.exchange([ann, ben, cai])
    return meal, ann, ben, cai


def test_a_restored_issuer_waits_before_clearing_again(
    make_core: MakeCore, network: Network
) -> None:
    meal, ann, ben, cai = _setup(make_core, network)
    ann = _lose_database(make_core, ann)
    _give_back(ann, ben, "main")  # the main feed first: recovery ends …
    assert not ann.recovering
    to_cai = ben.wallet.transfer(meal, cai.me, 30, PIN)
    ann.ingest(ben.feeds.events_since(ben.me, feed_id_for(intents_topic(meal)), 0))
    seen = view(ann, meal)  # … but Ann's clearing feed is not back: she must not clear
    assert seen.am_clearer and seen.clearing_paused
    assert ann.feeds.note(ann.me, feed_id_for(clearing_topic(meal))) is None
    with pytest.raises(NotAllowed):
        ben.wallet.resume_clearing(meal)  # only the clearer's device
    network.exchange([ann, ben, cai])  # everything is back; still nothing was cleared
    assert view(ann, meal).clearing_paused
    assert ben.wallet.transfer_status(meal, to_cai).state is TransferState.PENDING
    ann.wallet.resume_clearing(meal)  # the operator, once the members were online
    assert not view(ann, meal).clearing_paused
    network.exchange([ann, ben, cai])
    assert ben.wallet.transfer_status(meal, to_cai).state is TransferState.HELD
    assert [view(core, meal).frozen for core in (ann, ben, cai)] == [None, None, None]
    assert balances([ann, ben, cai], meal) == [900, 70, 0]


def test_a_restored_member_does_not_pay_before_its_intents_are_back(
    make_core: MakeCore, network: Network
) -> None:
    meal, ann, ben, cai = _setup(make_core, network)
    ben = _lose_database(make_core, ben)
    ben.wallet.set_pin(PIN)
    _give_back(ben, ann, "main")  # recovered: his main feed is back …
    _give_back(ben, ann, "main", ann)
    _give_back(ben, ann, clearing_topic(meal), ann)  # … and his money, but not his accept
    assert view(ben, meal).balance == 100
    with pytest.raises(NotAllowed, match="not come back"):
        ben.wallet.transfer(meal, cai.me, 10, PIN)
    network.exchange([ann, ben, cai])
    ben.wallet.transfer(meal, cai.me, 10, PIN)
    network.exchange([ann, ben, cai])
    assert [view(core, meal).frozen for core in (ann, ben, cai)] == [None, None, None]
    assert balances([ann, ben], meal) == [900, 90]
