"""The wallet on the desktop: the Wallet pane (currencies, receive, scan to pay, bills, issue)
and the money dialogs chats and mini-programs open (:mod:`desktop.wallet.actions`)."""

from desktop.wallet.actions import (
    ask_pin,
    confirm_payment_request,
    open_envelope,
    open_transfer,
    send_red_envelope,
    send_transfer,
)
from desktop.wallet.pane import WalletPane

__all__ = [
    "WalletPane",
    "ask_pin",
    "confirm_payment_request",
    "open_envelope",
    "open_transfer",
    "send_red_envelope",
    "send_transfer",
]
