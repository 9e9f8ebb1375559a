"""The wallet service on one or two profiles: the VRF key, reopening, codes, bills."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from core.clock import ManualClock
from core.errors import InvalidInput, NotAllowed, NotFound
from core.facade import Core
from core.ids import EventId
from core.wallet import BillState, CurrencyId, clearing_vrf_key, read_clearer_key
from tests.support.profiles import befriend, open_core

MakeCore = Callable[[str], Core]
PIN = "135790"


def test_the_vrf_key_is_derived_and_never_shown(make_core: MakeCore) -> None:
    ann = make_core("Ann")
    key = clearing_vrf_key(ann.keys.signing)
    assert key.public_key == clearing_vrf_key(ann.keys.signing).public_key
    assert ann.keys.signing.seed.hex() not in repr(key) and key.seed.hex() not in repr(key)
    identity, vrf = read_clearer_key(ann.wallet.clearer_key_text())
    assert (identity, vrf) == (ann.me, key.public_key)
    for bad in ("", "ab:cd", ann.me.hex(), "zz" * 32 + ":" + "00" * 32):
        with pytest.raises(InvalidInput):
            read_clearer_key(bad)


def test_a_reopened_issuer_goes_on_clearing(tmp_path: Path, clock: ManualClock) -> None:
    ann = open_core(tmp_path / "ann", "Ann", clock)
    ben = open_core(tmp_path / "ben", "Ben", clock)
    try:
        befriend(ann, ben)
        ann.wallet.set_pin(PIN)
        meal = ann.wallet.issue("Canteen", "MEAL", 0, None, 100, PIN)
        ann.close()
        ann = open_core(tmp_path / "ann", "Ann", clock)
        view = ann.wallet.currency(meal)
        assert view is not None and view.am_clearer and view.balance == 100
        ann.wallet.transfer(meal, ben.me, 10, PIN)
        assert {line.state for line in ann.wallet.bills(meal)} == {
            BillState.HELD,  # the transfer, decided by the reopened clearer
            BillState.CLEARED,  # the first mint
        }
    finally:
        ann.close()
        ben.close()


def test_bad_input_gets_one_clear_error(make_core: MakeCore) -> None:
    ann, ben = make_core("Ann"), make_core("Ben")
    befriend(ann, ben)
    ann.wallet.set_pin(PIN)
    ben.wallet.set_pin(PIN)
    meal = ann.wallet.issue("Canteen", "MEAL", 2, 1_000, 100, PIN)
    for text in ("", "HUTONG:P1:AAAA", "hello", "HUTONG:R1:" + "A" * 900):
        with pytest.raises(InvalidInput):
            ann.wallet.read_code(text)
    with pytest.raises(NotFound):
        ann.wallet.mint(CurrencyId(b"\x00" * 32), 1, PIN)
    with pytest.raises(InvalidInput):
        ann.wallet.issue("", "X", 0, None, 0, PIN)
    with pytest.raises(NotAllowed, match="not enough"):
        ann.wallet.transfer(meal, ben.me, 101, PIN)
    with pytest.raises(InvalidInput):
        ann.wallet.transfer(meal, ann.me, 1, PIN)
    befriend(ann, ben)
    with pytest.raises(NotAllowed, match="join"):
        ben.wallet.transfer(meal, ann.me, 1, PIN)
    with pytest.raises(NotAllowed, match="join"):
        ben.wallet.receive_code(meal)  # we would not keep the records that pay us
    with pytest.raises(NotAllowed, match="only the currency's issuer"):
        ben.wallet.mint(meal, 1, PIN)
    with pytest.raises(NotAllowed):
        ann.wallet.accept(meal, EventId(b"\x01" * 32))
    csv = ann.wallet.bills_csv(meal, ann.wallet.bills(meal))
    assert csv.splitlines()[0].startswith("time (UTC),state,kind")


def test_a_memo_that_looks_like_a_formula_is_escaped_in_csv(make_core: MakeCore) -> None:
    ann, ben = make_core("Ann"), make_core("Ben")
    befriend(ann, ben)
    ann.wallet.set_pin(PIN)
    meal = ann.wallet.issue("Canteen", "MEAL", 0, None, 100, PIN)
    ann.wallet.transfer(meal, ben.me, 5, PIN, memo="=HYPERLINK(1)")
    csv = ann.wallet.bills_csv(meal, ann.wallet.bills(meal))
    assert "'=HYPERLINK(1)" in csv and ",Ben," in csv
