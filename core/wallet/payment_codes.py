"""The wallet's QR payloads: a static receive code and a signed payment request.

Both are text in QR alphanumeric mode: a prefix, then unpadded upper-case base32 of::

    receive (HUTONG:R1:)  version (1) = 1 | flags (1, bit 0: amount present)
                          | currency id (32) | payee identity (32) | [amount (8)]
    request (HUTONG:P1:)  version (1) = 1 | currency id (32) | payee identity (32)
                          | amount (8) | nonce (16) | expires at, ms (8)
                          | memo length (1, ≤ 60) | memo (UTF-8)
                          | Ed25519 signature (64) by the payee over
                            "hutong/wallet/payment-request/v1\\0" || everything before it

A receive code is not signed: it only says "pay this identity", and anyone could print their
own, so the payer's app shows who it names. A payment request is signed by its payee, so a
changed amount, payee or expiry is caught here, before any PIN prompt; the clearer checks it
again against its own clock and clears it once. Sizes: a request is 270 characters without a
memo (a version 10 QR code at medium error correction) and 366 with the longest memo
(version 11); a receive code with an amount is 129 (version 6).
"""

from __future__ import annotations

import base64
import binascii
import struct
from dataclasses import dataclass

from core.crypto import SigningKeyPair, verify_signature
from core.errors import InvalidInput
from core.ids import PublicKey
from core.wallet.fields import NONCE_BYTES
from core.wallet.values import CurrencyId, check_amount

RECEIVE_PREFIX = "HUTONG:R1:"
REQUEST_PREFIX = "HUTONG:P1:"
MAX_CODE_CHARS = 1000
MAX_REQUEST_MEMO_BYTES = 60
_SIGNING_PREFIX = b"hutong/wallet/payment-request/v1\x00"
_RECEIVE = struct.Struct(">BB32s32s")
_REQUEST = struct.Struct(">B32s32sQ16sQB")


class InvalidPaymentCode(InvalidInput):
    """A receive code or payment request that is damaged, altered or expired."""


@dataclass(frozen=True)
class ReceiveCode:
    """Pay ``payee`` in ``currency``; the payer types the amount unless one is given."""

    currency: CurrencyId
    payee: PublicKey
    amount: int | None = None

    def to_text(self) -> str:
        flags = 0 if self.amount is None else 1
        data = _RECEIVE.pack(1, flags, self.currency, self.payee)
        if self.amount is not None:
            data += struct.pack(">Q", check_amount(self.amount))
        return RECEIVE_PREFIX + _b32(data)


@dataclass(frozen=True)
class PaymentRequest:
    """A payee's signed request for ``amount``, payable once before ``expires_ms``."""

    currency: CurrencyId
    payee: PublicKey
    amount: int
    nonce: bytes
    expires_ms: int
    memo: str
    text: str
    """The exact signed text: a transfer paying this request carries it to the clearer."""


def make_payment_request(
    payee: SigningKeyPair,
    currency: CurrencyId,
    amount: int,
    nonce: bytes,
    expires_ms: int,
    memo: str = "",
) -> PaymentRequest:
    """A payment request signed by ``payee``; the memo is cut to 60 UTF-8 bytes."""
    if len(nonce) != NONCE_BYTES:
        raise ValueError("a payment request nonce is 16 bytes")
    encoded = memo.encode("utf-8")[:MAX_REQUEST_MEMO_BYTES].decode("utf-8", "ignore")
    memo_bytes = encoded.encode("utf-8")
    unsigned = (
        _REQUEST.pack(
            1, currency, payee.public_key, check_amount(amount), nonce, expires_ms, len(memo_bytes)
        )
        + memo_bytes
    )
    text = REQUEST_PREFIX + _b32(unsigned + payee.sign(_SIGNING_PREFIX + unsigned))
    return PaymentRequest(
        currency, PublicKey(payee.public_key), amount, nonce, expires_ms, encoded, text
    )


def read_payment_code(text: str, now_ms: int) -> ReceiveCode | PaymentRequest:
    """Either kind of code, checked (signature, expiry at ``now_ms``) before anything is paid."""
    compact = _compact(text)
    if compact.startswith(REQUEST_PREFIX):
        return read_payment_request(compact, now_ms)
    if compact.startswith(RECEIVE_PREFIX):
        return read_receive_code(compact)
    raise InvalidPaymentCode("this is not a Hutong payment code")


def read_receive_code(text: str) -> ReceiveCode:
    data = _decode(_compact(text), RECEIVE_PREFIX)
    try:
        version, flags, currency, payee = _RECEIVE.unpack_from(data)
        rest = data[_RECEIVE.size :]
        amount = struct.unpack(">Q", rest)[0] if flags == 1 else None
    except struct.error as exc:
        raise InvalidPaymentCode("this payment code is damaged") from exc
    if version != 1 or flags not in (0, 1) or (flags == 0 and rest):
        raise InvalidPaymentCode("this payment code is of an unknown kind")
    try:
        return ReceiveCode(CurrencyId(currency), PublicKey(payee), _amount(amount))
    except InvalidInput as exc:
        raise InvalidPaymentCode("this payment code asks for an impossible amount") from exc


def read_payment_request(text: str, now_ms: int | None) -> PaymentRequest:
    """A verified payment request; expired ones are refused when ``now_ms`` is given."""
    compact = _compact(text)
    data = _decode(compact, REQUEST_PREFIX)
    try:
        version, currency, payee, amount, nonce, expires, memo_length = _REQUEST.unpack_from(data)
        at = _REQUEST.size + memo_length
        memo = data[_REQUEST.size : at].decode("utf-8")
    except (struct.error, UnicodeDecodeError) as exc:
        raise InvalidPaymentCode("this payment request is damaged") from exc
    signature = data[at:]
    if version != 1 or memo_length > MAX_REQUEST_MEMO_BYTES or len(signature) != 64:
        raise InvalidPaymentCode("this payment request is of an unknown kind")
    if not verify_signature(payee, _SIGNING_PREFIX + data[:at], signature):
        raise InvalidPaymentCode("this payment request's signature does not match: it was altered")
    _amount(amount)
    if now_ms is not None and now_ms > expires:
        raise InvalidPaymentCode("this payment request has expired; ask for a new one")
    return PaymentRequest(
        CurrencyId(currency), PublicKey(payee), amount, nonce, expires, memo, compact
    )


def _amount(amount: int | None) -> int | None:
    if amount is None:
        return None
    try:
        return check_amount(amount)
    except InvalidInput as exc:
        raise InvalidPaymentCode("this payment code asks for an impossible amount") from exc


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _compact(text: str) -> str:
    if len(text) > MAX_CODE_CHARS:
        raise InvalidPaymentCode("this text is too long to be a payment code")
    return "".join(text.split()).upper()


def _decode(compact: str, prefix: str) -> bytes:
    if not compact.startswith(prefix):
        raise InvalidPaymentCode("this is not a Hutong payment code")
    body = compact[len(prefix) :]
    try:
        data = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError) as exc:
        raise InvalidPaymentCode("this payment code is damaged") from exc
    if _b32(data) != body:  # stray bits in the last character: one code, one spelling
        raise InvalidPaymentCode("this payment code is damaged")
    return data
