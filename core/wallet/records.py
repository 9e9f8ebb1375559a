"""What the clearer signs in its clearing feed: one decision per intent, in order.

Balances are folds of these records alone. Each record carries everything the fold needs
(parties, amounts, nonces), so a replica that cannot open a member's intent can still fold and
check the ledger; the intent's memo stays with payer, payee and clearer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from core.bodies import Body, Json, hex_field, int_field, optional_hex
from core.crypto import VRF_PROOF_BYTES
from core.errors import InvalidInput
from core.ids import EventId, PublicKey
from core.wallet import fields
from core.wallet.fields import NONCE_BYTES, WalletBody
from core.wallet.intents import MAX_SHARES, EnvelopeKind
from core.wallet.values import check_amount


class RefusalReason(StrEnum):
    OVERDRAFT = "overdraft"
    DOUBLE_SPEND = "double-spend"
    FORKED_DEVICE = "forked-device"
    NOT_ISSUER = "not-issuer"
    OVER_CAP = "over-cap"
    TO_SELF = "to-self"
    REQUEST_INVALID = "request-invalid"
    REQUEST_EXPIRED = "request-expired"
    REQUEST_USED = "request-used"
    UNKNOWN_TRANSFER = "unknown-transfer"
    NOT_PAYEE = "not-payee"
    ALREADY_SETTLED = "already-settled"
    UNKNOWN_ENVELOPE = "unknown-envelope"
    ENVELOPE_CLOSED = "envelope-closed"
    ALREADY_GRABBED = "already-grabbed"
    NOT_FOR_YOU = "not-for-you"


class ClearedOp(StrEnum):
    MINT = "mint"
    BURN = "burn"
    TRANSFER = "transfer"


class ReturnReason(StrEnum):
    DECLINED = "declined"
    EXPIRED = "expired"


_VALUES: dict[type[StrEnum], frozenset[str]] = {}


def _choice(body: Body, name: str, enum: type[StrEnum]) -> str:
    values = _VALUES.get(enum)
    if values is None:  # made once per enum: decoding is on the clearer's hot path
        values = _VALUES[enum] = frozenset(member.value for member in enum)
    return fields.choice(body, name, values)


@dataclass(frozen=True)
class Cleared(WalletBody):
    """Final: a mint (no payer), a burn (no payee) or a transfer moved ``amount``."""

    TYPE: ClassVar[str] = "wallet.cleared"
    intent: EventId
    op: ClearedOp
    payer: PublicKey | None
    payee: PublicKey | None
    amount: int
    nonce: bytes
    request: bytes | None = None
    """The nonce of the payment request this transfer paid (each is paid once)."""

    def __post_init__(self) -> None:
        check_amount(self.amount)
        fields.check_size(self.nonce, NONCE_BYTES, "a nonce")
        wants = {
            ClearedOp.MINT: (False, True),
            ClearedOp.BURN: (True, False),
            ClearedOp.TRANSFER: (True, True),
        }[self.op]
        if wants != (self.payer is not None, self.payee is not None):
            raise InvalidInput("a cleared record names the wrong parties")
        if self.request is not None:
            fields.check_size(self.request, NONCE_BYTES, "a request nonce")

    def fields(self) -> dict[str, Json]:
        return {
            "intent": self.intent.hex(),
            "op": self.op.value,
            "payer": fields.hex_or_none(self.payer),
            "to": fields.hex_or_none(self.payee),
            "amt": self.amount,
            "nonce": self.nonce.hex(),
            "req": fields.hex_or_none(self.request),
        }

    @classmethod
    def decode(cls, body: Body) -> Cleared:
        return cls(
            fields.event(body, "intent"),
            ClearedOp(_choice(body, "op", ClearedOp)),
            fields.optional_key(body, "payer"),
            fields.optional_key(body, "to"),
            fields.amount(body),
            fields.nonce(body),
            optional_hex(body, "req", NONCE_BYTES),
        )


@dataclass(frozen=True)
class Refused(WalletBody):
    """The intent will never clear (the reason is for the people involved)."""

    TYPE: ClassVar[str] = "wallet.refused"
    intent: EventId
    reason: RefusalReason

    def fields(self) -> dict[str, Json]:
        return {"intent": self.intent.hex(), "why": self.reason.value}

    @classmethod
    def decode(cls, body: Body) -> Refused:
        return cls(fields.event(body, "intent"), RefusalReason(_choice(body, "why", RefusalReason)))


@dataclass(frozen=True)
class Held(WalletBody):
    """A transfer to a friend left the payer and waits for the payee until ``expires_ms``."""

    TYPE: ClassVar[str] = "wallet.held"
    intent: EventId
    payer: PublicKey
    payee: PublicKey
    amount: int
    nonce: bytes
    expires_ms: int

    def __post_init__(self) -> None:
        check_amount(self.amount)
        fields.check_size(self.nonce, NONCE_BYTES, "a nonce")

    def fields(self) -> dict[str, Json]:
        return {
            "intent": self.intent.hex(),
            "payer": self.payer.hex(),
            "to": self.payee.hex(),
            "amt": self.amount,
            "nonce": self.nonce.hex(),
            "exp": self.expires_ms,
        }

    @classmethod
    def decode(cls, body: Body) -> Held:
        return cls(
            fields.event(body, "intent"),
            fields.key(body, "payer"),
            fields.key(body, "to"),
            fields.amount(body),
            fields.nonce(body),
            fields.time_ms(body, "exp"),
        )


@dataclass(frozen=True)
class Released(WalletBody):
    """The payee accepted (event ``by``): the held transfer ``intent`` is final for them."""

    TYPE: ClassVar[str] = "wallet.released"
    intent: EventId
    by: EventId

    def fields(self) -> dict[str, Json]:
        return {"intent": self.intent.hex(), "by": self.by.hex()}

    @classmethod
    def decode(cls, body: Body) -> Released:
        return cls(fields.event(body, "intent"), fields.event(body, "by"))


@dataclass(frozen=True)
class Returned(WalletBody):
    """The held transfer ``intent`` went back to the payer (declined by ``by``, or expired)."""

    TYPE: ClassVar[str] = "wallet.returned"
    intent: EventId
    reason: ReturnReason
    by: EventId | None = None

    def __post_init__(self) -> None:
        if (self.reason == ReturnReason.DECLINED) != (self.by is not None):
            raise InvalidInput("only a decline names the event that returned a transfer")

    def fields(self) -> dict[str, Json]:
        return {
            "intent": self.intent.hex(),
            "why": self.reason.value,
            "by": fields.hex_or_none(self.by),
        }

    @classmethod
    def decode(cls, body: Body) -> Returned:
        return cls(
            fields.event(body, "intent"),
            ReturnReason(_choice(body, "why", ReturnReason)),
            fields.optional_event(body, "by"),
        )


@dataclass(frozen=True)
class Escrowed(WalletBody):
    """A red envelope's total left the sender and waits for grabs until ``expires_ms``."""

    TYPE: ClassVar[str] = "wallet.escrowed"
    intent: EventId
    sender: PublicKey
    kind: EnvelopeKind
    total: int
    shares: int
    nonce: bytes
    expires_ms: int
    lock: bytes
    """:func:`envelope_lock` of the envelope's secret (a grab must show the secret)."""
    exclusive: PublicKey | None = None

    def __post_init__(self) -> None:
        check_amount(self.total)
        fields.check_size(self.lock, 32, "an envelope lock")
        if not 1 <= self.shares <= min(MAX_SHARES, self.total):
            raise InvalidInput("a red envelope's shares do not fit its total")
        if self.kind == EnvelopeKind.FIXED and self.total % self.shares:
            raise InvalidInput("a fixed red envelope's total must divide evenly")
        fields.check_size(self.nonce, NONCE_BYTES, "a nonce")

    def fields(self) -> dict[str, Json]:
        return {
            "intent": self.intent.hex(),
            "sender": self.sender.hex(),
            "kind": self.kind.value,
            "total": self.total,
            "n": self.shares,
            "nonce": self.nonce.hex(),
            "exp": self.expires_ms,
            "lock": self.lock.hex(),
            "only": fields.hex_or_none(self.exclusive),
        }

    @classmethod
    def decode(cls, body: Body) -> Escrowed:
        return cls(
            fields.event(body, "intent"),
            fields.key(body, "sender"),
            EnvelopeKind(_choice(body, "kind", EnvelopeKind)),
            fields.amount(body, "total"),
            int_field(body, "n"),
            fields.nonce(body),
            fields.time_ms(body, "exp"),
            hex_field(body, "lock", 32),
            fields.optional_key(body, "only"),
        )


@dataclass(frozen=True)
class Share(WalletBody):
    """Grab number ``number`` (event ``grab`` by ``grabber``) of ``envelope`` got ``amount``.

    Lucky envelopes carry the clearer's VRF ``proof`` over (envelope, number, grab), from
    which anyone recomputes ``amount``.
    """

    TYPE: ClassVar[str] = "wallet.share"
    envelope: EventId
    grab: EventId
    number: int
    grabber: PublicKey
    amount: int
    proof: bytes | None = None

    def __post_init__(self) -> None:
        check_amount(self.amount)
        if not 1 <= self.number <= MAX_SHARES:
            raise InvalidInput("a grab number is out of range")
        if self.proof is not None:
            fields.check_size(self.proof, VRF_PROOF_BYTES, "a VRF proof")

    def fields(self) -> dict[str, Json]:
        return {
            "env": self.envelope.hex(),
            "grab": self.grab.hex(),
            "no": self.number,
            "who": self.grabber.hex(),
            "amt": self.amount,
            "proof": fields.hex_or_none(self.proof),
        }

    @classmethod
    def decode(cls, body: Body) -> Share:
        return cls(
            fields.event(body, "env"),
            fields.event(body, "grab"),
            int_field(body, "no"),
            fields.key(body, "who"),
            fields.amount(body),
            optional_hex(body, "proof", VRF_PROOF_BYTES),
        )


@dataclass(frozen=True)
class Refund(WalletBody):
    """What nobody grabbed of ``envelope`` went back to its sender."""

    TYPE: ClassVar[str] = "wallet.refund"
    envelope: EventId
    amount: int

    def __post_init__(self) -> None:
        check_amount(self.amount)

    def fields(self) -> dict[str, Json]:
        return {"env": self.envelope.hex(), "amt": self.amount}

    @classmethod
    def decode(cls, body: Body) -> Refund:
        return cls(fields.event(body, "env"), fields.amount(body))


ClearingRecord = Cleared | Refused | Held | Released | Returned | Escrowed | Share | Refund
_RECORDS: dict[str, type[ClearingRecord]] = {
    kind.TYPE: kind
    for kind in (Cleared, Refused, Held, Released, Returned, Escrowed, Share, Refund)
}


def decode_record(data: bytes) -> ClearingRecord:
    """A clearing record from its body bytes; anything else raises InvalidInput."""
    return fields.decode_tagged(data, _RECORDS, "this is not a clearing record")


@dataclass(frozen=True)
class ClearingEntry:
    """A record at its position in the clearer's feed (``seq`` from 1), as replicas receive it."""

    seq: int
    event_id: EventId
    record: ClearingRecord
    timestamp_ms: int = 0
    epoch: int = 0
    """Which clearer wrote it: 0 for the first clearing key, +1 per hand-over."""


def record_from_body(body: Body) -> ClearingRecord:
    """A clearing record from a body already parsed (the projector's); else InvalidInput."""
    kind = _RECORDS.get(str(body["t"]))
    if kind is None:
        raise InvalidInput("this is not a clearing record")
    return kind.decode(body)


RECORD_TYPES = frozenset(_RECORDS)
