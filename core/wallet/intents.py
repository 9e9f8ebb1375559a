"""What members sign in their ``wallet/<currency>`` feed: intents the clearer decides on.

An intent is only a wish: until a clearing record names it, it is *pending* on both sides,
never final and never spendable. Each intent is a frozen value that checks itself when built
(so decoding a hostile body and building one locally go through the same checks) and encodes
to a compact JSON body with a ``wallet.*`` type tag.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar, Self

from core.bodies import Body, Json, bool_field, hex_field, int_field, optional_text
from core.crypto import blake2b_256
from core.errors import InvalidInput
from core.ids import EventId, PublicKey
from core.wallet import fields
from core.wallet.fields import MAX_MEMO_CHARS, NONCE_BYTES, WalletBody
from core.wallet.values import check_amount

MAX_SHARES = 500
MAX_CHAT_CHARS = 80
MAX_REQUEST_CHARS = 800
SECRET_BYTES = 16
_LOCK_PREFIX = b"hutong/red-envelope-lock/v1\x00"


class EnvelopeKind(StrEnum):
    FIXED = "fixed"
    LUCKY = "lucky"


def _check_nonce(nonce: bytes) -> None:
    fields.check_size(nonce, NONCE_BYTES, "a nonce")


def _check_memo(memo: str | None) -> None:
    if memo is not None and len(memo) > MAX_MEMO_CHARS:
        raise InvalidInput("the note is too long")


@dataclass(frozen=True)
class MintIntent(WalletBody):
    """The issuer creates ``amount`` new money for ``payee`` (refused above the cap)."""

    TYPE: ClassVar[str] = "wallet.mint"
    payee: PublicKey
    amount: int
    nonce: bytes

    def __post_init__(self) -> None:
        fields.check_size(self.payee, 32, "a payee")
        check_amount(self.amount)
        _check_nonce(self.nonce)

    def fields(self) -> dict[str, Json]:
        return {"to": self.payee.hex(), "amt": self.amount, "nonce": self.nonce.hex()}

    @classmethod
    def decode(cls, body: Body) -> MintIntent:
        return cls(fields.key(body, "to"), fields.amount(body), fields.nonce(body))


@dataclass(frozen=True)
class BurnIntent(WalletBody):
    """A holder destroys ``amount`` of their own money (a redeemed voucher, a closed tab)."""

    TYPE: ClassVar[str] = "wallet.burn"
    amount: int
    nonce: bytes

    def __post_init__(self) -> None:
        check_amount(self.amount)
        _check_nonce(self.nonce)

    def fields(self) -> dict[str, Json]:
        return {"amt": self.amount, "nonce": self.nonce.hex()}

    @classmethod
    def decode(cls, body: Body) -> BurnIntent:
        return cls(fields.amount(body), fields.nonce(body))


@dataclass(frozen=True)
class TransferIntent(WalletBody):
    """The author (payer) wants ``payee`` to have ``amount``.

    ``hold`` marks a transfer to a friend: the clearer holds it until the payee accepts.
    ``request`` is the full text of the signed payment request being paid, so the clearer can
    check it (signature, amount, expiry by its own clock) and use it once.
    """

    TYPE: ClassVar[str] = "wallet.transfer"
    payee: PublicKey
    amount: int
    nonce: bytes
    hold: bool = False
    request: str | None = None
    memo: str | None = None

    def __post_init__(self) -> None:
        fields.check_size(self.payee, 32, "a payee")
        check_amount(self.amount)
        _check_nonce(self.nonce)
        _check_memo(self.memo)
        if self.request is not None and len(self.request) > MAX_REQUEST_CHARS:
            raise InvalidInput("the payment request is too long")

    def fields(self) -> dict[str, Json]:
        return {
            "to": self.payee.hex(),
            "amt": self.amount,
            "nonce": self.nonce.hex(),
            "hold": self.hold or None,
            "req": self.request,
            "memo": self.memo,
        }

    @classmethod
    def decode(cls, body: Body) -> TransferIntent:
        return cls(
            fields.key(body, "to"),
            fields.amount(body),
            fields.nonce(body),
            bool_field(body, "hold", default=False),
            optional_text(body, "req", max_chars=MAX_REQUEST_CHARS),
            fields.memo(body),
        )


@dataclass(frozen=True)
class _Answer(WalletBody):
    """The payee's answer to the held transfer ``transfer``."""

    transfer: EventId

    def __post_init__(self) -> None:
        fields.check_size(self.transfer, 32, "a transfer id")

    def fields(self) -> dict[str, Json]:
        return {"tr": self.transfer.hex()}

    @classmethod
    def decode(cls, body: Body) -> Self:
        return cls(fields.event(body, "tr"))


@dataclass(frozen=True)
class AcceptIntent(_Answer):
    """The payee of a held transfer takes the money."""

    TYPE: ClassVar[str] = "wallet.accept"


@dataclass(frozen=True)
class DeclineIntent(_Answer):
    """The payee of a held transfer sends the money back."""

    TYPE: ClassVar[str] = "wallet.decline"


@dataclass(frozen=True)
class RedEnvelopeIntent(WalletBody):
    """A red envelope of ``total`` split into ``shares`` grabs, in the chat ``chat``.

    Fixed envelopes split evenly (``total`` must divide by ``shares``); lucky ones split by the
    clearer's VRF. ``exclusive`` names the only member who may grab it. ``secret`` (random, 16
    bytes) travels only inside the sealed envelope body, to the chat's members and the clearer:
    a grab must show it, so seeing the envelope's event id in a feed is not enough to grab.
    """

    TYPE: ClassVar[str] = "wallet.envelope"
    kind: EnvelopeKind
    total: int
    shares: int
    nonce: bytes
    chat: str
    secret: bytes
    exclusive: PublicKey | None = None
    memo: str | None = None

    def __post_init__(self) -> None:
        check_amount(self.total)
        if isinstance(self.shares, bool) or not 1 <= self.shares <= MAX_SHARES:
            raise InvalidInput(f"a red envelope has 1 to {MAX_SHARES} shares")
        if self.total < self.shares:
            raise InvalidInput("every share must get at least one minor unit")
        if self.kind == EnvelopeKind.FIXED and self.total % self.shares:
            raise InvalidInput("a fixed red envelope's total must divide evenly")
        if self.exclusive is not None:
            fields.check_size(self.exclusive, 32, "an exclusive member")
            if self.shares != 1:
                raise InvalidInput("an exclusive red envelope has one share")
        _check_nonce(self.nonce)
        fields.check_size(self.secret, SECRET_BYTES, "an envelope secret")
        _check_memo(self.memo)
        if len(self.chat) > MAX_CHAT_CHARS:
            raise InvalidInput("the chat id is too long")

    def fields(self) -> dict[str, Json]:
        return {
            "kind": self.kind.value,
            "total": self.total,
            "n": self.shares,
            "nonce": self.nonce.hex(),
            "chat": self.chat,
            "key": self.secret.hex(),
            "only": fields.hex_or_none(self.exclusive),
            "memo": self.memo,
        }

    @classmethod
    def decode(cls, body: Body) -> RedEnvelopeIntent:
        return cls(
            EnvelopeKind(fields.choice(body, "kind", _KINDS)),
            fields.amount(body, "total"),
            int_field(body, "n"),
            fields.nonce(body),
            optional_text(body, "chat", max_chars=MAX_CHAT_CHARS) or "",
            hex_field(body, "key", SECRET_BYTES),
            fields.optional_key(body, "only"),
            fields.memo(body),
        )


@dataclass(frozen=True)
class GrabIntent(WalletBody):
    """A member opens a red envelope (one grab per member), showing the envelope's secret."""

    TYPE: ClassVar[str] = "wallet.grab"
    envelope: EventId
    secret: bytes

    def __post_init__(self) -> None:
        fields.check_size(self.envelope, 32, "an envelope id")
        fields.check_size(self.secret, SECRET_BYTES, "an envelope secret")

    def fields(self) -> dict[str, Json]:
        return {"env": self.envelope.hex(), "key": self.secret.hex()}

    @classmethod
    def decode(cls, body: Body) -> GrabIntent:
        return cls(fields.event(body, "env"), hex_field(body, "key", SECRET_BYTES))


def envelope_lock(secret: bytes) -> bytes:
    """What the clearer publishes of an envelope's secret: a grab must show the preimage."""
    return blake2b_256(_LOCK_PREFIX, secret)


_KINDS = frozenset(kind.value for kind in EnvelopeKind)

WalletIntent = (
    MintIntent
    | BurnIntent
    | TransferIntent
    | AcceptIntent
    | DeclineIntent
    | RedEnvelopeIntent
    | GrabIntent
)
_INTENTS: dict[str, type[WalletIntent]] = {
    kind.TYPE: kind
    for kind in (
        MintIntent,
        BurnIntent,
        TransferIntent,
        AcceptIntent,
        DeclineIntent,
        RedEnvelopeIntent,
        GrabIntent,
    )
}


def decode_intent(data: bytes) -> WalletIntent:
    """An intent from its body bytes; anything else raises InvalidInput."""
    return fields.decode_tagged(data, _INTENTS, "this is not a wallet intent")


@dataclass(frozen=True)
class SignedIntent:
    """An intent as the feed layer delivers it: verified author, feed position and event id."""

    event_id: EventId
    author: PublicKey
    seq: int
    intent: WalletIntent
    timestamp_ms: int = 0


def intent_from_body(body: Body) -> WalletIntent:
    """An intent from a body already parsed (the projector's); else InvalidInput."""
    kind = _INTENTS.get(str(body["t"]))
    if kind is None:
        raise InvalidInput("this is not a wallet intent")
    return kind.decode(body)


INTENT_TYPES = frozenset(_INTENTS)
