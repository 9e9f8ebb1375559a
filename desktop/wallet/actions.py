"""What chats and mini-programs call for money (the contract in the wallet's API notes):
every function is modal and shows its own errors; none raises for a person's mistake."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core.chat.cards import RedEnvelopeCard, TransferCard
from core.ids import EventId, PublicKey
from desktop.context import AppContext
from desktop.wallet.envelope_open import EnvelopeDialog
from desktop.wallet.envelope_send import SendEnvelopeDialog
from desktop.wallet.pin_dialog import PinDialog
from desktop.wallet.scan_dialog import ScanPayDialog
from desktop.wallet.transfer_dialogs import SendTransferDialog, TransferStatusDialog


def send_transfer(
    context: AppContext, conversation: str, payee: PublicKey, parent: QWidget
) -> None:
    """Amount, note and PIN; the transfer card is posted in ``conversation``."""
    SendTransferDialog(context, conversation, payee, parent).exec()


def send_red_envelope(context: AppContext, conversation: str, parent: QWidget) -> None:
    """Currency, total, shares, fixed or lucky, greeting (one member only, in a group); PIN."""
    SendEnvelopeDialog(context, conversation, parent).exec()


def open_transfer(
    context: AppContext,
    conversation: str,
    card: TransferCard,
    incoming: bool,
    parent: QWidget,
) -> None:
    """Accept or decline for the payee; where it stands for the payer."""
    del conversation  # the card names the currency and the transfer
    TransferStatusDialog(context, card, incoming, parent).exec()


def open_envelope(
    context: AppContext, conversation: str, card: RedEnvelopeCard, parent: QWidget
) -> None:
    """The red envelope with its 開 button, then who grabbed what ("Best luck")."""
    del conversation
    EnvelopeDialog(context, card, parent).exec()


def ask_pin(context: AppContext, parent: QWidget, title: str, detail: str) -> str | None:
    """The 6-digit payment PIN (set one first when there is none), or None if cancelled.
    While the PIN is locked, the dialog shows how long and takes no digits."""
    dialog = PinDialog(context, parent, title, detail)
    return dialog.pin if dialog.exec() else None


def confirm_payment_request(context: AppContext, code_text: str, parent: QWidget) -> EventId | None:
    """Check the code, show the payee's real name, the amount and the note, ask the PIN,
    pay; the payment's id, or None if cancelled or refused (the dialog said why)."""
    dialog = ScanPayDialog(context, parent, code_text=code_text)
    dialog.exec()
    return dialog.paid
