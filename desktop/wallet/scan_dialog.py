"""Scan to pay: read a code (camera, screen region, picture file, pasted picture or text),
check it with ``wallet.read_code`` before anything else, show who is paid and how much, then
the PIN, then pay. A bad code gets one clear message and nothing else happens.

With ``code_text`` the dialog starts from that code (a mini-program's payment request) and
has no scanning pages. After it closes, ``paid`` is the payment's id (None if not paid).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from core.errors import InvalidInput
from core.ids import EventId
from core.wallet.views import PaymentPreview
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.qr.scan_flow import ScanningDialog, has_cameras
from desktop.wallet.money import money
from desktop.wallet.pin_dialog import PinDialog
from desktop.wallet.scan_pages import (
    CodePastePage,
    PayCameraPage,
    PayDonePage,
    PreviewPage,
    SourcePage,
)
from desktop.wallet.scan_reading import NoPaymentCode, preview_picture, preview_text
from desktop.wallet.themed import WalletDialog
from desktop.widgets import InlineNotice, sentence
from desktop.widgets.guard import run_for


class ScanPayDialog(ScanningDialog, WalletDialog):
    """``has_cameras`` is a constructor argument (tests replace it); see ScanningDialog for
    the other edges."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        code_text: str | None = None,
        has_cameras: Callable[[], bool] = has_cameras,
    ) -> None:
        super().__init__(context, parent)
        self.pin_dialog: PinDialog | None = None
        self.paid: EventId | None = None
        self._direct = code_text is not None
        self.setObjectName("walletScanPay")
        self.setMinimumSize(460, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self.choose = SourcePage(context, self)
        self.paste = CodePastePage(self)
        self.preview = PreviewPage(context, self)
        self.preview.back_cancels = self._direct
        self.preview.retranslate()
        self.done_page = PayDonePage(context, self)
        for page in (self.choose, self.paste, self.preview, self.done_page):
            self.stack.addWidget(page)
        self.preview.back.connect(self._preview_back)
        self.preview.payRequested.connect(self.pay)
        self.done_page.closeRequested.connect(self.accept)
        self.offer_sources(not self._direct and has_cameras())
        self.retranslate()
        if code_text is not None:
            self.stack.setCurrentWidget(self.preview)
            self.preview.pay_button.setEnabled(False)
            self.preview.notice.show_info(translate("Wallet", "Checking the payment request…"))
            self.check_text(code_text)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Wallet", "Pay"))

    # -- reading ---------------------------------------------------------------------------

    def _preview_back(self) -> None:
        if self._direct:
            self.reject()
        else:
            self.show_choices()

    def read_picture(self, image: QImage) -> PaymentPreview | NoPaymentCode:
        return preview_picture(self._context.core, image)

    def read_text(self, text: str) -> PaymentPreview | NoPaymentCode:
        return preview_text(self._context.core, text)

    def no_clipboard_picture(self) -> str:
        return translate("Wallet", "There is no picture on the clipboard.")

    def new_camera_page(self) -> PayCameraPage:
        return PayCameraPage(self._context, self)

    def from_camera(self, found: Any) -> None:
        self.check_text(found)

    def take(self, work: Callable[[], Any]) -> None:
        run_for(self, self._context.runner, work, self._on_read, self._on_bad_code)

    def _problem_notice(self) -> InlineNotice:
        if self._direct and self.stack.currentWidget() is not self.paste:
            return self.preview.notice
        return self.scan_problem_notice()

    def _on_bad_code(self, message: str) -> None:
        """Core refused the code (damaged, altered, expired): say so; nothing else happens."""
        text = translate("Wallet", "This payment code cannot be used. %1").replace(
            "%1", sentence(message)
        )
        self._problem_notice().show_error(text)

    def _on_read(self, result: PaymentPreview | NoPaymentCode) -> None:
        if isinstance(result, NoPaymentCode):
            self._problem_notice().show_error(result.text())
            return
        self.preview.show_preview(result)
        self.stack.setCurrentWidget(self.preview)

    # -- paying ----------------------------------------------------------------------------

    def pay(self) -> None:
        preview = self.preview.preview
        if preview is None or not self.preview.payable or preview.currency is None:
            return
        currency = preview.currency
        amount = preview.amount
        typed: int | None = None
        if amount is None:
            try:
                typed = amount = self.preview.amount_edit.amount()
            except InvalidInput as exc:
                from desktop.core_errors import error_text

                self.preview.notice.show_error(error_text(str(exc)))
                return
        wallet = self._context.core.wallet
        name = self.preview.name
        self.pin_dialog = PinDialog(
            self._context,
            self,
            translate("Wallet", "Pay %1").replace("%1", name),
            money(currency, amount),
            lambda pin: wallet.pay(preview, pin, typed),
        )
        shown = money(currency, amount)

        def paid() -> None:
            dialog = self.pin_dialog
            if dialog is None or dialog.outcome is None:
                return
            self.paid = dialog.outcome
            self.done_page.show_result(
                translate("Wallet", "%1 sent to %2").replace("%1", shown).replace("%2", name),
                translate(
                    "Wallet",
                    "Pending until the currency's clearer confirms it; then it is final. "
                    "You can follow it in Bills.",
                ),
            )
            self.stack.setCurrentWidget(self.done_page)

        self.pin_dialog.accepted.connect(paid)
        self.pin_dialog.start()
