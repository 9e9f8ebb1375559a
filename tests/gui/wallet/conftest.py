"""Wallet GUI fixtures: real cores in temporary profiles, friends, a currency, PINs set.

Feeds move between the cores in process (``tests.support.profiles.sync_all``), and the
issuer's core clears on ingest as its node would.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from core.clock import ManualClock
from core.facade import Core
from core.wallet import CurrencyId
from desktop.context import AppContext
from tests.gui.shell.fixtures import _pyside_none_guard  # noqa: F401
from tests.support.profiles import befriend, sync_all

ALICE_PIN = "135790"
BOB_PIN = "246802"
MakeCore = Callable[..., Core]
MakeContext = Callable[..., AppContext]


@dataclass
class Community:
    """Alice issued MEAL (2 decimals, 1,000.00 to start); Bob is her friend and joined it."""

    alice: Core
    bob: Core
    meal: CurrencyId
    clock: ManualClock

    def sync(self) -> None:
        sync_all([self.alice, self.bob])


def make_community(make_core: MakeCore, *, bob_joins: bool = True) -> Community:
    clock = ManualClock()  # one clock: expiry and bill times as one room sees them
    alice, bob = make_core("Alice", clock), make_core("Bob", clock)
    befriend(alice, bob)
    alice.wallet.set_pin(ALICE_PIN)
    bob.wallet.set_pin(BOB_PIN)
    meal = alice.wallet.issue("Canteen meals", "MEAL", 2, None, 100_000, ALICE_PIN)
    sync_all([alice, bob])
    if bob_joins:
        bob.wallet.join(meal)
        sync_all([alice, bob])
    return Community(alice, bob, meal, clock)


@pytest.fixture
def community(make_core: MakeCore) -> Community:
    return make_community(make_core)
