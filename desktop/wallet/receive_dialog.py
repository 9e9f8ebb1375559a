"""Receive: our static receive code (with an optional amount) or a signed payment request
(amount, note, how long it can be paid), each as a QR code with its text, to copy or save."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from core.errors import InvalidInput
from core.wallet.payment_codes import MAX_REQUEST_MEMO_BYTES
from core.wallet.views import CurrencyView
from desktop.context import AppContext
from desktop.core_errors import error_text
from desktop.i18n import translate
from desktop.wallet.code_view import CodeView
from desktop.wallet.currency_picker import CurrencyPicker
from desktop.wallet.dialog_parts import dialog_layout, field_form, segments
from desktop.wallet.latest import LatestOnly
from desktop.wallet.money import AmountEdit, money
from desktop.wallet.themed import WalletDialog
from desktop.widgets import InlineNotice, set_role
from desktop.widgets.guard import run_for

VALIDITY_MS = (10 * 60_000, 60 * 60_000, 24 * 60 * 60_000)
CODE_DELAY_MS = 300


class ReceiveDialog(WalletDialog):
    def __init__(
        self, context: AppContext, currencies: list[CurrencyView], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("walletReceive")
        self.setMinimumWidth(440)
        layout = dialog_layout(self, spacing=12)
        self.heading = QLabel(self)
        set_role(self.heading, "title")
        layout.addWidget(self.heading)
        self.picker = CurrencyPicker(self, show_available=False)
        layout.addWidget(self.picker)
        self._modes, (self.static_button, self.request_button) = segments(
            self, ("modeReceiveCode", "modeRequest"), layout, spacing=8
        )

        self.forms = QStackedWidget(self)
        static_page = QWidget(self.forms)
        static_form = field_form(static_page)
        static_form.setContentsMargins(0, 0, 0, 0)
        self.static_amount = AmountEdit(static_page)
        self.static_amount.setObjectName("receiveAmount")
        self.static_amount_label = QLabel(static_page)
        static_form.addRow(self.static_amount_label, self.static_amount)
        self.forms.addWidget(static_page)

        request_page = QWidget(self.forms)
        request_form = field_form(request_page)
        request_form.setContentsMargins(0, 0, 0, 0)
        self.request_amount = AmountEdit(request_page)
        self.request_amount.setObjectName("requestAmount")
        self.memo = QLineEdit(request_page)
        self.memo.setObjectName("requestMemo")
        self.memo.setMaxLength(MAX_REQUEST_MEMO_BYTES)
        self.validity = QComboBox(request_page)
        self.validity.setObjectName("requestValidity")
        self.create_button = QPushButton(request_page)
        self.create_button.setObjectName("createRequest")
        set_role(self.create_button, "primary")
        self.request_amount_label = QLabel(request_page)
        self.memo_label = QLabel(request_page)
        self.validity_label = QLabel(request_page)
        request_form.addRow(self.request_amount_label, self.request_amount)
        request_form.addRow(self.memo_label, self.memo)
        request_form.addRow(self.validity_label, self.validity)
        request_form.addRow("", self.create_button)
        self.forms.addWidget(request_page)
        layout.addWidget(self.forms)

        self.notice = InlineNotice(self)
        layout.addWidget(self.notice)
        self.code_view = CodeView(context, self)
        layout.addWidget(self.code_view)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("receiveDone")
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self._latest = LatestOnly()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(CODE_DELAY_MS)
        self._debounce.timeout.connect(self.show_receive_code)
        self._modes.idClicked.connect(self._on_mode)
        self.picker.currentIndexChanged.connect(self._on_currency)
        self.static_amount.textEdited.connect(self._on_amount_edited)
        self.create_button.clicked.connect(self.create_request)
        self.memo.returnPressed.connect(self.create_request)
        self.close_button.clicked.connect(self.accept)
        self.retranslate()
        self._fit_form()
        self.picker.set_currencies(currencies)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Wallet", "Receive"))
        self.heading.setText(translate("Wallet", "Receive money"))
        self.static_button.setText(translate("Wallet", "Receive code"))
        self.request_button.setText(translate("Wallet", "Request a payment"))
        self.static_amount_label.setText(translate("Wallet", "Amount (optional)"))
        self.request_amount_label.setText(translate("Wallet", "Amount"))
        self.memo_label.setText(translate("Wallet", "Note"))
        self.memo.setPlaceholderText(translate("Wallet", "What it is for (optional)"))
        self.validity_label.setText(translate("Wallet", "Can be paid for"))
        chosen = max(0, self.validity.currentIndex())
        self.validity.clear()
        self.validity.addItems(
            [
                translate("Wallet", "10 minutes"),
                translate("Wallet", "1 hour"),
                translate("Wallet", "24 hours"),
            ]
        )
        self.validity.setCurrentIndex(chosen)
        self.create_button.setText(translate("Wallet", "Create request"))
        self.close_button.setText(translate("Wallet", "Done"))

    def _on_amount_edited(self, _text: str) -> None:
        self.code_view.clear_code()  # the code shown no longer says what the field says
        self._debounce.start()

    def _fit_form(self) -> None:
        """The form is as tall as the page shown, not the taller one hidden."""
        for page_index in range(self.forms.count()):
            page = self.forms.widget(page_index)
            if page is None:
                continue
            shown = page_index == self.forms.currentIndex()
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.forms.adjustSize()
        self.adjustSize()

    @property
    def requesting(self) -> bool:
        return self.request_button.isChecked()

    def _on_mode(self, index: int) -> None:
        self.forms.setCurrentIndex(index)
        self._fit_form()
        self.notice.clear_notice()
        self.code_view.clear_code()
        if index == 0:
            self.show_receive_code()

    def _on_currency(self, _index: int) -> None:
        view = self.picker.current()
        digits = 2 if view is None else view.currency.digits
        self.static_amount.set_digits(digits)
        self.request_amount.set_digits(digits)
        self.code_view.clear_code()
        if view is None:
            self.notice.show_info(
                translate("Wallet", "Join or issue a currency first: there is nothing to receive.")
            )
        elif not self.requesting:
            self.show_receive_code()

    def show_receive_code(self) -> None:
        view = self.picker.current()
        if view is None:
            return
        self.notice.clear_notice()
        amount: int | None = None
        if self.static_amount.text().strip():
            try:
                amount = self.static_amount.amount()
            except InvalidInput as exc:
                self.notice.show_error(error_text(str(exc)))
                self.code_view.clear_code()
                return
        wallet = self._context.core.wallet
        currency = view.currency
        if amount is None:
            caption = translate("Wallet", "Scan with Hutong to pay me in %1").replace(
                "%1", currency.name
            )
        else:
            caption = translate("Wallet", "Scan with Hutong to pay me %1").replace(
                "%1", money(currency, amount)
            )
        run_for(
            self,
            self._context.runner,
            lambda: wallet.receive_code(currency.id, amount),
            self._latest.answer(
                lambda text: self.code_view.show_code(
                    text, caption, f"receive-{currency.symbol}.png"
                )
            ),
            self.notice.show_error,
        )

    def create_request(self) -> None:
        view = self.picker.current()
        if view is None:
            return
        self.notice.clear_notice()
        try:
            amount = self.request_amount.amount()
        except InvalidInput as exc:
            self.notice.show_error(error_text(str(exc)))
            return
        memo = self.memo.text().strip()
        if len(memo.encode("utf-8")) > MAX_REQUEST_MEMO_BYTES:
            self.notice.show_error(translate("Wallet", "The note is too long for a QR code."))
            return
        valid_ms = VALIDITY_MS[max(0, self.validity.currentIndex())]
        wallet = self._context.core.wallet
        currency = view.currency
        until = datetime.fromtimestamp(
            (self._context.core.clock.now_ms() + valid_ms) / 1000
        ).strftime("%H:%M" if valid_ms < 24 * 60 * 60_000 else "%Y-%m-%d %H:%M")
        caption = (
            translate("Wallet", "Pay me %1. Valid until %2; it can be paid once.")
            .replace("%1", money(currency, amount))
            .replace("%2", until)
        )
        self.create_button.setEnabled(False)

        def made(text: str) -> None:
            self.create_button.setEnabled(True)
            self.code_view.show_code(text, caption, f"request-{currency.symbol}.png")

        def failed(message: str) -> None:
            self.create_button.setEnabled(True)
            self.notice.show_error(message)

        run_for(
            self,
            self._context.runner,
            lambda: wallet.payment_request(currency.id, amount, memo, valid_ms),
            self._latest.answer(made),
            failed,
        )
