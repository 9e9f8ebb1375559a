"""Issuing a currency and handing its clearing to another key.

The issue event (a public body in the issuer's main feed) defines the currency; its event id is
the currency id. A hand-over moves clearing to a new key (say a headless node that stays
online): the issuer signs it on its own, outside any feed, so it can be shown and checked
anywhere, and it names the last record of the outgoing clearer that still counts.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, replace
from typing import ClassVar

from core.bodies import (
    Body,
    Json,
    decode_body,
    hex_field,
    int_field,
    text_field,
)
from core.crypto import SigningKeyPair, verify_signature
from core.errors import InvalidInput
from core.ids import EventId, PublicKey
from core.wallet import fields
from core.wallet.fields import WalletBody
from core.wallet.values import (
    MAX_NAME_CHARS,
    MAX_SYMBOL_CHARS,
    Currency,
    CurrencyId,
    check_amount,
    check_digits,
)

_HANDOVER_PREFIX = b"hutong/wallet/handover/v1\x00"


@dataclass(frozen=True)
class CurrencyIssue(WalletBody):
    TYPE: ClassVar[str] = "wallet.issue"
    name: str
    symbol: str
    digits: int
    clearer: PublicKey
    vrf_key: bytes
    cap: int | None = None

    def __post_init__(self) -> None:
        if not 0 < len(self.name.strip()) <= MAX_NAME_CHARS:
            raise InvalidInput(f"a currency name has 1 to {MAX_NAME_CHARS} characters")
        if not 0 < len(self.symbol.strip()) <= MAX_SYMBOL_CHARS:
            raise InvalidInput(f"a currency symbol has 1 to {MAX_SYMBOL_CHARS} characters")
        check_digits(self.digits)
        fields.check_size(self.clearer, 32, "a clearing key")
        fields.check_size(self.vrf_key, 32, "a VRF key")
        if self.cap is not None:
            check_amount(self.cap)

    def fields(self) -> dict[str, Json]:
        return {
            "name": self.name,
            "sym": self.symbol,
            "digits": self.digits,
            "clearer": self.clearer.hex(),
            "vrf": self.vrf_key.hex(),
            "cap": self.cap,
        }

    @classmethod
    def decode(cls, body: Body) -> CurrencyIssue:
        cap = body.get("cap")
        return cls(
            text_field(body, "name", max_chars=MAX_NAME_CHARS),
            text_field(body, "sym", max_chars=MAX_SYMBOL_CHARS),
            int_field(body, "digits"),
            fields.key(body, "clearer"),
            hex_field(body, "vrf", 32),
            None if cap is None else fields.amount(body, "cap"),
        )


def currency_from_issue(event_id: EventId, issuer: PublicKey, issue: CurrencyIssue) -> Currency:
    """The currency an issue event (``event_id`` by ``issuer``) defines."""
    return Currency(
        CurrencyId(event_id),
        issue.name,
        issue.symbol,
        issue.digits,
        issue.cap,
        issuer,
        issue.clearer,
        issue.vrf_key,
    )


@dataclass(frozen=True)
class ClearingHandover(WalletBody):
    """Clearing of ``currency`` moves to ``clearer`` (epoch ``epoch``), signed by the issuer.

    ``after`` is the last sequence number of the outgoing clearer's feed that counts; its later
    records are ignored by every replica, so the two clearers never both decide.
    """

    TYPE: ClassVar[str] = "wallet.handover"
    currency: CurrencyId
    epoch: int
    clearer: PublicKey
    vrf_key: bytes
    after: int
    signature: bytes

    def signed_bytes(self) -> bytes:
        return _handover_message(self.currency, self.epoch, self.clearer, self.vrf_key, self.after)

    def fields(self) -> dict[str, Json]:
        return {
            "cur": self.currency.hex(),
            "epoch": self.epoch,
            "clearer": self.clearer.hex(),
            "vrf": self.vrf_key.hex(),
            "after": self.after,
            "sig": self.signature.hex(),
        }

    @classmethod
    def decode(cls, body: Body) -> ClearingHandover:
        epoch, after = int_field(body, "epoch"), int_field(body, "after")
        if not (0 < epoch < 2**32 and 0 <= after < 2**63):
            raise InvalidInput("a hand-over's epoch or position is out of range")
        return cls(
            CurrencyId(hex_field(body, "cur", 32)),
            epoch,
            fields.key(body, "clearer"),
            hex_field(body, "vrf", 32),
            after,
            hex_field(body, "sig", 64),
        )


def decode_issue(data: bytes) -> CurrencyIssue:
    """A currency issue from its body bytes; anything else raises InvalidInput."""
    body = decode_body(data)
    if body["t"] != CurrencyIssue.TYPE:
        raise InvalidInput("this is not a currency issue")
    return CurrencyIssue.decode(body)


def decode_handover(data: bytes) -> ClearingHandover:
    """A clearing hand-over from its body bytes (check it with :func:`apply_handover`)."""
    body = decode_body(data)
    if body["t"] != ClearingHandover.TYPE:
        raise InvalidInput("this is not a clearing hand-over")
    return ClearingHandover.decode(body)


def _handover_message(
    currency: bytes, epoch: int, clearer: bytes, vrf_key: bytes, after: int
) -> bytes:
    return (
        _HANDOVER_PREFIX
        + currency
        + struct.pack(">I", epoch)
        + clearer
        + vrf_key
        + struct.pack(">Q", after)
    )


def sign_handover(
    issuer: SigningKeyPair,
    currency: Currency,
    clearer: PublicKey,
    vrf_key: bytes,
    after: int,
) -> ClearingHandover:
    """The issuer's hand-over of ``currency`` to the next clearer, after record ``after``."""
    epoch = currency.epoch + 1
    message = _handover_message(currency.id, epoch, clearer, vrf_key, after)
    return ClearingHandover(currency.id, epoch, clearer, vrf_key, after, issuer.sign(message))


def apply_handover(currency: Currency, handover: ClearingHandover) -> Currency:
    """``currency`` cleared by the hand-over's key; InvalidInput unless the issuer signed it."""
    if handover.currency != currency.id or handover.epoch != currency.epoch + 1:
        raise InvalidInput("this hand-over is not the next one for this currency")
    if not verify_signature(currency.issuer, handover.signed_bytes(), handover.signature):
        raise InvalidInput("this hand-over is not signed by the currency's issuer")
    return replace(
        currency, clearing_key=handover.clearer, vrf_key=handover.vrf_key, epoch=handover.epoch
    )
