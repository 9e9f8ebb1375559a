"""The payment PIN: six digits, checked with Argon2id, locked out after repeated failures.

The PIN protects a fixed token with :func:`core.crypto.protect_secret` (Argon2id, then an AEAD
whose tag is the check). After three wrong PINs each further failure locks the PIN for a
growing delay (30 s, 1 min, 2 min, ... at most a day); while locked no PIN is even tried. The
state is a value the caller stores; ``now`` is passed in.

Honest limit: six digits are a million guesses, so the PIN stops a passer-by at an unlocked
screen, not someone who copied the profile folder (they can guess offline); the profile's
passphrase and disk encryption guard against that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.crypto import KdfParams, ProtectedSecret, RandomBytes, protect_secret, system_random
from core.crypto import unprotect_secret as _open
from core.errors import InvalidInput, NotAllowed

PIN_DIGITS = 6
FREE_FAILURES = 3
FIRST_DELAY_MS = 30_000
MAX_DELAY_MS = 24 * 60 * 60 * 1000
_TOKEN = b"hutong/wallet/pin/v1"
_PIN = re.compile(r"[0-9]{6}")


class PinLocked(NotAllowed):
    """Too many wrong PINs: no PIN is tried until ``retry_at_ms``."""

    def __init__(self, retry_at_ms: int) -> None:
        super().__init__("too many wrong PINs; wait before trying again")
        self.retry_at_ms = retry_at_ms


@dataclass(frozen=True)
class PinState:
    """What to store: the protected token, and the failure count and lock."""

    protected: ProtectedSecret
    failures: int = 0
    locked_until_ms: int = 0


@dataclass(frozen=True)
class PinCheck:
    """The result of one attempt and the state to store afterwards (store it either way)."""

    ok: bool
    state: PinState


def check_pin_format(pin: str) -> str:
    if _PIN.fullmatch(pin) is None:
        raise InvalidInput("the payment PIN is 6 digits")
    return pin


def set_pin(
    pin: str, params: KdfParams | None = None, random_bytes: RandomBytes = system_random
) -> PinState:
    """A fresh state for ``pin`` (6 digits), with no failures."""
    return PinState(protect_secret(_TOKEN, check_pin_format(pin), params, random_bytes))


def lock_delay_ms(failures: int) -> int:
    """How long the PIN stays locked after ``failures`` wrong attempts in a row."""
    if failures < FREE_FAILURES:
        return 0
    return min(MAX_DELAY_MS, FIRST_DELAY_MS << min(failures - FREE_FAILURES, 32))


def try_pin(state: PinState, pin: str, now_ms: int) -> PinCheck:
    """Check ``pin``; raises PinLocked (trying nothing) while the lock lasts."""
    if now_ms < state.locked_until_ms:
        raise PinLocked(state.locked_until_ms)
    if _PIN.fullmatch(pin) is not None and _open(state.protected, pin) == _TOKEN:
        return PinCheck(True, replace(state, failures=0, locked_until_ms=0))
    failures = state.failures + 1
    return PinCheck(
        False, replace(state, failures=failures, locked_until_ms=now_ms + lock_delay_ms(failures))
    )
