"""Accept against the 24 h return, at the boundary, through real Cores with injected clocks.

Node processes run on the wall clock, so this race is run in-process: the clearer is a real
Core (feed store, ingest, fold, the wallet's clearing run) whose clock is a ManualClock set to
the millisecond around the held transfer's expiry when the payee's accept arrives. Each case
starts from a copy of the same clearer profile. Exactly one of accept and return happens,
on the side of the boundary the clearer's clock says, and the payee's replica agrees.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.clock import ManualClock
from core.crypto import KdfParams
from core.facade import Core
from core.feeds import RawEvent, feed_id_for
from core.ids import EventId, PublicKey
from core.wallet import HOLD_MS
from core.wallet.values import CurrencyId, intents_topic
from core.wallet.views import TransferState
from hutong.bench.sync import befriend
from hutong.control_wallet import clearing_ledger
from tests.integration.nodes.wallet_world import sync_cores

pytestmark = [pytest.mark.slow]
PIN = "135790"
T0 = 1_800_000_000_000


@dataclass(frozen=True)
class HeldTransfer:
    root: Path
    currency: CurrencyId
    transfer: EventId
    accept: tuple[RawEvent, ...]  # the payee's accept, signed, not yet at the clearer
    payer: PublicKey
    payee: PublicKey


@pytest.fixture(scope="module")
def held(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HeldTransfer]:
    root = tmp_path_factory.mktemp("held")
    fast = KdfParams.minimal()
    clock = ManualClock(T0)
    issuer = Core.open(root / "Issuer", name="Issuer", kdf=fast, clock=clock)
    ann, ben = (Core.open(root / n, name=n, kdf=fast) for n in ("Ann", "Ben"))
    befriend(issuer, ann)
    befriend(issuer, ben)
    befriend(ann, ben)
    for core in (issuer, ann, ben):
        core.wallet.set_pin(PIN)
    currency = issuer.wallet.issue("Meal credits", "MEAL", 2, None, 1_000, PIN)
    sync_cores(issuer, ann, ben)
    ann.wallet.join(currency)
    ben.wallet.join(currency)
    sync_cores(issuer, ann, ben)
    issuer.wallet.pay(issuer.wallet.read_code(ann.wallet.receive_code(currency, 100)), PIN)
    sync_cores(issuer, ann, ben)
    transfer = ann.wallet.transfer(currency, ben.me, 40, PIN, memo="dinner")
    sync_cores(issuer, ann, ben)  # the clearer holds it at T0: it goes back at T0 + 24 h
    status = ben.wallet.transfer_status(currency, transfer)
    assert status.state == TransferState.HELD and status.expires_ms == T0 + HOLD_MS
    feed = feed_id_for(intents_topic(currency))
    before = ben.feeds.note(ben.me, feed)
    ben.wallet.accept(currency, transfer)
    accept = tuple(ben.feeds.events_since(ben.me, feed, 0 if before is None else before.seq))
    assert len(accept) == 1
    payer, payee = ann.me, ben.me
    for core in (issuer, ann, ben):
        core.close()
    yield HeldTransfer(root, currency, transfer, accept, payer, payee)


@pytest.mark.parametrize(
    ("offset_ms", "expected"),
    [
        (-60_000, TransferState.ACCEPTED),
        (-1, TransferState.ACCEPTED),
        (0, TransferState.RETURNED),
        (1, TransferState.RETURNED),
    ],
)
def test_accept_against_the_24h_return_at_the_boundary(
    held: HeldTransfer, tmp_path: Path, offset_ms: int, expected: TransferState
) -> None:
    for name in ("Issuer", "Ben"):
        shutil.copytree(held.root / name, tmp_path / name)
    at = T0 + HOLD_MS + offset_ms
    with (
        Core.open(tmp_path / "Issuer", clock=ManualClock(at)) as clearer,
        Core.open(tmp_path / "Ben") as ben,
    ):
        clearer.ingest(list(held.accept))  # the accept arrives at ``at`` by the clearer's clock
        clearer.wallet.clear_pending()  # and the timer's pass: nothing more may happen
        state = clearer.wallet.transfer_status(held.currency, held.transfer).state
        assert state == expected
        books = clearing_ledger(clearer, held.currency)
        assert books is not None and books.conservation_holds()
        assert books.held_total == 0
        paid = 40 if expected == TransferState.ACCEPTED else 0
        assert (books.balance(held.payer), books.balance(held.payee)) == (100 - paid, paid)
        sync_cores(clearer, ben)
        assert ben.wallet.transfer_status(held.currency, held.transfer).state == expected
        view = ben.wallet.currency(held.currency)
        assert view is not None and (view.balance, view.pending_in) == (paid, 0)
