"""Parts the wallet's dialogs share: their layout, a heading with a line of explanation,
money forms, segment buttons, Cancel / go, and the checks before the PIN is asked."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import Change, WalletChanged
from core.errors import InvalidInput
from core.wallet.views import CurrencyView
from desktop.core_errors import error_text
from desktop.i18n import translate
from desktop.wallet.currency_picker import CurrencyPicker
from desktop.wallet.money import AmountEdit, money
from desktop.wallet.pin_dialog import PinDialog
from desktop.widgets import InlineNotice, set_role


def dialog_layout(
    dialog: QWidget, margins: tuple[int, int, int, int] = (24, 20, 24, 18), spacing: int = 10
) -> QVBoxLayout:
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return layout


def heading_and_explanation(dialog: QWidget, layout: QVBoxLayout) -> tuple[QLabel, QLabel]:
    heading = QLabel(dialog)
    set_role(heading, "title")
    explanation = QLabel(dialog)
    explanation.setWordWrap(True)
    set_role(explanation, "secondary")
    layout.addWidget(heading)
    layout.addWidget(explanation)
    return heading, explanation


def field_form(parent: QWidget | None = None) -> QFormLayout:
    """Labels left of their fields, centred on them."""
    form = QFormLayout(parent)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


def segments(
    parent: QWidget, names: Sequence[str], layout: QVBoxLayout, spacing: int = -1
) -> tuple[QButtonGroup, list[QPushButton]]:
    """A row of exclusive choices (the first chosen), ids their index."""
    row = QHBoxLayout()
    if spacing >= 0:
        row.setSpacing(spacing)
    group = QButtonGroup(parent)
    buttons = []
    for index, name in enumerate(names):
        button = QPushButton(parent)
        button.setObjectName(name)
        button.setCheckable(True)
        set_role(button, "segment")
        group.addButton(button, index)
        row.addWidget(button, 1)
        buttons.append(button)
    buttons[0].setChecked(True)
    layout.addLayout(row)
    return group, buttons


def cancel_and_go(
    dialog: QWidget, go_name: str, layout: QVBoxLayout, primary: bool = True
) -> tuple[QPushButton, QPushButton]:
    """Cancel and the dialog's action at the bottom right; Cancel is connected to reject."""
    buttons = QHBoxLayout()
    cancel = QPushButton(dialog)
    go = QPushButton(dialog)
    go.setObjectName(go_name)
    if primary:
        set_role(go, "primary")
    buttons.addStretch(1)
    buttons.addWidget(cancel)
    buttons.addWidget(go)
    layout.addLayout(buttons)
    cancel.clicked.connect(dialog.reject)  # type: ignore[attr-defined]
    return cancel, go


def offer_currencies(
    views: list[CurrencyView],
    picker: CurrencyPicker,
    notice: InlineNotice,
    go: QPushButton,
    amount: AmountEdit,
) -> None:
    """Fill the picker; without a currency say where to get one, and nothing can be sent."""
    picker.set_currencies(views)
    if picker.current() is None:
        notice.show_error(
            translate("Wallet", "You hold no currency yet. Issue or join one in the Wallet first.")
        )
    go.setEnabled(picker.current() is not None)
    amount.setFocus()


def typed_amount(edit: AmountEdit, notice: InlineNotice) -> int | None:
    """The amount typed, or None with the reason told."""
    try:
        return edit.amount()
    except InvalidInput as exc:
        notice.show_error(error_text(str(exc)))
        return None


def within_available(view: CurrencyView, amount: int, notice: InlineNotice) -> bool:
    if amount <= view.available:
        return True
    notice.show_error(
        translate("Wallet", "You have %1 available.").replace(
            "%1", money(view.currency, view.available)
        )
    )
    return False


def touches_currency(changes: Sequence[Change], currency: bytes) -> bool:
    """Whether any of ``changes`` is to the wallet of ``currency``."""
    return any(isinstance(c, WalletChanged) and bytes(c.currency_id) == currency for c in changes)


def close_after_pin(dialog: QDialog, pin_dialog: PinDialog, keep: Callable[[Any], None]) -> None:
    """Ask for the PIN; once ``pin_dialog``'s work is done, ``keep`` its outcome and close."""

    def done() -> None:
        if pin_dialog.outcome is not None:
            keep(pin_dialog.outcome)
            dialog.accept()

    pin_dialog.accepted.connect(done)
    pin_dialog.start()
