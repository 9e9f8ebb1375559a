"""Opening a red envelope, WeChat's way: a red envelope with the sender and the greeting and a
round gold 開 button; then the list of who grabbed what, with "Best luck" on the largest share.

A grab is final only when the clearer records its share: until then the dialog says pending.
The dialog follows ``WalletChanged`` while it is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.changes import Change
from core.chat.cards import RedEnvelopeCard
from core.ids import EventId
from core.wallet import CurrencyId, EnvelopeKind
from core.wallet.views import EnvelopeStatus, EnvelopeView, Grab
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.people import AvatarLabel
from desktop.wallet.dialog_parts import touches_currency
from desktop.wallet.latest import LatestOnly
from desktop.wallet.money import money
from desktop.wallet.style import (
    ENVELOPE_COIN,
    ENVELOPE_COIN_TEXT,
    ENVELOPE_DEEP,
    ENVELOPE_GOLD,
    ENVELOPE_MONEY,
    ENVELOPE_RED,
    pending_color,
)
from desktop.wallet.texts import envelope_status_text
from desktop.wallet.themed import WalletDialog
from desktop.widgets import InlineNotice, set_role, theme_colors
from desktop.widgets.guard import run_for

COVER_W, COVER_H = 340, 500


class EnvelopeCover(QWidget):
    """The closed envelope: painted red with a darker lid; children sit on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("envelopeCover")
        self.setFixedSize(COVER_W, COVER_H)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ENVELOPE_RED))
        painter.drawRect(QRectF(0, 0, COVER_W, COVER_H))  # the window is the envelope
        lid = QPainterPath()
        lid.moveTo(0, 0)
        lid.lineTo(COVER_W, 0)
        lid.lineTo(COVER_W, COVER_H * 0.62)
        lid.quadTo(COVER_W / 2, COVER_H * 0.74, 0, COVER_H * 0.62)
        lid.closeSubpath()
        painter.setBrush(QColor(ENVELOPE_DEEP))
        painter.drawPath(lid)
        painter.end()


class CoinButton(QPushButton):
    """The round gold 開 ("open") button, painted: style sheets do not round it reliably."""

    SIDE = 96

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("開", parent)
        self.setFixedSize(self.SIDE, self.SIDE)
        side = f"{self.SIDE}px"  # the themes' button padding and min-height must not shrink it
        self.setStyleSheet(
            f"QPushButton {{ min-height: {side}; max-height: {side}; min-width: {side};"
            f" max-width: {side}; padding: 0; border: none; background: transparent; }}"
        )
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        enabled = self.isEnabled()
        color = QColor(ENVELOPE_COIN if enabled else ENVELOPE_GOLD)
        if enabled and self.underMouse():
            color = color.lighter(108)
        painter.setBrush(color)
        painter.drawEllipse(QRectF(1, 1, self.SIDE - 2, self.SIDE - 2))
        font = QFont(self.font())
        font.setPixelSize(40)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(ENVELOPE_COIN_TEXT if enabled else "#a5835a"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "開")
        painter.end()


class GrabRow(QWidget):
    def __init__(
        self, context: AppContext, view: EnvelopeView, grab: Grab, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.entry = grab
        name = context.people.directory.plain_name_of(bytes(grab.who))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(10)
        avatar = AvatarLabel(context.people.avatars, 36, self)
        avatar.show_person(grab.who, name)
        texts = QVBoxLayout()
        texts.setSpacing(1)
        self.name = QLabel(name, self)
        self.time = QLabel(datetime.fromtimestamp(grab.time_ms / 1000).strftime("%H:%M"), self)
        set_role(self.time, "caption")
        texts.addWidget(self.name)
        texts.addWidget(self.time)
        amounts = QVBoxLayout()
        amounts.setSpacing(1)
        self.amount = QLabel(money(view.currency, grab.amount), self)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.best = QLabel(translate("Wallet", "👑 Best luck"), self)
        self.best.setObjectName("bestLuck")
        self.best.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.best.setStyleSheet(f"color: {ENVELOPE_COIN}; font-size: 12px; font-weight: 600;")
        self.best.setVisible(grab.best_luck)
        amounts.addWidget(self.amount)
        amounts.addWidget(self.best)
        layout.addWidget(avatar)
        layout.addLayout(texts, 1)
        layout.addLayout(amounts)


class EnvelopeDialog(WalletDialog):
    """``view`` is the envelope as last loaded; ``open_button`` grabs (the 開 button)."""

    def __init__(
        self, context: AppContext, card: RedEnvelopeCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self._card = card
        self.view: EnvelopeView | None = None
        self._latest = LatestOnly()
        self.grabbing = False
        self.setObjectName("walletEnvelopeOpen")
        self.setModal(True)
        self.setFixedSize(COVER_W, COVER_H)  # the window is the envelope
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)

        self.cover = EnvelopeCover(self.stack)
        cover = QVBoxLayout(self.cover)
        cover.setContentsMargins(28, 44, 28, 28)
        cover.setSpacing(10)
        self.cover_avatar = AvatarLabel(context.people.avatars, 52, self.cover)
        cover.addWidget(self.cover_avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        self.cover_sender = QLabel(self.cover)
        self.cover_sender.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover_sender.setStyleSheet(f"color: {ENVELOPE_GOLD}; font-size: 15px;")
        self.cover_greeting = QLabel(self.cover)
        self.cover_greeting.setObjectName("envelopeGreeting")
        self.cover_greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover_greeting.setWordWrap(True)
        self.cover_greeting.setStyleSheet(
            f"color: {ENVELOPE_GOLD}; font-size: 22px; font-weight: 600;"
        )
        self.cover_message = QLabel(self.cover)
        self.cover_message.setObjectName("envelopeMessage")
        self.cover_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover_message.setWordWrap(True)
        self.cover_message.setStyleSheet("color: #ffe9d6; font-size: 13px;")
        for widget in (self.cover_sender, self.cover_greeting, self.cover_message):
            cover.addWidget(widget)
        cover.addStretch(1)
        self.open_button = CoinButton(self.cover)
        self.open_button.setObjectName("openEnvelope")
        cover.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        cover.addSpacing(18)
        self.details_link = QPushButton(self.cover)
        self.details_link.setObjectName("envelopeDetails")
        self.details_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.details_link.setStyleSheet(
            f"QPushButton {{ background: transparent; border: none; color: {ENVELOPE_GOLD};"
            " font-size: 13px; }"
        )
        cover.addWidget(self.details_link, 0, Qt.AlignmentFlag.AlignHCenter)
        self.stack.addWidget(self.cover)

        self.details = QWidget(self.stack)
        self.details.setFixedSize(COVER_W, COVER_H)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 16)
        details.setSpacing(8)
        self.band = QFrame(self.details)
        self.band.setObjectName("envelopeBand")
        self.band.setFixedHeight(64)
        self.band.setStyleSheet(
            f"#envelopeBand {{ background: {ENVELOPE_DEEP}; border: none;"
            " border-bottom-left-radius: 160px 24px; border-bottom-right-radius: 160px 24px; }"
        )
        details.addWidget(self.band)
        self.details_avatar = AvatarLabel(context.people.avatars, 44, self.details)
        details.addWidget(self.details_avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        self.sender_label = QLabel(self.details)
        self.sender_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.sender_label, "heading")
        self.greeting = QLabel(self.details)
        self.greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.greeting.setWordWrap(True)
        set_role(self.greeting, "secondary")
        self.mine = QLabel(self.details)
        self.mine.setObjectName("envelopeMine")
        self.mine.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pending = QLabel(self.details)
        self.pending.setObjectName("envelopePending")
        self.pending.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pending.setWordWrap(True)
        self.summary = QLabel(self.details)
        self.summary.setObjectName("envelopeSummary")
        self.summary.setWordWrap(True)
        set_role(self.summary, "caption")
        for widget in (self.sender_label, self.greeting, self.mine, self.pending):
            details.addWidget(widget)
        details.addSpacing(6)
        body = QVBoxLayout()
        body.setContentsMargins(20, 0, 20, 0)
        body.setSpacing(4)
        body.addWidget(self.summary)
        self.grab_list = QWidget(self.details)
        self.grab_rows = QVBoxLayout(self.grab_list)
        self.grab_rows.setContentsMargins(0, 0, 0, 0)
        self.grab_rows.setSpacing(0)
        scroll = QScrollArea(self.details)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grab_list)
        scroll.setMinimumHeight(200)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(scroll, 1)
        self.notice = InlineNotice(self.details)
        body.addWidget(self.notice)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.details)
        row.addWidget(self.close_button)
        body.addLayout(row)
        details.addLayout(body, 1)
        self.stack.addWidget(self.details)
        self.rows: list[GrabRow] = []

        self.open_button.clicked.connect(self.grab_share)
        self.details_link.clicked.connect(self.show_details)
        self.close_button.clicked.connect(self.accept)
        context.bridge.changes.connect(self._on_changes)
        context.people.directory.changed.connect(self._show)
        self.retranslate()
        self.open_button.setEnabled(False)
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Wallet", "Red envelope"))
        self.details_link.setText(translate("Wallet", "See who grabbed it ›"))
        self.close_button.setText(translate("Wallet", "Close"))
        self._show()

    @property
    def showing_details(self) -> bool:
        return self.stack.currentWidget() is self.details

    def show_details(self) -> None:
        self.stack.setCurrentWidget(self.details)
        self.adjustSize()

    def _on_changes(self, changes: Sequence[Change]) -> None:
        if touches_currency(changes, self._card.currency):
            self.reload()

    def reload(self) -> None:
        wallet = self._context.core.wallet
        card = self._card
        run_for(
            self,
            self._context.runner,
            lambda: wallet.envelope(CurrencyId(card.currency), EventId(card.envelope)),
            self._latest.answer(self._loaded),
            self._failed,
        )

    def _failed(self, message: str) -> None:
        self.grabbing = False
        self.notice.show_error(message)
        self.cover_message.setText(message)
        self.open_button.setEnabled(bool(self.view and self.view.can_grab))

    def _loaded(self, view: EnvelopeView) -> None:
        first = self.view is None
        self.view = view
        mine_sent = view.sender is not None and bytes(view.sender) == bytes(self._context.core.me)
        if first and (mine_sent or view.mine is not None or view.grab_pending):
            self.stack.setCurrentWidget(self.details)
        self._show()

    def grab_share(self) -> None:
        view = self.view
        if view is None or not view.can_grab or self.grabbing:
            return
        self.grabbing = True
        self.open_button.setEnabled(False)
        wallet = self._context.core.wallet
        card = self._card

        def grabbed(_event: object) -> None:
            self.grabbing = False
            self.show_details()
            self.reload()

        run_for(
            self,
            self._context.runner,
            lambda: wallet.grab(CurrencyId(card.currency), EventId(card.envelope)),
            grabbed,
            self._failed,
        )

    def _sender_name(self) -> str:
        sender = None if self.view is None else self.view.sender
        if sender is None:
            return ""
        return self._context.people.directory.plain_name_of(bytes(sender))

    def _show(self) -> None:
        view = self.view
        greeting = self._card.title if view is None else (view.greeting or self._card.title)
        name = self._sender_name()
        headline = translate("Wallet", "%1's red envelope").replace("%1", name) if name else ""
        self.cover_sender.setText(headline)
        self.cover_greeting.setText(greeting)
        self.sender_label.setText(headline)
        self.greeting.setText(greeting)
        if view is not None and view.sender is not None:
            self.cover_avatar.show_person(view.sender, name)
            self.details_avatar.show_person(view.sender, name)
        if view is None:
            self.cover_message.setText(translate("Wallet", "Loading…"))
            return
        self.open_button.setVisible(view.can_grab)
        self.open_button.setEnabled(view.can_grab and not self.grabbing)
        self.cover_message.setText(self._cover_message(view))
        self.cover_message.setVisible(bool(self.cover_message.text()))
        self._show_mine(view)
        self._show_grabs(view)

    def _cover_message(self, view: EnvelopeView) -> str:
        if view.can_grab:
            return ""
        if view.exclusive_to is not None and bytes(view.exclusive_to) != bytes(
            self._context.core.me
        ):
            who = self._context.people.directory.plain_name_of(bytes(view.exclusive_to))
            return translate("Wallet", "This red envelope is for %1 only.").replace("%1", who)
        if view.status is EnvelopeStatus.FINISHED:
            return translate("Wallet", "Too slow! Every share has been grabbed.")
        if view.status is EnvelopeStatus.EXPIRED:
            return translate("Wallet", "This red envelope has expired: it was open for 24 hours.")
        return envelope_status_text(view.status)

    def _show_mine(self, view: EnvelopeView) -> None:
        colors = theme_colors(self._context)
        gold = ENVELOPE_COIN if colors.dark else ENVELOPE_MONEY
        self.mine.setStyleSheet(f"color: {gold}; font-size: 34px; font-weight: 600;")
        self.pending.setStyleSheet(f"color: {pending_color(colors)}; font-size: 12px;")
        if view.mine is not None:
            self.mine.setText(money(view.currency, view.mine))
            self.pending.setText(
                translate("Wallet", "In your wallet in %1").replace("%1", view.currency.name)
            )
            self.pending.setStyleSheet(f"color: {colors.secondary_text}; font-size: 12px;")
        elif view.grab_pending:
            self.mine.setText("…")
            self.pending.setText(
                translate(
                    "Wallet",
                    "Pending: your share is drawn when the currency's clearer records your grab.",
                )
            )
        else:
            self.mine.setText("")
            self.pending.setText("")
        self.mine.setVisible(bool(self.mine.text()))
        self.pending.setVisible(bool(self.pending.text()))

    def _show_grabs(self, view: EnvelopeView) -> None:
        grabbed = sum(grab.amount for grab in view.grabs)
        lucky = view.split is EnvelopeKind.LUCKY
        summary = (
            translate("Wallet", "%1 of %2 opened, %3 of %4")
            .replace("%1", str(len(view.grabs)))
            .replace("%2", str(view.shares))
            .replace("%3", money(view.currency, grabbed))
            .replace("%4", money(view.currency, view.total))
        )
        if lucky:
            summary += " · " + translate("Wallet", "lucky draw")
        if view.status in (EnvelopeStatus.EXPIRED, EnvelopeStatus.REFUSED, EnvelopeStatus.PENDING):
            summary += " · " + envelope_status_text(view.status)
        self.summary.setText(summary)
        while self.grab_rows.count():
            item = self.grab_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        for grab in view.grabs:
            row = GrabRow(self._context, view, grab, self.grab_list)
            self.grab_rows.addWidget(row)
            self.rows.append(row)
        self.grab_rows.addStretch(1)
