"""The pages of "Scan to pay": where the code comes from, pasted text, the camera, the
preview (who is paid, how much, for what) and done. Pages show and ask; the dialog works."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.identity import display_id
from core.wallet.views import PaymentPreview
from desktop.contacts.add_pages import SourceTile
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.people import AvatarLabel
from desktop.wallet.money import AmountEdit, money
from desktop.widgets import (
    InlineNotice,
    TranslatedWidget,
    icon_pixmap,
    id_lines,
    set_role,
    theme_colors,
)

SOURCES = (
    ("camera", "camera"),
    ("screen", "screen-region"),
    ("file", "image"),
    ("clipboard", "paste"),
    ("text", "card-text"),
)


def payee_name(context: AppContext, preview: PaymentPreview) -> str:
    """Who gets the money: our remark for them with their own name beside it (a remark
    alone could hide whose code this is), or the name on their card."""
    contact = context.people.directory.contact(bytes(preview.payee))
    if contact is None:
        return preview.payee_name
    if contact.remark and contact.remark != contact.name:
        return f"{contact.remark} ({contact.name})"
    return contact.name or preview.payee_name


def _page_layout(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(28, 24, 28, 22)
    layout.setSpacing(12)
    return layout


def _label(parent: QWidget, role: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    set_role(label, role)
    return label


class SourcePage(TranslatedWidget):
    """Signals: picked(str): ``camera``, ``screen``, ``file``, ``clipboard`` or ``text``."""

    picked = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _page_layout(self)
        self.heading = _label(self, "title")
        self.explanation = _label(self, "secondary")
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(4)
        self.tiles: dict[str, SourceTile] = {}
        for key, icon_name in SOURCES:
            tile = SourceTile(context, icon_name, self)
            tile.setObjectName(f"pay-source-{key}")
            tile.clicked.connect(lambda _=False, key=key: self.picked.emit(key))
            layout.addWidget(tile)
            self.tiles[key] = tile
        self.notice = InlineNotice(self)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        context.themes.changed.connect(self._restyle)
        self.retranslate()

    def _restyle(self, _theme: str) -> None:
        for tile in self.tiles.values():
            tile.restyle()

    def retranslate(self) -> None:
        self.heading.setText(translate("Wallet", "Scan to pay"))
        self.explanation.setText(
            translate(
                "Wallet",
                "Scan a receive code or a payment request. You see who gets paid and how much "
                "before you enter your PIN.",
            )
        )
        texts = {
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
        for key, (title, help_text) in texts.items():
            self.tiles[key].set_texts(title, help_text)


class PastePage(TranslatedWidget):
    """Signals: submitted(str), back()."""

    submitted = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _page_layout(self)
        self.heading = _label(self, "title")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("codeText")
        self.text.setTabChangesFocus(True)
        self.notice = InlineNotice(self)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("pasteContinue")
        set_role(self.continue_button, "primary")
        self.continue_button.setEnabled(False)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        for widget in (self.heading, self.text, self.notice):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.text.textChanged.connect(self._on_changed)
        self.back_button.clicked.connect(self.back.emit)
        self.continue_button.clicked.connect(
            lambda: self.submitted.emit(self.text.toPlainText().strip())
        )
        self.retranslate()

    def _on_changed(self) -> None:
        self.notice.clear_notice()
        self.continue_button.setEnabled(bool(self.text.toPlainText().strip()))

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
        layout = _page_layout(self)
        layout.addSpacing(8)
        self.avatar = AvatarLabel(context.people.avatars, 64, self)
        layout.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        self.payee = _label(self, "heading")
        self.payee.setObjectName("payeeName")
        self.payee.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.payee_id = _label(self, "caption")
        self.payee_id.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kind = _label(self, "caption")
        self.kind.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.amount = QLabel(self)
        self.amount.setObjectName("bigAmount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.amount_edit = AmountEdit(self)
        self.amount_label = _label(self, "secondary")
        self.memo = _label(self, "secondary")
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
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.pay_button = QPushButton(self)
        self.pay_button.setObjectName("payButton")
        set_role(self.pay_button, "primary")
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pay_button)
        layout.addLayout(buttons)
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


class DonePage(TranslatedWidget):
    """Signals: closeRequested()."""

    closeRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        layout = _page_layout(self)
        layout.addStretch(1)
        self.picture = QLabel(self)
        self.headline = _label(self, "title")
        self.headline.setObjectName("payResult")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = _label(self, "secondary")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        layout.addStretch(2)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("payDone")
        set_role(self.done_button, "primary")
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        self.done_button.clicked.connect(self.closeRequested.emit)
        self.retranslate()

    def show_result(self, headline: str, body: str) -> None:
        ratio = self.devicePixelRatioF() or 1.0
        color = theme_colors(self._context).accent
        self.picture.setPixmap(icon_pixmap("check", color, 56, ratio))
        self.headline.setText(headline)
        self.body.setText(body)

    def retranslate(self) -> None:
        self.done_button.setText(translate("Wallet", "Done"))


class CameraPage(TranslatedWidget):
    """Signals: back(). ``scanner.found(str)`` carries a payment code's text."""

    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.qr.camera import CameraScanner
        from desktop.wallet.scan_reading import camera_frame_code

        layout = _page_layout(self)
        self.heading = _label(self, "title")
        self.scanner = CameraScanner(context, self, read=camera_frame_code)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.scanner, 1)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back.emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate("Wallet", "Scan with camera"))
        self.back_button.setText(translate("Wallet", "Back"))
