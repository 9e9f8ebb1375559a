"""Typed field readers shared by the wallet's body decoders (every failure is InvalidInput)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from core.bodies import (
    Body,
    TypedBody,
    decode_body,
    hex_field,
    int_field,
    optional_hex,
    optional_text,
    text_field,
)
from core.errors import InvalidInput
from core.ids import EventId, PublicKey
from core.wallet.values import check_amount

NONCE_BYTES = 16
MAX_MEMO_CHARS = 200


# The wallet's bodies share core's typed-body base (compact JSON, fields in wire order).
WalletBody = TypedBody


def key(body: Body, name: str) -> PublicKey:
    return PublicKey(hex_field(body, name, 32))


def optional_key(body: Body, name: str) -> PublicKey | None:
    raw = optional_hex(body, name, 32)
    return None if raw is None else PublicKey(raw)


def event(body: Body, name: str) -> EventId:
    return EventId(hex_field(body, name, 32))


def optional_event(body: Body, name: str) -> EventId | None:
    raw = optional_hex(body, name, 32)
    return None if raw is None else EventId(raw)


def nonce(body: Body, name: str = "nonce") -> bytes:
    return hex_field(body, name, NONCE_BYTES)


def amount(body: Body, name: str = "amt") -> int:
    return check_amount(int_field(body, name))


def time_ms(body: Body, name: str) -> int:
    value = int_field(body, name)
    if not 0 <= value < 2**63:
        raise InvalidInput(f"field {name!r} is not a time")
    return value


def memo(body: Body) -> str | None:
    return optional_text(body, "memo", max_chars=MAX_MEMO_CHARS)


def choice(body: Body, name: str, allowed: frozenset[str]) -> str:
    value = text_field(body, name, max_chars=32)
    if value not in allowed:
        raise InvalidInput(f"field {name!r} has an unknown value")
    return value


def hex_or_none(value: bytes | None) -> str | None:
    return None if value is None else value.hex()


def check_size(value: bytes, size: int, what: str) -> None:
    if len(value) != size:
        raise InvalidInput(f"{what} must be {size} bytes")


Decoded = TypeVar("Decoded")


def decode_tagged(data: bytes, table: Mapping[str, type[Decoded]], not_ours: str) -> Decoded:
    """Decode ``data`` with the class its ``t`` tag names in ``table``; else InvalidInput."""
    body = decode_body(data)
    kind = table.get(body["t"])
    if kind is None:
        raise InvalidInput(not_ours)
    decoded: Decoded = kind.decode(body)  # type: ignore[attr-defined]
    return decoded
