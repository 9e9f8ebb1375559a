"""What the wallet shows: frozen values the desktop and the node read (no storage here)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.ids import EventId, PublicKey
from core.wallet.intents import EnvelopeKind
from core.wallet.ledger import FreezeEvidence
from core.wallet.payment_codes import PaymentRequest, ReceiveCode
from core.wallet.values import Currency


@dataclass(frozen=True)
class CurrencyView:
    """One currency as we see it now. Amounts are integer minor units.

    ``balance`` is cleared money (final); ``pending_out`` is what our uncleared intents would
    take (never spendable); ``available = balance - pending_out``; ``pending_in`` is money
    on its way to us (transfers waiting for our accept, or intents to us not cleared yet).
    """

    currency: Currency
    joined: bool
    balance: int
    available: int
    pending_in: int
    pending_out: int
    am_issuer: bool
    am_clearer: bool
    frozen: FreezeEvidence | None
    minted: int
    holders: int
    clearing_paused: bool = False
    """We hold the clearing key but this restored profile waits for ``resume_clearing``."""


class TransferState(StrEnum):
    PENDING = "pending"  # signed, not cleared yet (clearer offline or busy)
    HELD = "held"  # cleared into hold, waiting for the payee's accept
    ACCEPTED = "accepted"  # released to the payee (final)
    CLEARED = "cleared"  # an immediate transfer that cleared (final)
    DECLINED = "declined"  # returned on the payee's decline
    RETURNED = "returned"  # returned after 24 h unaccepted
    REFUSED = "refused"  # refused at clearing (reason in ``reason``)
    UNKNOWN = "unknown"  # we cannot read the intent nor see a record yet


@dataclass(frozen=True)
class TransferView:
    currency: Currency
    transfer: EventId
    payer: PublicKey | None
    payee: PublicKey | None
    amount: int | None
    memo: str
    state: TransferState
    reason: str | None
    expires_ms: int | None  # when a held transfer goes back, by the clearer's clock


@dataclass(frozen=True)
class Grab:
    who: PublicKey
    amount: int
    time_ms: int
    best_luck: bool


class EnvelopeStatus(StrEnum):
    PENDING = "pending"  # the envelope intent is not cleared yet
    OPEN = "open"  # shares left, before expiry
    FINISHED = "finished"  # every share grabbed
    EXPIRED = "expired"  # the rest went back to the sender
    REFUSED = "refused"  # the clearer refused the envelope (e.g. overdraft)


@dataclass(frozen=True)
class EnvelopeView:
    currency: Currency
    envelope: EventId
    sender: PublicKey | None
    greeting: str
    total: int
    shares: int
    split: EnvelopeKind | None
    exclusive_to: PublicKey | None
    status: EnvelopeStatus
    grabs: tuple[Grab, ...]
    mine: int | None  # what we grabbed (None: not grabbed)
    grab_pending: bool  # our grab is signed but not cleared yet
    can_grab: bool


@dataclass(frozen=True)
class PaymentPreview:
    """A scanned code, verified (signature, expiry) before any PIN prompt."""

    code: ReceiveCode | PaymentRequest
    currency: Currency | None  # None: a currency we do not know (cannot pay)
    payee: PublicKey
    payee_name: str  # the contact's name as we know it, or the short id
    amount: int | None  # None: the payer types it (a static receive code without amount)
    memo: str
    joined: bool
