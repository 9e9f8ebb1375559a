"""What the wallet asks the chat to show: the values of a transfer or red-envelope card.

The wallet does not import the chat (features are independent); the facade turns these
into ``core.chat`` cards and posts them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core.ids import EventId, PublicKey
from core.wallet.intents import EnvelopeKind
from core.wallet.values import CurrencyId


@dataclass(frozen=True)
class WalletTransferCard:
    title: str
    currency: CurrencyId
    transfer: EventId
    amount: int
    note: str = ""


@dataclass(frozen=True)
class WalletEnvelopeCard:
    title: str  # the greeting
    currency: CurrencyId
    envelope: EventId
    total: int
    shares: int
    split: EnvelopeKind
    exclusive_to: PublicKey | None = None


WalletCard = WalletTransferCard | WalletEnvelopeCard
PostCard = Callable[[str, WalletCard], None]
"""Post a card in a conversation (the facade wires the chat's ``send_card``)."""
