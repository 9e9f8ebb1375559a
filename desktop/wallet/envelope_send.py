"""Sending a red envelope: currency, how many shares, lucky or fixed, the amount, a greeting
and, in a group, optionally one member only; then the PIN. The money goes into escrow and the
card appears in the chat; what nobody grabs comes back after 24 hours."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from core.chat import parse_conversation
from core.chat.cards import MAX_TITLE_CHARS
from core.errors import InvalidInput
from core.ids import EventId, PublicKey
from core.wallet import MAX_SHARES, EnvelopeKind
from core.wallet.views import CurrencyView
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.wallet.currency_picker import CurrencyPicker
from desktop.wallet.dialog_parts import (
    cancel_and_go,
    close_after_pin,
    dialog_layout,
    field_form,
    offer_currencies,
    segments,
    typed_amount,
    within_available,
)
from desktop.wallet.money import AmountEdit, money
from desktop.wallet.pin_dialog import PinDialog
from desktop.wallet.style import ENVELOPE_RED
from desktop.wallet.themed import WalletDialog
from desktop.widgets import InlineNotice, set_role
from desktop.widgets.guard import run_for


def default_greeting() -> str:
    return translate("Wallet", "Best wishes")


class SendEnvelopeDialog(WalletDialog):
    """After it closes: ``sent`` is the envelope's id (None if not sent)."""

    def __init__(
        self, context: AppContext, conversation: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self._conversation = conversation
        self.sent: EventId | None = None
        self.pin_dialog: PinDialog | None = None
        kind, raw = parse_conversation(conversation)
        self.in_group = kind == "group"
        self._group_id = raw if self.in_group else None
        self.setObjectName("walletEnvelope")
        self.setMinimumWidth(480)
        layout = dialog_layout(self, (26, 22, 26, 18), 12)
        self.heading = QLabel(self)
        set_role(self.heading, "title")
        layout.addWidget(self.heading)
        self._splits, (self.lucky_button, self.fixed_button) = segments(
            self, ("splitLucky", "splitFixed"), layout
        )
        form = field_form()
        form.setVerticalSpacing(8)
        self.picker = CurrencyPicker(self)
        self.shares = QSpinBox(self)
        self.shares.setObjectName("envelopeShares")
        self.shares.setRange(1, MAX_SHARES)
        self.amount = AmountEdit(self)
        self.amount.setObjectName("envelopeAmount")
        self.greeting = QLineEdit(self)
        self.greeting.setObjectName("envelopeGreeting")
        self.greeting.setMaxLength(MAX_TITLE_CHARS)
        self.only = QComboBox(self)
        self.only.setObjectName("envelopeOnly")
        self.labels = {
            key: QLabel(self) for key in ("currency", "shares", "amount", "greeting", "only")
        }
        form.addRow(self.labels["currency"], self.picker)
        form.addRow(self.labels["shares"], self.shares)
        form.addRow(self.labels["amount"], self.amount)
        form.addRow(self.labels["greeting"], self.greeting)
        form.addRow(self.labels["only"], self.only)
        layout.addLayout(form)
        for key in ("shares", "only"):
            self.labels[key].setVisible(self.in_group)
        self.shares.setVisible(self.in_group)
        self.only.setVisible(self.in_group)
        if self.in_group:
            self.shares.setValue(3)
        self.total = QLabel(self)
        self.total.setObjectName("bigAmount")
        self.total.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.total)
        self.notice = InlineNotice(self)
        layout.addWidget(self.notice)
        self.cancel_button, self.send_button = cancel_and_go(
            self, "sendEnvelope", layout, primary=False
        )
        self.send_button.setStyleSheet(
            f"QPushButton {{ background: {ENVELOPE_RED}; color: #ffffff; border: none;"
            " font-weight: 600; } QPushButton:disabled { background: #f3b3ab; }"
        )
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send)
        self._splits.buttonClicked.connect(lambda _b: self._update())
        self.shares.valueChanged.connect(lambda _v: self._update())
        self.amount.textEdited.connect(lambda _t: self._update())
        self.picker.currentIndexChanged.connect(self._on_currency)
        self.only.currentIndexChanged.connect(self._on_only)
        self.retranslate()
        core = context.core
        group_id = self._group_id

        def load() -> tuple[list[CurrencyView], list[tuple[bytes, str]]]:
            members: list[tuple[bytes, str]] = []
            if group_id is not None:
                info = core.groups.info(group_id)
                if info is not None:
                    members = [
                        (bytes(m.identity), m.name)
                        for m in info.active_members
                        if bytes(m.identity) != bytes(core.me)
                    ]
            return core.wallet.currencies(), members

        run_for(self, context.runner, load, self._loaded, self.notice.show_error)

    @property
    def split(self) -> EnvelopeKind:
        return EnvelopeKind.LUCKY if self.lucky_button.isChecked() else EnvelopeKind.FIXED

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Wallet", "Red envelope"))
        self.heading.setText(translate("Wallet", "Send a red envelope"))
        self.lucky_button.setText(translate("Wallet", "Lucky draw"))
        self.fixed_button.setText(translate("Wallet", "Same amount each"))
        self.labels["currency"].setText(translate("Wallet", "Currency"))
        self.labels["shares"].setText(translate("Wallet", "Shares"))
        self.labels["greeting"].setText(translate("Wallet", "Greeting"))
        self.labels["only"].setText(translate("Wallet", "Who can open it"))
        self.greeting.setPlaceholderText(default_greeting())
        self.cancel_button.setText(translate("Wallet", "Cancel"))
        self.send_button.setText(translate("Wallet", "Put money in the envelope"))
        self._update()

    def _loaded(self, result: tuple[list[CurrencyView], list[tuple[bytes, str]]]) -> None:
        views, members = result
        name_of = self._context.people.directory.plain_name_of
        self.only.blockSignals(True)
        self.only.clear()
        self.only.addItem(translate("Wallet", "Anyone in the group"), None)
        for identity, name in sorted(members, key=lambda m: m[1].casefold()):
            known = name_of(identity)
            self.only.addItem(known if known != identity.hex()[:8] else name, identity)
        self.only.blockSignals(False)
        offer_currencies(views, self.picker, self.notice, self.send_button, self.amount)

    def _on_currency(self, _index: int) -> None:
        view = self.picker.current()
        if view is not None:
            self.amount.set_digits(view.currency.digits)
        self._update()

    def _on_only(self, _index: int) -> None:
        exclusive = self.only.currentData() is not None
        if exclusive:
            self.shares.setValue(1)
        self.shares.setEnabled(not exclusive)
        self._update()

    def _amount(self) -> int | None:
        try:
            return self.amount.amount()
        except InvalidInput:
            return None

    def total_amount(self) -> int | None:
        amount = self._amount()
        if amount is None:
            return None
        shares = self.shares.value() if self.in_group else 1
        return amount * shares if self.split is EnvelopeKind.FIXED else amount

    def _update(self) -> None:
        self.notice.clear_notice()
        lucky = self.split is EnvelopeKind.LUCKY
        self.labels["amount"].setText(
            translate("Wallet", "Total") if lucky else translate("Wallet", "Amount each")
        )
        view = self.picker.current()
        total = self.total_amount()
        self.total.setText("" if view is None else money(view.currency, total or 0))

    def send(self) -> None:
        view = self.picker.current()
        if view is None:
            return
        if typed_amount(self.amount, self.notice) is None:
            return
        total = self.total_amount() or 0
        shares = self.shares.value() if self.in_group else 1
        if total < shares:
            self.notice.show_error(
                translate("Wallet", "Each share needs at least the smallest unit of %1.").replace(
                    "%1", view.currency.symbol
                )
            )
            return
        if not within_available(view, total, self.notice):
            return
        greeting = self.greeting.text().strip() or default_greeting()
        only = self.only.currentData() if self.in_group else None
        exclusive = None if only is None else PublicKey(bytes(only))
        wallet = self._context.core.wallet
        conversation, currency_id, split = self._conversation, view.currency.id, self.split
        self.pin_dialog = PinDialog(
            self._context,
            self,
            translate("Wallet", "Red envelope"),
            money(view.currency, total),
            lambda pin: wallet.send_red_envelope(
                conversation,
                currency_id,
                total,
                shares,
                split,
                greeting,
                pin,
                exclusive_to=exclusive,
            ),
        )
        close_after_pin(self, self.pin_dialog, self._keep)

    def _keep(self, outcome: Any) -> None:
        self.sent = outcome
