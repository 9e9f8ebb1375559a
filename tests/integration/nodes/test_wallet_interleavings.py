"""Two devices with one cloned key sign conflicting transfers: 1,000 arrival orders at a real
clearer (a real Core: feed store, ingest, fold, the wallet's clearing run), in-process.

Ann (100 on the books) is copied, profile folder and all, to a second machine. Each machine
then pays from the same 100: the first 60 to Ben then 30 to Ben, the second 60 to Cai then 40
to Cai. The issuer's profile (the clearer) is copied fresh for every order; the four intents
arrive in a random order, some twice, in random batches, with clearing passes in between;
then everything is delivered once more (a gap left by an early event is filled).

In every order: exactly one of the two conflicting first transfers clears; only the chain of
the device that reached the clearer first can clear anything; no one is overdrawn and money
is conserved; the clearer holds the fork proof of Ann's wallet feed. (The spreading of that
proof between node processes is in test_wallet_nodes.py.)
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.crypto import KdfParams
from core.facade import Core
from core.feeds import RawEvent, check_event, check_fork_proof, feed_id_for
from core.ids import EventId
from core.wallet.values import CurrencyId, intents_topic
from core.wallet.views import TransferState
from hutong.bench.sync import befriend
from hutong.control_wallet import clearing_ledger
from tests.integration.nodes.wallet_world import sync_cores

pytestmark = [pytest.mark.slow]
ORDERS = 1_000
PIN = "135790"


@dataclass(frozen=True)
class Race:
    clearer: Path  # the issuer's profile, stopped, before any of the four intents arrived
    currency: CurrencyId
    chains: tuple[tuple[EventId, ...], tuple[EventId, ...]]  # each machine's transfers, in order
    events: tuple[tuple[RawEvent, ...], tuple[RawEvent, ...]]
    amounts: dict[EventId, int]


@pytest.fixture(scope="module")
def race(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Race]:
    root = tmp_path_factory.mktemp("race")
    fast = KdfParams.minimal()
    issuer, ann, ben, cai = (
        Core.open(root / name, name=name, kdf=fast) for name in ("Issuer", "Ann", "Ben", "Cai")
    )
    for member in (ann, ben, cai):
        befriend(issuer, member)
    befriend(ann, ben)
    befriend(ann, cai)
    for core in (issuer, ann, ben, cai):
        core.wallet.set_pin(PIN)
    currency = issuer.wallet.issue("Meal credits", "MEAL", 2, None, 1_000, PIN)
    sync_cores(issuer, ann, ben, cai)
    for member in (ann, ben, cai):
        member.wallet.join(currency)
    sync_cores(issuer, ann, ben, cai)
    issuer.wallet.pay(issuer.wallet.read_code(ann.wallet.receive_code(currency, 100)), PIN)
    sync_cores(issuer, ann, ben, cai)
    assert ann.wallet.currency(currency).balance == 100  # type: ignore[union-attr]
    to_ben = [ben.wallet.receive_code(currency, amount) for amount in (60, 30)]
    to_cai = [cai.wallet.receive_code(currency, amount) for amount in (60, 40)]
    for core in (issuer, ben, cai, ann):
        core.close()

    shutil.copytree(root / "Ann", root / "Ann-twin")
    feed = feed_id_for(intents_topic(currency))
    chains: list[tuple[EventId, ...]] = []
    events: list[tuple[RawEvent, ...]] = []
    amounts: dict[EventId, int] = {}
    for folder, codes, paid in (("Ann", to_ben, (60, 30)), ("Ann-twin", to_cai, (60, 40))):
        with Core.open(root / folder) as machine:
            chain = tuple(machine.wallet.pay(machine.wallet.read_code(c), PIN) for c in codes)
            chains.append(chain)
            amounts.update(zip(chain, paid, strict=True))
            events.append(tuple(machine.feeds.events_since(machine.me, feed, 0)))
    assert (
        [check_event(e).seq for e in events[0]] == [1, 2] == [check_event(e).seq for e in events[1]]
    )
    assert events[0][0] != events[1][0]  # one position, two different events: a fork
    yield Race(root / "Issuer", currency, (chains[0], chains[1]), (events[0], events[1]), amounts)


def deliver_in_random_order(clearer: Core, race: Race, rng: random.Random) -> bool:
    """Deliver; whether the first of the two conflicting intents arrived with nothing of the
    other machine (then the clearer decided it before it could know of the fork)."""
    firsts = {race.events[0][0], race.events[1][0]}
    machines = [set(race.events[0]), set(race.events[1])]
    alone: bool | None = None
    pieces = [*race.events[0], *race.events[1]]
    pieces += rng.sample(pieces, rng.randint(0, 2))  # some arrive twice
    rng.shuffle(pieces)
    while pieces:
        size = rng.randint(1, 3)
        batch, pieces = pieces[:size], pieces[size:]
        if alone is None and firsts & set(batch):
            alone = any(set(batch) <= events for events in machines)
        clearer.ingest(batch)
        if rng.random() < 0.5:
            clearer.wallet.clear_pending()
    again = [*race.events[0], *race.events[1]]
    rng.shuffle(again)
    for event in again:  # late copies: fill any gap an early event left
        clearer.ingest([event])
    clearer.wallet.clear_pending()
    return bool(alone)


def test_conflicting_transfers_from_one_cloned_key_in_1000_arrival_orders(
    race: Race, tmp_path: Path
) -> None:
    rng = random.Random(20_261_204)
    winners = {0: 0, 1: 0}
    together = {True: 0, False: 0}
    feed = feed_id_for(intents_topic(race.currency))
    for order in range(ORDERS):
        folder = tmp_path / f"clearer-{order}"
        shutil.copytree(race.clearer, folder)
        with Core.open(folder) as clearer:
            both_together = not deliver_in_random_order(clearer, race, rng)
            wallet = clearer.wallet
            states = [
                [wallet.transfer_status(race.currency, t).state for t in chain]
                for chain in race.chains
            ]
            cleared = [[s == TransferState.CLEARED for s in chain] for chain in states]
            # Exactly one of the two conflicting first transfers clears, also when both
            # arrived in one batch (the clearer knew of the fork before deciding either) ...
            assert cleared[0][0] != cleared[1][0], (order, both_together, states)
            winner = 0 if cleared[0][0] else 1
            together[both_together] += 1
            winners[winner] += 1
            # ... and nothing of the other machine's chain ever does.
            assert not any(cleared[1 - winner]), (order, states)
            paid = sum(
                race.amounts[t]
                for chain, flags in zip(race.chains, cleared, strict=True)
                for t, ok in zip(chain, flags, strict=True)
                if ok
            )
            view = wallet.currency(race.currency)
            assert view is not None and view.frozen is None
            ledger = clearing_ledger(clearer, race.currency)
            assert ledger is not None and ledger.conservation_holds()
            ann = check_event(race.events[0][0]).author
            assert ledger.balance(ann) == 100 - paid and ledger.minted == 1_000
            proofs = {check_fork_proof(p)[:2] for p in clearer.feeds.fork_proofs()}
            assert (ann, feed) in proofs, order
        shutil.rmtree(folder)
    # Both machines won some orders, and the clearer met both kinds of arrival.
    assert winners[0] > 100 and winners[1] > 100, winners
    assert together[True] > 100 and together[False] > 100, together


def test_exactly_one_clears_when_both_conflicting_intents_arrive_in_one_batch(
    race: Race, tmp_path: Path
) -> None:
    folder = tmp_path / "clearer"
    shutil.copytree(race.clearer, folder)
    with Core.open(folder) as clearer:
        clearer.ingest([race.events[0][0], race.events[1][0]])
        clearer.wallet.clear_pending()
        firsts = [
            clearer.wallet.transfer_status(race.currency, chain[0]).state for chain in race.chains
        ]
    assert firsts.count(TransferState.CLEARED) == 1, firsts
