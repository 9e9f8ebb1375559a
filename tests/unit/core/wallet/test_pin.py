"""The payment PIN: six digits, Argon2id, and a growing lockout that tries nothing while on."""

from __future__ import annotations

import pytest

from core.crypto import KdfParams
from core.errors import InvalidInput
from core.wallet import PinLocked, check_pin_format, lock_delay_ms, set_pin, try_pin
from core.wallet.pin import FIRST_DELAY_MS, MAX_DELAY_MS
from tests.unit.core.wallet.world import T0

FAST = KdfParams.minimal()


def test_the_right_pin_passes_and_a_wrong_one_fails() -> None:
    state = set_pin("024680", FAST)
    assert try_pin(state, "024680", T0).ok
    failed = try_pin(state, "024681", T0)
    assert not failed.ok and failed.state.failures == 1
    assert b"024680" not in repr(state).encode()


def test_only_six_ascii_digits_are_a_pin() -> None:
    for bad in ("12345", "1234567", "12345a", "１２３４５６", " 123456", ""):
        with pytest.raises(InvalidInput):
            check_pin_format(bad)
    state = set_pin("123456", FAST)
    assert not try_pin(state, "１２３４５６", T0).ok


def test_repeated_failures_lock_with_a_growing_delay_and_success_resets() -> None:
    state = set_pin("111111", FAST)
    now = T0
    delays = []
    for _ in range(6):
        result = try_pin(state, "000000", now)
        assert not result.ok
        state = result.state
        delays.append(state.locked_until_ms - now if state.locked_until_ms else 0)
        now = max(now, state.locked_until_ms)
    assert delays == [
        0,
        0,
        FIRST_DELAY_MS,
        2 * FIRST_DELAY_MS,
        4 * FIRST_DELAY_MS,
        8 * FIRST_DELAY_MS,
    ]
    ok = try_pin(state, "111111", now)
    assert ok.ok and ok.state.failures == 0 and ok.state.locked_until_ms == 0


def test_while_locked_even_the_right_pin_is_not_tried() -> None:
    state = set_pin("111111", FAST)
    for _ in range(3):
        state = try_pin(state, "000000", T0).state
    with pytest.raises(PinLocked) as locked:
        try_pin(state, "111111", T0 + FIRST_DELAY_MS - 1)
    assert locked.value.retry_at_ms == T0 + FIRST_DELAY_MS
    assert try_pin(state, "111111", T0 + FIRST_DELAY_MS).ok


def test_the_delay_stops_growing_at_a_day() -> None:
    assert lock_delay_ms(2) == 0 and lock_delay_ms(3) == FIRST_DELAY_MS
    assert lock_delay_ms(40) == MAX_DELAY_MS and lock_delay_ms(10**6) == MAX_DELAY_MS


def test_the_default_cost_is_argon2id_interactive() -> None:
    assert set_pin("123456").protected.params == KdfParams.interactive()
