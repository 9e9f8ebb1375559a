"""One currency in the wallet pane: the cleared balance (big), money still pending in or out
(never added to the balance), a frozen currency's reason; or an offered currency to join.

Signals (CurrencyCard): billsRequested(bytes): the currency id.
Signals (OfferCard): joinRequested(bytes): the currency id.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.wallet import FreezeEvidence, format_amount
from core.wallet.views import CurrencyView
from desktop.i18n import translate
from desktop.wallet.money import money
from desktop.wallet.style import symbol_badge_color
from desktop.widgets import set_role
from desktop.widgets.colors import Palette

BADGE = 40


def symbol_badge(text: str, color: str, ratio: float) -> QPixmap:
    """A round coloured badge with the first characters of the symbol."""
    pixmap = QPixmap(round(BADGE * ratio), round(BADGE * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(0, 0, BADGE, BADGE)
    font = QFont(painter.font())
    font.setPixelSize(18)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(0, 0, BADGE, BADGE, Qt.AlignmentFlag.AlignCenter, text[:1].upper())
    painter.end()
    return pixmap


def freeze_reason(frozen: FreezeEvidence) -> str:
    """Why a currency froze, in words, with the evidence a member can point to."""
    if frozen.reason == "fork":
        ids = [e.hex()[:16] for e in (frozen.first, frozen.second) if e is not None]
        text = translate("Wallet", "its clearer signed two different histories at record %1")
        text = text.replace("%1", str(frozen.seq))
        if len(ids) == 2:
            text += (
                translate("Wallet", " (events %1… and %2…)")
                .replace("%1", ids[0])
                .replace("%2", ids[1])
            )
        return text
    # Core's other reasons are its own sentences (a record that breaks a rule), kept as
    # evidence: "record 7: an overdraft" tells a member which record to show the issuer.
    return (
        translate("Wallet", "record %1: %2")
        .replace("%1", str(frozen.seq))
        .replace("%2", frozen.reason)
    )


def issuer_line(view: CurrencyView, issuer_name: str) -> str:
    if view.am_issuer and view.am_clearer:
        return translate("Wallet", "Issued by you · cleared on this computer")
    if view.am_issuer:
        return translate("Wallet", "Issued by you")
    if view.am_clearer:
        return translate("Wallet", "Issued by %1 · cleared on this computer").replace(
            "%1", issuer_name
        )
    return translate("Wallet", "Issued by %1").replace("%1", issuer_name)


class _Card(QFrame):
    def __init__(self, view: CurrencyView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("currencyCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(18, 16, 18, 16)
        self.outer.setSpacing(10)
        top = QHBoxLayout()
        top.setSpacing(12)
        self.badge = QLabel(self)
        self.badge.setFixedSize(BADGE, BADGE)
        names = QVBoxLayout()
        names.setSpacing(1)
        self.name = QLabel(self)
        self.name.setObjectName("currencyName")
        self.issuer = QLabel(self)
        self.issuer.setObjectName("currencyIssuer")
        names.addWidget(self.name)
        names.addWidget(self.issuer)
        top.addWidget(self.badge)
        top.addLayout(names, 1)
        self.top = top
        self.outer.addLayout(top)

    def retranslate(self) -> None:
        """Re-set every visible string."""

    def paint_badge(self, colors: Palette) -> None:
        ratio = self.devicePixelRatioF() or 1.0
        color = symbol_badge_color(colors, self.view.frozen is not None)
        self.badge.setPixmap(symbol_badge(self.view.currency.symbol, color, ratio))

    def show_names(self, issuer_name: str) -> None:
        currency = self.view.currency
        self.name.setText(f"{currency.name} · {currency.symbol}")
        self.issuer.setText(issuer_line(self.view, issuer_name))


class CurrencyCard(_Card):
    billsRequested = Signal(bytes)  # noqa: N815 - Qt signal naming
    mintRequested = Signal(bytes)  # noqa: N815
    resumeRequested = Signal(bytes)  # noqa: N815

    def __init__(self, view: CurrencyView, parent: QWidget | None = None) -> None:
        super().__init__(view, parent)
        self.frozen_pill = QLabel(self)
        set_role(self.frozen_pill, "pill", tone="danger")
        self.frozen_pill.setVisible(view.frozen is not None)
        self.top.addWidget(self.frozen_pill, 0, Qt.AlignmentFlag.AlignTop)
        self.bills_button = QPushButton(self)
        self.bills_button.setObjectName("currencyBills")
        set_role(self.bills_button, "link")
        self.bills_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.bills_button.clicked.connect(lambda: self.billsRequested.emit(bytes(view.currency.id)))
        self.mint_button = QPushButton(self)
        self.mint_button.setObjectName("currencyMint")
        set_role(self.mint_button, "link")
        self.mint_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.mint_button.setVisible(view.am_issuer and view.frozen is None)
        self.mint_button.clicked.connect(lambda: self.mintRequested.emit(bytes(view.currency.id)))
        self.top.addWidget(self.mint_button, 0, Qt.AlignmentFlag.AlignTop)
        self.top.addWidget(self.bills_button, 0, Qt.AlignmentFlag.AlignTop)
        balance_row = QHBoxLayout()
        balance_row.setSpacing(6)
        self.balance = QLabel(self)
        self.balance.setObjectName("balance")
        self.balance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.symbol = QLabel(self)
        self.symbol.setObjectName("balanceSymbol")
        balance_row.addWidget(self.balance, 0, Qt.AlignmentFlag.AlignBaseline)
        balance_row.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignBaseline)
        balance_row.addStretch(1)
        self.caption = QLabel(self)
        self.caption.setObjectName("balanceCaption")
        self.pending_in = QLabel(self)
        self.pending_in.setObjectName("pendingChip")
        self.pending_out = QLabel(self)
        self.pending_out.setObjectName("pendingChip")
        self.frozen_reason = QLabel(self)
        self.frozen_reason.setObjectName("frozenReason")
        self.frozen_reason.setWordWrap(True)
        self.outer.addWidget(self.caption)
        self.outer.addLayout(balance_row)
        pending = QHBoxLayout()
        pending.setSpacing(16)
        pending.addWidget(self.pending_in)
        pending.addWidget(self.pending_out)
        pending.addStretch(1)
        self.outer.addLayout(pending)
        self.outer.addWidget(self.frozen_reason)
        paused = QHBoxLayout()
        paused.setSpacing(10)
        self.paused_text = QLabel(self)
        self.paused_text.setObjectName("pendingChip")
        self.paused_text.setWordWrap(True)
        self.resume_button = QPushButton(self)
        self.resume_button.setObjectName("resumeClearing")
        self.resume_button.clicked.connect(self._resume)
        paused.addWidget(self.paused_text, 1)
        paused.addWidget(self.resume_button)
        self.outer.addLayout(paused)
        showing = view.clearing_paused and view.frozen is None
        self.paused_text.setVisible(showing)
        self.resume_button.setVisible(showing)
        self.retranslate()

    def _resume(self) -> None:
        self.resume_button.setEnabled(False)
        self.resumeRequested.emit(bytes(self.view.currency.id))

    def retranslate(self) -> None:
        view, currency = self.view, self.view.currency
        self.balance.setText(format_amount(view.balance, currency.digits))
        self.symbol.setText(currency.symbol)
        self.caption.setText(translate("Wallet", "Balance (cleared)"))
        self.bills_button.setText(translate("Wallet", "Bills"))
        self.mint_button.setText(translate("Wallet", "Issue more"))
        self.frozen_pill.setText(translate("Wallet", "Frozen"))
        self.pending_in.setText(
            translate("Wallet", "+%1 pending in").replace("%1", money(currency, view.pending_in))
        )
        self.pending_in.setVisible(view.pending_in > 0)
        self.pending_in.setToolTip(
            translate(
                "Wallet",
                "Not in your balance yet: transfers wait for you to accept them in the chat, "
                "payments wait for the currency's clearer.",
            )
        )
        self.pending_out.setText(
            translate("Wallet", "\u2212%1 pending out").replace(
                "%1", money(currency, view.pending_out)
            )
        )
        self.pending_out.setVisible(view.pending_out > 0)
        self.pending_out.setToolTip(
            translate(
                "Wallet",
                "Still in your balance but not spendable: payments the currency's clearer has "
                "not confirmed yet.",
            )
        )
        self.paused_text.setText(
            translate(
                "Wallet",
                "Clearing is paused: this profile was restored. Payments in this currency wait "
                "until you resume, once this computer has synced with the members.",
            )
        )
        self.resume_button.setText(translate("Wallet", "Resume clearing"))
        frozen = view.frozen
        if frozen is not None:
            self.frozen_reason.setText(
                translate(
                    "Wallet",
                    "Frozen: %1. Its clearer broke the rules, so no payment in this currency "
                    "is made or shown as final.",
                ).replace("%1", freeze_reason(frozen))
            )
        self.frozen_reason.setVisible(frozen is not None)


class OfferCard(_Card):
    joinRequested = Signal(bytes)  # noqa: N815 - Qt signal naming

    def __init__(self, view: CurrencyView, parent: QWidget | None = None) -> None:
        super().__init__(view, parent)
        self.join_button = QPushButton(self)
        self.join_button.setObjectName("joinCurrency")
        set_role(self.join_button, "primary")
        self.join_button.clicked.connect(self._join)
        self.top.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()

    def _join(self) -> None:
        self.join_button.setEnabled(False)
        self.joinRequested.emit(bytes(self.view.currency.id))

    def retranslate(self) -> None:
        self.join_button.setText(translate("Wallet", "Join"))
