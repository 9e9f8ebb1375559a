"""What chats and mini-programs call for money (the contract in the wallet's API notes):
every function is modal and shows its own errors; none raises for a person's mistake."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from core.chat.cards import RedEnvelopeCard, TransferCard
from core.ids import EventId, PublicKey
from desktop.context import AppContext
from desktop.wallet.envelope_open import EnvelopeDialog
from desktop.wallet.envelope_send import SendEnvelopeDialog
from desktop.wallet.pin_dialog import PinDialog
from desktop.wallet.scan_dialog import ScanPayDialog
from desktop.wallet.transfer_dialogs import SendTransferDialog, TransferStatusDialog


def _modal(dialog: QDialog) -> int:
    """Run ``dialog`` modally, then let it go: a closed card's dialog must not keep
    reloading on every wallet change."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def send_transfer(
    context: AppContext, conversation: str, payee: PublicKey, parent: QWidget
) -> None:
    """Amount, note and PIN; the transfer card is posted in ``conversation``."""
    _modal(SendTransferDialog(context, conversation, payee, parent))


def send_red_envelope(context: AppContext, conversation: str, parent: QWidget) -> None:
    """Currency, total, shares, fixed or lucky, greeting (one member only, in a group); PIN."""
    _modal(SendEnvelopeDialog(context, conversation, parent))


def open_transfer(
    context: AppContext,
    conversation: str,
    card: TransferCard,
    incoming: bool,
    parent: QWidget,
) -> None:
    """Accept or decline for the payee; where it stands for the payer."""
    del conversation  # the card names the currency and the transfer
    _modal(TransferStatusDialog(context, card, incoming, parent))


def open_envelope(
    context: AppContext, conversation: str, card: RedEnvelopeCard, parent: QWidget
) -> None:
    """The red envelope with its 開 button, then who grabbed what ("Best luck")."""
    del conversation
    _modal(EnvelopeDialog(context, card, parent))


def ask_pin(context: AppContext, parent: QWidget, title: str, detail: str) -> str | None:
    """The 6-digit payment PIN (set one first when there is none), or None if cancelled.
    While the PIN is locked, the dialog shows how long and takes no digits."""
    dialog = PinDialog(context, parent, title, detail)
    accepted = _modal(dialog)
    return dialog.pin if accepted else None


def confirm_payment_request(context: AppContext, code_text: str, parent: QWidget) -> EventId | None:
    """Check the code, show the payee's real name, the amount and the note, ask the PIN,
    pay; the payment's id, or None if cancelled or refused (the dialog said why)."""
    dialog = ScanPayDialog(context, parent, code_text=code_text)
    _modal(dialog)
    return dialog.paid
