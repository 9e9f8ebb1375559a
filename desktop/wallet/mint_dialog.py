"""Issue more of a currency we issued: an amount (within the cap), then the PIN."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from core.ids import EventId
from core.wallet.views import CurrencyView
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.wallet.dialog_parts import (
    cancel_and_go,
    close_after_pin,
    dialog_layout,
    heading_and_explanation,
    typed_amount,
)
from desktop.wallet.money import AmountEdit, money
from desktop.wallet.pin_dialog import PinDialog
from desktop.wallet.themed import WalletDialog
from desktop.widgets import InlineNotice


class MintDialog(WalletDialog):
    """After it closes: ``minted`` is the mint's id (None if cancelled)."""

    def __init__(
        self, context: AppContext, view: CurrencyView, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self._view = view
        self.minted: EventId | None = None
        self.pin_dialog: PinDialog | None = None
        self.setObjectName("walletMint")
        self.setMinimumWidth(400)
        layout = dialog_layout(self)
        self.heading, self.explanation = heading_and_explanation(self, layout)
        self.amount = AmountEdit(self)
        self.amount.setObjectName("mintAmount")
        self.amount.set_digits(view.currency.digits)
        self.notice = InlineNotice(self)
        layout.addWidget(self.amount)
        layout.addWidget(self.notice)
        self.cancel_button, self.mint_button = cancel_and_go(self, "mintCurrency", layout)
        self.mint_button.clicked.connect(self.mint)
        self.amount.returnPressed.connect(self.mint)
        self.amount.textEdited.connect(lambda _t: self.notice.clear_notice())
        self.retranslate()

    def room(self) -> int | None:
        """How much more the cap allows (None: no cap)."""
        cap = self._view.currency.cap
        return None if cap is None else max(0, cap - self._view.minted)

    def retranslate(self) -> None:
        currency = self._view.currency
        self.setWindowTitle(translate("Wallet", "Issue more"))
        self.heading.setText(translate("Wallet", "Issue more %1").replace("%1", currency.name))
        room = self.room()
        self.explanation.setText(
            translate("Wallet", "%1 issued so far. The new money goes to your balance.").replace(
                "%1", money(currency, self._view.minted)
            )
            + (
                ""
                if room is None
                else " "
                + translate("Wallet", "The cap allows %1 more.").replace(
                    "%1", money(currency, room)
                )
            )
        )
        self.cancel_button.setText(translate("Wallet", "Cancel"))
        self.mint_button.setText(translate("Wallet", "Issue"))

    def mint(self) -> None:
        currency = self._view.currency
        amount = typed_amount(self.amount, self.notice)
        if amount is None:
            return
        room = self.room()
        if room is not None and amount > room:
            self.notice.show_error(
                translate("Wallet", "The cap allows %1 more.").replace("%1", money(currency, room))
            )
            return
        wallet = self._context.core.wallet
        currency_id = currency.id
        self.pin_dialog = PinDialog(
            self._context,
            self,
            translate("Wallet", "Issue more %1").replace("%1", currency.name),
            money(currency, amount),
            lambda pin: wallet.mint(currency_id, amount, pin),
        )
        close_after_pin(self, self.pin_dialog, self._keep)

    def _keep(self, outcome: Any) -> None:
        self.minted = outcome
