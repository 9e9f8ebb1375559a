"""The pages of "Scan to pay": where the code comes from, pasted text, the camera, the
preview (who is paid, how much, for what) and done. Pages show and ask; the dialog works."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from core.identity import display_id
from core.wallet.views import PaymentPreview
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.people import AvatarLabel
from desktop.qr.scan_sources import (
    CameraPage,
    DonePage,
    PastePage,
    SourcesPage,
    back_and_go,
    page_layout,
    role_label,
)
from desktop.wallet.money import AmountEdit, money
from desktop.widgets import InlineNotice, TranslatedWidget, id_lines


def payee_name(context: AppContext, preview: PaymentPreview) -> str:
    """Who gets the money: our remark for them with their own name beside it (a remark
    alone could hide whose code this is), or the name on their card."""
    contact = context.people.directory.contact(bytes(preview.payee))
    if contact is None:
        return preview.payee_name
    if contact.remark and contact.remark != contact.name:
        return f"{contact.remark} ({contact.name})"
    return contact.name or preview.payee_name


class SourcePage(SourcesPage):
    """Signals: picked(str): ``camera``, ``screen``, ``file``, ``clipboard`` or ``text``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "pay-source-", parent)
        self.heading.setWordWrap(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("Wallet", "Scan to pay"))
        self.explanation.setText(
            translate(
                "Wallet",
                "Scan a receive code or a payment request. You see who gets paid and how much "
                "before you enter your PIN.",
            )
        )
        self.set_tile_texts(
            {
                "camera": (
                    translate("Wallet", "Scan with camera"),
                    translate("Wallet", "Hold the code up to your camera"),
                ),
                "screen": (
                    translate("Wallet", "Scan from screen"),
                    translate("Wallet", "Select a QR code shown anywhere on your screen"),
                ),
                "file": (
                    translate("Wallet", "Open a picture"),
                    translate("Wallet", "A QR code saved as an image file"),
                ),
                "clipboard": (
                    translate("Wallet", "Paste a picture"),
                    translate("Wallet", "A QR code image you copied"),
                ),
                "text": (
                    translate("Wallet", "Paste code text"),
                    translate("Wallet", "Text that starts with HUTONG:R1: or HUTONG:P1:"),
                ),
            }
        )


class CodePastePage(PastePage):
    """Signals: submitted(str), back()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, text_name="codeText", continue_name="pasteContinue", explained=False
        )
        self.heading.setWordWrap(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("Wallet", "Paste code text"))
        self.text.setPlaceholderText("HUTONG:P1:…")
        self.back_button.setText(translate("Wallet", "Back"))
        self.continue_button.setText(translate("Wallet", "Continue"))


class PreviewPage(TranslatedWidget):
    """Signals: payRequested(), back()."""

    payRequested = Signal()  # noqa: N815 - Qt signal naming
    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.preview: PaymentPreview | None = None
        self.payable = False
        self.back_cancels = False  # a request handed over (no scanning pages to go back to)
        layout = page_layout(self)
        layout.addSpacing(8)
        self.avatar = AvatarLabel(context.people.avatars, 64, self)
        layout.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        self.payee = role_label(self, "heading")
        self.payee.setObjectName("payeeName")
        self.payee.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.payee_id = role_label(self, "caption")
        self.payee_id.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kind = role_label(self, "caption")
        self.kind.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.amount = QLabel(self)
        self.amount.setObjectName("bigAmount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.amount_edit = AmountEdit(self)
        self.amount_label = role_label(self, "secondary")
        self.memo = role_label(self, "secondary")
        self.memo.setObjectName("payMemo")
        self.memo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = InlineNotice(self)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.payee, self.payee_id, self.kind, self.amount, self.amount_label):
            layout.addWidget(widget)
        layout.addWidget(self.amount_edit)
        layout.addWidget(self.memo)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.back_button, self.pay_button = back_and_go(self, layout, "payButton")
        self.back_button.clicked.connect(self.back.emit)
        self.pay_button.clicked.connect(self.payRequested.emit)
        self.amount_edit.returnPressed.connect(self.pay_button.click)
        self.amount_edit.textEdited.connect(lambda _t: self.notice.clear_notice())
        context.people.directory.changed.connect(self._rename)
        self.retranslate()

    def _rename(self) -> None:
        if self.preview is not None:
            self.name = payee_name(self._context, self.preview)
            self.avatar.show_person(self.preview.payee, self.name)
            self.retranslate()

    def show_preview(self, preview: PaymentPreview) -> None:
        self.preview = preview
        self.notice.clear_notice()
        self.amount_edit.clear()
        core = self._context.core
        self.name = name = payee_name(self._context, preview)
        self.avatar.show_person(preview.payee, name)
        self.payee_id.setText(id_lines(display_id(preview.payee)))
        currency = preview.currency
        if currency is not None:
            self.amount_edit.set_digits(currency.digits)
        fixed = preview.amount is not None and currency is not None
        self.amount.setVisible(fixed)
        self.amount_edit.setVisible(currency is not None and preview.amount is None)
        self.amount_label.setVisible(self.amount_edit.isVisible())
        if fixed and currency is not None and preview.amount is not None:
            self.amount.setText(money(currency, preview.amount))
        self.memo.setVisible(bool(preview.memo))
        problem = ""
        if preview.payee == core.me:
            problem = translate("Wallet", "This is your own code: scan someone else's to pay.")
        elif currency is None:
            problem = translate(
                "Wallet",
                "This code is for a currency you do not hold. Ask the payee which currency it "
                "is, and join it first.",
            )
        elif not preview.joined:
            problem = translate(
                "Wallet", "You have not joined %1 yet. Join it in the Wallet, then scan again."
            ).replace("%1", currency.name)
        self.payable = not problem
        self.pay_button.setEnabled(self.payable)
        if problem:
            self.notice.show_error(problem)
        self.retranslate()
        if self.amount_edit.isVisible():
            self.amount_edit.setFocus()

    def retranslate(self) -> None:
        preview = self.preview
        self.back_button.setText(
            translate("Wallet", "Cancel") if self.back_cancels else translate("Wallet", "Back")
        )
        self.pay_button.setText(translate("Wallet", "Pay"))
        self.amount_label.setText(translate("Wallet", "Amount to pay"))
        if preview is None:
            return
        self.payee.setText(translate("Wallet", "Pay %1").replace("%1", self.name))
        currency_name = "" if preview.currency is None else preview.currency.name
        from core.wallet import PaymentRequest

        if isinstance(preview.code, PaymentRequest):
            self.kind.setText(
                translate("Wallet", "Payment request · %1 · signed by the payee").replace(
                    "%1", currency_name
                )
            )
        else:
            self.kind.setText(translate("Wallet", "Receive code · %1").replace("%1", currency_name))
        self.memo.setText(translate("Wallet", "Note: %1").replace("%1", preview.memo))


class PayDonePage(DonePage):
    """Signals: closeRequested()."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent, headline_name="payResult", done_name="payDone")

    def retranslate(self) -> None:
        self.done_button.setText(translate("Wallet", "Done"))


class PayCameraPage(CameraPage):
    """Signals: back(). ``scanner.found(str)`` carries a payment code's text."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        from desktop.wallet.scan_reading import camera_frame_code

        super().__init__(context, parent, read=camera_frame_code)

    def retranslate(self) -> None:
        self.heading.setText(translate("Wallet", "Scan with camera"))
        self.back_button.setText(translate("Wallet", "Back"))
