"""Money at the edges of the wallet pane: amounts shown with their currency, and typed in.

Amounts are integer minor units everywhere; text appears only here, through core's
``format_amount`` and ``parse_amount`` (no floats).
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from core.wallet import Currency, format_amount, parse_amount


def money(currency: Currency, amount: int) -> str:
    """``12.50 MEAL``."""
    return f"{format_amount(amount, currency.digits)} {currency.symbol}"


def signed_money(currency: Currency, amount: int, incoming: bool) -> str:
    """``+12.50 MEAL`` coming in, ``−12.50 MEAL`` going out (a real minus sign)."""
    return ("+" if incoming else "\u2212") + money(currency, amount)


class AmountEdit(QLineEdit):
    """A field for an amount in one currency: digits and at most ``digits`` decimals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amountEdit")
        self._digits = 2
        self.set_digits(2)

    def set_digits(self, digits: int) -> None:
        self._digits = digits
        decimals = "" if digits == 0 else f"([.][0-9]{{0,{digits}}})?"
        pattern = QRegularExpression(f"[0-9]{{0,16}}{decimals}")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setPlaceholderText("0" if digits == 0 else "0." + "0" * digits)

    def amount(self) -> int:
        """Minor units; InvalidInput (core's words) for an empty, zero or malformed amount."""
        return parse_amount(self.text(), self._digits)
