"""Scan to pay: read a code (camera, screen region, picture file, pasted picture or text),
check it with ``wallet.read_code`` before anything else, show who is paid and how much, then
the PIN, then pay. A bad code gets one clear message and nothing else happens.

With ``code_text`` the dialog starts from that code (a mini-program's payment request) and
has no scanning pages. After it closes, ``paid`` is the payment's id (None if not paid).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from core.errors import InvalidInput
from core.ids import EventId
from core.wallet.views import PaymentPreview
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.qr import image_from_file
from desktop.qr.camera import video_inputs
from desktop.qr.screen_region import RegionPicker, grab_screen
from desktop.wallet.money import money
from desktop.wallet.pin_dialog import PinDialog
from desktop.wallet.scan_pages import CameraPage, DonePage, PastePage, PreviewPage, SourcePage
from desktop.wallet.scan_reading import NoPaymentCode, preview_picture, preview_text
from desktop.wallet.themed import WalletDialog
from desktop.widgets import sentence
from desktop.widgets.file_choice import choose_qr_picture_file
from desktop.widgets.guard import run_for

SCREEN_GRAB_DELAY_MS = 350


def _has_cameras() -> bool:
    try:
        return bool(video_inputs())
    except ImportError:
        return False


class ScanPayDialog(WalletDialog):
    """The edges are attributes so tests can replace them: ``choose_image_file``,
    ``grab_screen``; ``has_cameras`` is a constructor argument."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        code_text: str | None = None,
        has_cameras: Callable[[], bool] = _has_cameras,
    ) -> None:
        super().__init__(context, parent)
        self.choose_image_file: Callable[[QWidget], Path | None] = choose_qr_picture_file
        self.grab_screen: Callable[[], tuple[QPixmap, QRect]] = grab_screen
        self.region_picker: RegionPicker | None = None
        self.camera_page: CameraPage | None = None
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
        self.paste = PastePage(self)
        self.preview = PreviewPage(context, self)
        self.preview.back_cancels = self._direct
        self.preview.retranslate()
        self.done_page = DonePage(context, self)
        for page in (self.choose, self.paste, self.preview, self.done_page):
            self.stack.addWidget(page)
        self.choose.picked.connect(self._on_source)
        self.paste.submitted.connect(self.check_text)
        self.paste.back.connect(self.show_choices)
        self.preview.back.connect(self._preview_back)
        self.preview.payRequested.connect(self.pay)
        self.done_page.closeRequested.connect(self.accept)
        self.choose.tiles["camera"].setVisible(not self._direct and has_cameras())
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._update_clipboard_tile)
        self._update_clipboard_tile()
        self.retranslate()
        if code_text is not None:
            self.stack.setCurrentWidget(self.preview)
            self.preview.pay_button.setEnabled(False)
            self.preview.notice.show_info(translate("Wallet", "Checking the payment request…"))
            self.check_text(code_text)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Wallet", "Pay"))

    # -- reading ---------------------------------------------------------------------------

    def show_choices(self) -> None:
        if self.camera_page is not None:
            self.camera_page.scanner.stop()
        self.stack.setCurrentWidget(self.choose)

    def _preview_back(self) -> None:
        if self._direct:
            self.reject()
        else:
            self.show_choices()

    def _update_clipboard_tile(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        self.choose.tiles["clipboard"].setEnabled(data is not None and data.hasImage())

    def _on_source(self, source: str) -> None:
        self.choose.notice.clear_notice()
        if source == "camera":
            self.scan_camera()
        elif source == "screen":
            self.scan_screen()
        elif source == "file":
            self.scan_file()
        elif source == "clipboard":
            self.scan_clipboard()
        elif source == "text":
            self.stack.setCurrentWidget(self.paste)
            self.paste.text.setFocus()

    def scan_file(self) -> None:
        path = self.choose_image_file(self)
        if path is None:
            return
        core = self._context.core
        self._read(lambda: preview_picture(core, image_from_file(path)))

    def scan_clipboard(self) -> None:
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self.choose.notice.show_error(
                translate("Wallet", "There is no picture on the clipboard.")
            )
            return
        self.scan_image(image)

    def scan_image(self, image: QImage) -> None:
        core = self._context.core
        self._read(lambda: preview_picture(core, image))

    def check_text(self, text: str) -> None:
        core = self._context.core
        self._read(lambda: preview_text(core, text))

    def scan_screen(self) -> None:
        self.hide()
        QTimer.singleShot(SCREEN_GRAB_DELAY_MS, self._grab_and_pick)

    def _grab_and_pick(self) -> None:
        shot, geometry = self.grab_screen()
        picker = RegionPicker(shot, geometry)
        picker.picked.connect(self._on_region)
        picker.cancelled.connect(self._back_from_screen)
        self.region_picker = picker
        picker.show()
        picker.activateWindow()

    def _on_region(self, image: QImage) -> None:
        self._back_from_screen()
        self.scan_image(image)

    def _back_from_screen(self) -> None:
        self.region_picker = None
        self.show()
        self.raise_()
        self.activateWindow()

    def scan_camera(self) -> None:
        if self.camera_page is None:
            self.camera_page = CameraPage(self._context, self)
            self.camera_page.back.connect(self.show_choices)
            self.camera_page.scanner.found.connect(self.check_text)
            self.stack.addWidget(self.camera_page)
        self.stack.setCurrentWidget(self.camera_page)
        self.camera_page.scanner.start()

    def _read(self, work: Callable[[], Any]) -> None:
        run_for(self, self._context.runner, work, self._on_read, self._on_bad_code)

    def _problem_notice(self) -> Any:
        page = self.stack.currentWidget()
        if page is self.paste:
            return self.paste.notice
        if self._direct:
            return self.preview.notice
        self.show_choices()
        return self.choose.notice

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

    def done_with_camera(self) -> None:
        if self.camera_page is not None:
            self.camera_page.scanner.stop()

    def reject(self) -> None:
        self.done_with_camera()
        super().reject()

    def accept(self) -> None:
        self.done_with_camera()
        super().accept()
