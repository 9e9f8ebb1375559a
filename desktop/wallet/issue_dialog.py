"""Issue a currency: name, symbol, decimal places, an optional cap and an initial amount,
checked field by field before the PIN is asked; nothing is issued until the PIN is right."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.errors import InvalidInput
from core.wallet import MAX_DIGITS, parse_amount
from core.wallet.values import MAX_NAME_CHARS, MAX_SYMBOL_CHARS, CurrencyId, format_amount
from desktop.context import AppContext
from desktop.core_errors import error_text
from desktop.i18n import translate
from desktop.wallet.dialog_parts import (
    cancel_and_go,
    close_after_pin,
    dialog_layout,
    heading_and_explanation,
)
from desktop.wallet.money import AmountEdit
from desktop.wallet.pin_dialog import PinDialog
from desktop.wallet.themed import WalletDialog
from desktop.widgets import InlineNotice
from desktop.widgets.translated import grow_to_fit

_SYMBOL = re.compile(rf"[^\s\x00-\x1f\x7f]{{1,{MAX_SYMBOL_CHARS}}}")


class IssueDialog(WalletDialog):
    """After ``exec()``: ``issued`` is the new currency's id (None if cancelled)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.issued: CurrencyId | None = None
        self.pin_dialog: PinDialog | None = None
        self.setObjectName("walletIssue")
        self.setMinimumWidth(460)
        layout = dialog_layout(self)
        self.heading, self.explanation = heading_and_explanation(self, layout)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        form.setHorizontalSpacing(14)
        self.name = QLineEdit(self)
        self.name.setObjectName("issueName")
        self.name.setMaxLength(MAX_NAME_CHARS + 10)  # longer text gets the message, not a cut
        self.symbol = QLineEdit(self)
        self.symbol.setObjectName("issueSymbol")
        self.digits = QLineEdit(self)
        self.digits.setObjectName("issueDigits")
        self.digits.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,2}")))
        self.digits.setText("2")
        self.cap = AmountEdit(self)
        self.cap.setObjectName("issueCap")
        self.initial = AmountEdit(self)
        self.initial.setObjectName("issueInitial")
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        for key, field in (
            ("name", self.name),
            ("symbol", self.symbol),
            ("digits", self.digits),
            ("cap", self.cap),
            ("initial", self.initial),
        ):
            label = QLabel(self)
            error = QLabel(self)
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            form.addRow(label, column)
            self.labels[key] = label
            self.errors[key] = error
            if isinstance(field, QLineEdit):
                field.textEdited.connect(lambda _t, key=key: self._clear_error(key))
        layout.addLayout(form)
        self.notice = InlineNotice(self)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.cancel_button, self.issue_button = cancel_and_go(self, "issueCurrency", layout)
        self.issue_button.clicked.connect(self.issue)
        self.digits.textEdited.connect(self._on_digits)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Wallet", "Issue a currency"))
        self.heading.setText(translate("Wallet", "Issue a currency"))
        self.explanation.setText(
            translate(
                "Wallet",
                "Meal credits, club tokens, event vouchers: you issue them, and this computer "
                "clears every payment. Payments stay pending while it is offline.",
            )
        )
        texts = {
            "name": translate("Wallet", "Name"),
            "symbol": translate("Wallet", "Symbol"),
            "digits": translate("Wallet", "Decimal places"),
            "cap": translate("Wallet", "Cap (optional)"),
            "initial": translate("Wallet", "Issue now"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.name.setPlaceholderText(translate("Wallet", "Canteen meal credits"))
        self.symbol.setPlaceholderText(translate("Wallet", "MEAL"))
        self.digits.setPlaceholderText(translate("Wallet", "0 to 8 (2 for cents)"))
        self.cap.setPlaceholderText(translate("Wallet", "No limit"))
        self.initial.setPlaceholderText(translate("Wallet", "0 (you can issue more later)"))
        self.cancel_button.setText(translate("Wallet", "Cancel"))
        self.issue_button.setText(translate("Wallet", "Issue"))

    def _clear_error(self, key: str) -> None:
        self.errors[key].hide()
        self.notice.clear_notice()

    def _on_digits(self, _text: str) -> None:
        digits = self._digits()
        if digits is not None:
            self.cap.set_digits(digits)
            self.initial.set_digits(digits)

    def _digits(self) -> int | None:
        text = self.digits.text().strip()
        if not text.isdigit() or not 0 <= int(text) <= MAX_DIGITS:
            return None
        return int(text)

    def _error(self, key: str, text: str) -> None:
        self.errors[key].setText(text)
        self.errors[key].show()

    def check(self) -> tuple[str, str, int, int | None, int] | None:
        """The form's values, or None with a message under every field that is wrong."""
        for error in self.errors.values():
            error.hide()
        name, symbol = self.name.text().strip(), self.symbol.text().strip()
        ok = True
        if not 0 < len(name) <= MAX_NAME_CHARS:
            self._error(
                "name",
                translate("Wallet", "Give the currency a name of 1 to %1 characters.").replace(
                    "%1", str(MAX_NAME_CHARS)
                ),
            )
            ok = False
        if _SYMBOL.fullmatch(symbol) is None:
            self._error(
                "symbol",
                translate(
                    "Wallet", "A symbol has 1 to %1 characters and no spaces, like MEAL or ¥."
                ).replace("%1", str(MAX_SYMBOL_CHARS)),
            )
            ok = False
        digits = self._digits()
        if digits is None:
            self._error(
                "digits",
                translate("Wallet", "Decimal places is a whole number from 0 to %1.").replace(
                    "%1", str(MAX_DIGITS)
                ),
            )
            return None
        cap = self._amount("cap", self.cap.text(), digits)
        initial = self._amount("initial", self.initial.text(), digits)
        if cap is False or initial is False:
            return None
        if isinstance(cap, int) and isinstance(initial, int) and initial > cap:
            self._error(
                "initial",
                translate("Wallet", "You cannot issue more than the cap (%1).").replace(
                    "%1", format_amount(cap, digits)
                ),
            )
            return None
        if not ok:
            return None
        return name, symbol, digits, cap if isinstance(cap, int) else None, initial or 0

    def _amount(self, key: str, text: str, digits: int) -> int | bool | None:
        """Minor units, None when empty (or zero), False after showing what is wrong."""
        text = text.strip()
        if not text or text.strip("0.") == "":
            return None
        try:
            return parse_amount(text, digits)
        except InvalidInput as exc:
            self._error(key, error_text(str(exc)))
            return False

    def issue(self) -> None:
        values = self.check()
        grow_to_fit(self)  # messages under the fields need their lines
        if values is None:
            return
        name, symbol, digits, cap, initial = values
        wallet = self._context.core.wallet
        detail = (
            translate("Wallet", "%1 %2 to start").replace("%1", format_amount(initial, digits))
        ).replace("%2", symbol)
        self.pin_dialog = PinDialog(
            self._context,
            self,
            translate("Wallet", "Issue “%1”").replace("%1", name),
            detail if initial else "",
            lambda code: wallet.issue(name, symbol, digits, cap, initial, code),
        )
        close_after_pin(self, self.pin_dialog, self._keep)

    def _keep(self, outcome: Any) -> None:
        self.issued = outcome
