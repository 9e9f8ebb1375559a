"""Wallet values: currencies, amounts in integer minor units, and the wallet's limits.

Money is never a float: an amount is an ``int`` count of minor units (cents, fen), and a
currency's ``digits`` says how many decimal places the major unit has. Text only appears at the
edges, through :func:`parse_amount` and :func:`format_amount`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NewType

from core.errors import InvalidInput
from core.ids import PublicKey

CurrencyId = NewType("CurrencyId", bytes)
"""32 bytes: the event id of the currency's issue event."""

MAX_DIGITS = 8
MAX_AMOUNT = 10**15
"""The largest amount in minor units (well inside JSON's exact integers, 2**53)."""
HOLD_MS = 24 * 60 * 60 * 1000
"""A held transfer goes back to the payer this long after clearing, by the clearer's clock."""
ENVELOPE_MS = 24 * 60 * 60 * 1000
"""A red envelope's unclaimed money goes back to the sender this long after clearing."""
MAX_NAME_CHARS = 40
MAX_SYMBOL_CHARS = 8
_AMOUNT_TEXT = re.compile(r"([0-9]{1,16})(?:[.]([0-9]{0,8}))?|[.]([0-9]{1,8})")


@dataclass(frozen=True)
class Currency:
    """A community currency as its issue event and the latest clearing hand-over define it."""

    id: CurrencyId
    name: str
    symbol: str
    digits: int
    cap: int | None
    issuer: PublicKey
    clearing_key: PublicKey
    vrf_key: bytes
    epoch: int = 0
    """How many hand-overs have moved clearing since the issue (0: the issuer's first key)."""

    def format(self, amount: int) -> str:
        """``amount`` with this currency's symbol, e.g. ``"12.50 MEAL"``."""
        return f"{format_amount(amount, self.digits)} {self.symbol}"


def intents_topic(currency: CurrencyId) -> str:
    """The topic of each member's feed of intents for ``currency``."""
    return f"wallet/{currency.hex()}"


def clearing_topic(currency: CurrencyId) -> str:
    """The topic of the clearer's feed of records: its own feed, so record n is at seq n."""
    return f"wallet/{currency.hex()}/clearing"


def check_amount(amount: int) -> int:
    """``amount`` when it is a positive whole number of minor units within the limit."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise InvalidInput("an amount must be a whole number of minor units")
    if not 0 < amount <= MAX_AMOUNT:
        raise InvalidInput(f"an amount must be more than zero and at most {MAX_AMOUNT}")
    return amount


def check_digits(digits: int) -> int:
    if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= MAX_DIGITS:
        raise InvalidInput(f"a currency has 0 to {MAX_DIGITS} decimal places")
    return digits


def parse_amount(text: str, digits: int) -> int:
    """Minor units from text such as ``"12"``, ``"12.5"`` or ``".75"``; no signs, no exponents."""
    check_digits(digits)
    match = _AMOUNT_TEXT.fullmatch(text.strip())
    if match is None:
        raise InvalidInput("write the amount as a number, like 12.50")
    whole = match.group(1) or "0"
    fraction = match.group(2) or match.group(3) or ""
    if len(fraction) > digits:
        raise InvalidInput(f"this currency has {digits} decimal places")
    amount = int(whole) * 10**digits + int(fraction.ljust(digits, "0") or "0")
    return check_amount(amount)


def format_amount(amount: int, digits: int) -> str:
    """``1250`` with 2 digits is ``"12.50"``; negative amounts keep their sign."""
    check_digits(digits)
    sign = "-" if amount < 0 else ""
    whole, fraction = divmod(abs(amount), 10**digits)
    if digits == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole}.{fraction:0{digits}d}"
