"""Transfers in a chat: sending one (currency, amount, note, then the PIN) and opening a
transfer card (the payee accepts or declines; the payer sees where it stands).

A transfer is held for the payee; it is final only when the clearer records the accept, and
goes back on decline or after 24 hours. Both dialogs follow ``WalletChanged``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import Change
from core.chat.cards import TransferCard
from core.ids import EventId, PublicKey
from core.wallet import CurrencyId
from core.wallet.fields import MAX_MEMO_CHARS
from core.wallet.views import CurrencyView, TransferState, TransferView
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.people import AvatarLabel
from desktop.wallet.currency_picker import CurrencyPicker
from desktop.wallet.dialog_parts import (
    cancel_and_go,
    close_after_pin,
    dialog_layout,
    field_form,
    offer_currencies,
    touches_currency,
    typed_amount,
    within_available,
)
from desktop.wallet.latest import LatestOnly
from desktop.wallet.money import AmountEdit, money
from desktop.wallet.pin_dialog import PinDialog
from desktop.wallet.style import TRANSFER_ORANGE
from desktop.wallet.texts import duration_text, transfer_state_text
from desktop.wallet.themed import WalletDialog
from desktop.widgets import InlineNotice, set_role
from desktop.widgets.guard import run_for


def transfer_badge(ratio: float, done: bool, side: int = 64) -> QPixmap:
    """WeChat's orange round transfer mark: ¥ while waiting, a tick when received."""
    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(TRANSFER_ORANGE))
    painter.drawEllipse(0, 0, side, side)
    font = QFont(painter.font())
    font.setPixelSize(side // 2)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(0, 0, side, side, Qt.AlignmentFlag.AlignCenter, "✓" if done else "¥")
    painter.end()
    return pixmap


class SendTransferDialog(WalletDialog):
    """After it closes: ``sent`` is the transfer's id (None if not sent)."""

    def __init__(
        self,
        context: AppContext,
        conversation: str,
        payee: PublicKey,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._conversation = conversation
        self._payee = payee
        self.sent: EventId | None = None
        self.pin_dialog: PinDialog | None = None
        self.setObjectName("walletTransfer")
        self.setMinimumWidth(480)
        self._name = context.people.directory.plain_name_of(bytes(payee))
        layout = dialog_layout(self, (26, 22, 26, 18), 12)
        who = QHBoxLayout()
        who.setSpacing(12)
        self.avatar = AvatarLabel(context.people.avatars, 44, self)
        self.avatar.show_person(payee, self._name)
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        who.addWidget(self.avatar)
        who.addWidget(self.heading, 1)
        layout.addLayout(who)
        form = field_form()
        form.setVerticalSpacing(8)
        self.picker = CurrencyPicker(self)
        self.amount = AmountEdit(self)
        self.amount.setObjectName("transferAmount")
        self.memo = QLineEdit(self)
        self.memo.setObjectName("transferMemo")
        self.memo.setMaxLength(MAX_MEMO_CHARS)
        self.currency_label, self.amount_label, self.memo_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        form.addRow(self.currency_label, self.picker)
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.memo_label, self.memo)
        layout.addLayout(form)
        self.hint = QLabel(self)
        self.hint.setObjectName("fieldHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.notice = InlineNotice(self)
        layout.addWidget(self.notice)
        self.cancel_button, self.send_button = cancel_and_go(self, "sendTransfer", layout)
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send)
        self.amount.returnPressed.connect(self.send)
        self.amount.textEdited.connect(lambda _t: self.notice.clear_notice())
        self.picker.currentIndexChanged.connect(self._on_currency)
        context.people.directory.changed.connect(self._rename)
        self.retranslate()
        run_for(
            self,
            context.runner,
            context.core.wallet.currencies,
            self._loaded,
            self.notice.show_error,
        )

    def _rename(self) -> None:
        self._name = self._context.people.directory.plain_name_of(bytes(self._payee))
        self.avatar.show_person(self._payee, self._name)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Wallet", "Transfer"))
        self.heading.setText(translate("Wallet", "Transfer to %1").replace("%1", self._name))
        self.currency_label.setText(translate("Wallet", "Currency"))
        self.amount_label.setText(translate("Wallet", "Amount"))
        self.memo_label.setText(translate("Wallet", "Note"))
        self.memo.setPlaceholderText(translate("Wallet", "Add a note (optional)"))
        self.hint.setText(
            translate(
                "Wallet",
                "%1 accepts it in the chat. If they do not within 24 hours, it comes back to you.",
            ).replace("%1", self._name)
        )
        self.cancel_button.setText(translate("Wallet", "Cancel"))
        self.send_button.setText(translate("Wallet", "Transfer"))

    def _loaded(self, views: list[CurrencyView]) -> None:
        offer_currencies(views, self.picker, self.notice, self.send_button, self.amount)

    def _on_currency(self, _index: int) -> None:
        view = self.picker.current()
        if view is not None:
            self.amount.set_digits(view.currency.digits)

    def send(self) -> None:
        view = self.picker.current()
        if view is None:
            return
        amount = typed_amount(self.amount, self.notice)
        if amount is None or not within_available(view, amount, self.notice):
            return
        wallet = self._context.core.wallet
        currency_id, memo = view.currency.id, self.memo.text().strip()
        payee, conversation = self._payee, self._conversation
        self.pin_dialog = PinDialog(
            self._context,
            self,
            translate("Wallet", "Transfer to %1").replace("%1", self._name),
            money(view.currency, amount),
            lambda pin: wallet.transfer(
                currency_id, payee, amount, pin, memo=memo, conversation=conversation
            ),
        )
        close_after_pin(self, self.pin_dialog, self._keep)

    def _keep(self, outcome: Any) -> None:
        self.sent = outcome


class TransferStatusDialog(WalletDialog):
    """A transfer card opened: amount, state; Accept / Decline for a payee while it is held."""

    def __init__(
        self,
        context: AppContext,
        card: TransferCard,
        incoming: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._card = card
        self.incoming = incoming
        self.status: TransferView | None = None
        self._latest = LatestOnly()
        self.setObjectName("walletTransferStatus")
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 28, 28, 20)
        layout.setSpacing(10)
        self.badge = QLabel(self)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignHCenter)
        self.state = QLabel(self)
        self.state.setObjectName("transferState")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state.setWordWrap(True)
        set_role(self.state, "heading")
        self.amount = QLabel(self)
        self.amount.setObjectName("bigAmount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.memo = QLabel(self)
        self.memo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.memo.setWordWrap(True)
        set_role(self.memo, "secondary")
        self.detail = QLabel(self)
        self.detail.setObjectName("transferDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        set_role(self.detail, "caption")
        for widget in (self.state, self.amount, self.memo, self.detail):
            layout.addWidget(widget)
        self.notice = InlineNotice(self)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("acceptTransfer")
        set_role(self.accept_button, "primary")
        self.decline_button = QPushButton(self)
        self.decline_button.setObjectName("declineTransfer")
        set_role(self.decline_button, "link")
        self.close_button = QPushButton(self)
        layout.addWidget(self.accept_button)
        row = QHBoxLayout()
        row.addWidget(self.decline_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.accept_button.hide()
        self.decline_button.hide()
        self.accept_button.clicked.connect(self.accept_transfer)
        self.decline_button.clicked.connect(self.decline_transfer)
        self.close_button.clicked.connect(self.accept)
        context.bridge.changes.connect(self._on_changes)
        context.people.directory.changed.connect(self._show)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Wallet", "Transfer"))
        self.accept_button.setText(translate("Wallet", "Accept"))
        self.decline_button.setText(translate("Wallet", "Decline and return"))
        self.close_button.setText(translate("Wallet", "Close"))
        self._show()

    def _on_changes(self, changes: Sequence[Change]) -> None:
        if touches_currency(changes, self._card.currency):
            self.reload()

    def reload(self) -> None:
        wallet = self._context.core.wallet
        card = self._card

        def loaded(view: TransferView) -> None:
            self.status = view
            self._show()

        run_for(
            self,
            self._context.runner,
            lambda: wallet.transfer_status(CurrencyId(card.currency), EventId(card.transfer)),
            self._latest.answer(loaded),
            self.notice.show_error,
        )

    def _other(self) -> str:
        view = self.status
        who = None if view is None else (view.payer if self.incoming else view.payee)
        if who is None:
            return translate("Wallet", "the payee") if not self.incoming else ""
        return self._context.people.directory.plain_name_of(bytes(who))

    def _show(self) -> None:
        view = self.status
        ratio = self.devicePixelRatioF() or 1.0
        done = view is not None and view.state in (TransferState.ACCEPTED, TransferState.CLEARED)
        self.badge.setPixmap(transfer_badge(ratio, done))
        if view is None:
            self.state.setText(translate("Wallet", "Loading…"))
            self.amount.setText("")
            return
        amount = view.amount if view.amount is not None else self._card.amount
        self.amount.setText(money(view.currency, amount))
        self.state.setText(transfer_state_text(view.state, self.incoming, self._other()))
        memo = view.memo or self._card.note
        self.memo.setText(memo)
        self.memo.setVisible(bool(memo))
        detail = ""
        if view.state is TransferState.HELD and view.expires_ms is not None:
            left = view.expires_ms - self._context.core.clock.now_ms()
            detail = translate("Wallet", "Goes back to the payer in %1 if not accepted.").replace(
                "%1", duration_text(left)
            )
        elif view.state is TransferState.REFUSED and view.reason:
            detail = translate("Wallet", "Reason: %1").replace("%1", view.reason)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        can_answer = self.incoming and view.state is TransferState.HELD
        self.accept_button.setVisible(can_answer)
        self.decline_button.setVisible(can_answer)

    def _answer(self, accept: bool) -> None:
        wallet = self._context.core.wallet
        card = self._card
        currency, transfer = CurrencyId(card.currency), EventId(card.transfer)
        self.accept_button.setEnabled(False)
        self.decline_button.setEnabled(False)

        def done(_event: object) -> None:
            self.accept_button.setEnabled(True)
            self.decline_button.setEnabled(True)
            self.notice.show_success(
                translate("Wallet", "Accepted. It is final once the clearer records it.")
                if accept
                else translate(
                    "Wallet", "Declined. The money goes back once the clearer records it."
                )
            )
            self.reload()

        def failed(message: str) -> None:
            self.accept_button.setEnabled(True)
            self.decline_button.setEnabled(True)
            self.notice.show_error(message)

        work = (
            (lambda: wallet.accept(currency, transfer))
            if accept
            else (lambda: wallet.decline(currency, transfer))
        )
        run_for(self, self._context.runner, work, done, failed)

    def accept_transfer(self) -> None:
        self._answer(True)

    def decline_transfer(self) -> None:
        self._answer(False)
