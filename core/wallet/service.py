"""The wallet service: the API the desktop and the node use (SKELETON: being filled in).

Every method that moves money takes the 6-digit payment PIN and raises
:class:`core.wallet.PinLocked` / ``core.errors.NotAllowed`` on a wrong or locked PIN before
anything is signed. Amounts are integer minor units. Errors are ``core.errors`` types with a
message fit to show.
"""

from __future__ import annotations

from core.features import Kit
from core.ids import EventId, PublicKey
from core.wallet.bills import BillLine
from core.wallet.intents import EnvelopeKind
from core.wallet.values import CurrencyId
from core.wallet.views import CurrencyView, EnvelopeView, PaymentPreview, TransferView


class WalletService:
    def __init__(self, kit: Kit) -> None:
        self._kit = kit

    # -- currencies ------------------------------------------------------------------------
    def currencies(self) -> list[CurrencyView]:
        """Currencies we joined or issued, then ones offered to us (issued by friends)."""
        raise NotImplementedError

    def currency(self, currency: CurrencyId) -> CurrencyView | None:
        raise NotImplementedError

    def issue(
        self, name: str, symbol: str, digits: int, cap: int | None, initial: int, pin: str
    ) -> CurrencyId:
        """Issue a currency cleared by this device; mint ``initial`` (may be 0) to ourselves."""
        raise NotImplementedError

    def join(self, currency: CurrencyId) -> None:
        """Hold a currency offered to us (its clearing feed is then shared with us)."""
        raise NotImplementedError

    def mint(self, currency: CurrencyId, amount: int, pin: str) -> EventId:
        raise NotImplementedError

    # -- paying ----------------------------------------------------------------------------
    def transfer(
        self,
        currency: CurrencyId,
        payee: PublicKey,
        amount: int,
        pin: str,
        *,
        memo: str = "",
        conversation: str | None = None,
    ) -> EventId:
        """A held transfer to a friend (they accept); with ``conversation`` a transfer card
        is posted there too. Returns the transfer intent's id."""
        raise NotImplementedError

    def receive_code(self, currency: CurrencyId, amount: int | None = None) -> str:
        """Our static receive code text (``HUTONG:R1:…``)."""
        raise NotImplementedError

    def payment_request(
        self, currency: CurrencyId, amount: int, memo: str = "", valid_ms: int = 600_000
    ) -> str:
        """A signed single-use payment request text (``HUTONG:P1:…``)."""
        raise NotImplementedError

    def read_code(self, text: str) -> PaymentPreview:
        """Check a scanned code (signature, expiry) before any PIN prompt; InvalidInput if bad."""
        raise NotImplementedError

    def pay(self, preview: PaymentPreview, pin: str, amount: int | None = None) -> EventId:
        """Pay a scanned code (an immediate transfer, not held); ``amount`` for codes without."""
        raise NotImplementedError

    def transfer_status(self, currency: CurrencyId, transfer: EventId) -> TransferView:
        raise NotImplementedError

    def accept(self, currency: CurrencyId, transfer: EventId) -> EventId:
        raise NotImplementedError

    def decline(self, currency: CurrencyId, transfer: EventId) -> EventId:
        raise NotImplementedError

    # -- red envelopes ---------------------------------------------------------------------
    def send_red_envelope(
        self,
        conversation: str,
        currency: CurrencyId,
        total: int,
        shares: int,
        split: EnvelopeKind,
        greeting: str,
        pin: str,
        *,
        exclusive_to: PublicKey | None = None,
    ) -> EventId:
        """Escrow ``total`` and post a red-envelope card in ``conversation``."""
        raise NotImplementedError

    def envelope(self, currency: CurrencyId, envelope: EventId) -> EnvelopeView:
        raise NotImplementedError

    def grab(self, currency: CurrencyId, envelope: EventId) -> EventId:
        raise NotImplementedError

    # -- bills and PIN ---------------------------------------------------------------------
    def bills(self, currency: CurrencyId) -> list[BillLine]:
        raise NotImplementedError

    def bills_csv(self, currency: CurrencyId, lines: list[BillLine]) -> str:
        raise NotImplementedError

    def has_pin(self) -> bool:
        raise NotImplementedError

    def set_pin(self, new: str, old: str | None = None) -> None:
        raise NotImplementedError

    def pin_locked_until(self) -> int | None:
        """Milliseconds since the epoch until which no PIN is tried, or None."""
        raise NotImplementedError

    # -- clearing --------------------------------------------------------------------------
    def clear_pending(self) -> int:
        """Decide intents waiting for us as clearer and return expired holds; how many."""
        raise NotImplementedError
