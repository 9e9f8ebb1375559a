"""The Wallet pane: our currencies (cleared balance big, pending apart), currencies friends
offer us (Join), and the actions: scan to pay, receive, bills, issue a currency.

Every core call runs off the GUI thread; the pane reloads on ``core.changes.WalletChanged``.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import Change, WalletChanged
from core.wallet import CurrencyId
from core.wallet.views import CurrencyView
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.shell.pane import Pane
from desktop.wallet.bills_page import BillsPage
from desktop.wallet.currency_card import CurrencyCard, OfferCard
from desktop.wallet.issue_dialog import IssueDialog
from desktop.wallet.mint_dialog import MintDialog
from desktop.wallet.pin_change import PinChangeDialog
from desktop.wallet.receive_dialog import ReceiveDialog
from desktop.wallet.scan_dialog import ScanPayDialog
from desktop.wallet.style import pane_style
from desktop.widgets import (
    EmptyState,
    InlineNotice,
    PageHeader,
    icon_pixmap,
    set_role,
    theme_colors,
)
from desktop.widgets.guard import run_for

RELOAD_DELAY_MS = 40
ACTIONS = (("scan", "scan"), ("receive", "qr"), ("bills", "bills"), ("issue", "coins"))


class WalletPane(Pane):
    pane_id = "wallet"
    icon_name = "wallet"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("surface", "content")
        self.views: list[CurrencyView] = []
        self.cards: dict[bytes, CurrencyCard] = {}
        self.offers: dict[bytes, OfferCard] = {}
        self.loaded = False
        self._loading = False
        self._again = False
        self.issue_dialog: IssueDialog | None = None
        self.receive_dialog: ReceiveDialog | None = None
        self.scan_dialog: ScanPayDialog | None = None
        self.mint_dialog: MintDialog | None = None
        self.pin_change_dialog: PinChangeDialog | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = PageHeader(self)
        self.pin_button = QPushButton(self.header)
        self.pin_button.setObjectName("walletPinButton")
        self.pin_button.clicked.connect(self.open_pin_change)
        self.header.add_action(self.pin_button)
        outer.addWidget(self.header)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)

        self.home = QWidget(self.stack)
        home = QVBoxLayout(self.home)
        home.setContentsMargins(0, 0, 0, 0)
        home.setSpacing(0)
        self.band = QWidget(self.home)
        self.band.setObjectName("walletBand")
        self.band.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        band = QHBoxLayout(self.band)
        band.setContentsMargins(24, 14, 24, 14)
        band.setSpacing(12)
        self.action_buttons: dict[str, QToolButton] = {}
        for key, _icon in ACTIONS:
            button = QToolButton(self.band)
            button.setObjectName(f"wallet-{key}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(30, 30))
            button.setMinimumWidth(110)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            band.addWidget(button, 1)
            self.action_buttons[key] = button
        home.addWidget(self.band)
        self.notice = InlineNotice(self.home)
        self.notice.setContentsMargins(24, 6, 24, 0)
        home.addWidget(self.notice)

        self.scroll_area = QScrollArea(self.home)
        self.scroll_area.setObjectName("walletScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list = QWidget(self.scroll_area)
        self.list.setObjectName("walletList")
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(24, 18, 24, 24)
        self.list_layout.setSpacing(12)
        self.scroll_area.setWidget(self.list)
        home.addWidget(self.scroll_area, 1)
        self.empty = EmptyState(context, "wallet", self.home)
        self.empty_issue = QPushButton(self.empty)
        self.empty_issue.setObjectName("emptyIssue")
        set_role(self.empty_issue, "primary")
        self.empty.add_action(self.empty_issue)
        home.addWidget(self.empty, 1)
        self.empty.hide()
        self.stack.addWidget(self.home)

        self.bills = BillsPage(context, self.stack)
        self.stack.addWidget(self.bills)

        self.mine_title = QLabel(self.list)
        self.mine_title.setObjectName("sectionTitle")
        self.offers_title = QLabel(self.list)
        self.offers_title.setObjectName("sectionTitle")

        self.action_buttons["scan"].clicked.connect(self.open_scan)
        self.action_buttons["receive"].clicked.connect(self.open_receive)
        self.action_buttons["bills"].clicked.connect(lambda: self.open_bills())  # noqa: PLW0108 - not clicked's bool
        self.action_buttons["issue"].clicked.connect(self.open_issue)
        self.empty_issue.clicked.connect(self.open_issue)
        self.bills.back.connect(self.show_home)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        context.bridge.changes.connect(self._on_changes)
        context.bridge.rebuilt.connect(self._timer.start)
        context.people.directory.changed.connect(self._rename)
        context.themes.changed.connect(self._restyle)
        self._restyle()
        self.retranslate()
        self.reload()

    def title(self) -> str:
        return self.tr("Wallet")  # the context the rail has always translated it in

    def retranslate(self) -> None:
        self.header.set_title(self.title())
        self.pin_button.setText(translate("Wallet", "Payment PIN…"))
        texts = {
            "scan": translate("Wallet", "Scan to pay"),
            "receive": translate("Wallet", "Receive"),
            "bills": translate("Wallet", "Bills"),
            "issue": translate("Wallet", "Issue a currency"),
        }
        for key, text in texts.items():
            self.action_buttons[key].setText(text)
        self.mine_title.setText(translate("Wallet", "My currencies"))
        self.offers_title.setText(translate("Wallet", "Offered by friends"))
        self.empty.set_texts(
            translate("Wallet", "No currencies yet"),
            translate(
                "Wallet",
                "Issue one for your canteen, club or event, or join one a friend issued: "
                "it appears here when their computer meets yours.",
            ),
        )
        self.empty_issue.setText(translate("Wallet", "Issue a currency"))
        for card in (*self.cards.values(), *self.offers.values()):
            card.retranslate()
        self._rename()

    def _restyle(self, *_theme: object) -> None:
        colors = theme_colors(self.context)
        self.setStyleSheet(pane_style(colors))
        ratio = self.devicePixelRatioF() or 1.0
        for key, icon_name in ACTIONS:
            self.action_buttons[key].setIcon(icon_pixmap(icon_name, "#ffffff", 30, ratio))
        for card in (*self.cards.values(), *self.offers.values()):
            card.paint_badge(colors)

    def activated(self) -> None:
        self.reload()

    # -- loading ---------------------------------------------------------------------------

    def _on_changes(self, changes: Sequence[Change]) -> None:
        touched = {bytes(c.currency_id) for c in changes if isinstance(c, WalletChanged)}
        if not touched:
            return
        self._timer.start()
        for currency_id in touched:
            self.bills.currency_changed(currency_id)

    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        wallet = self.context.core.wallet
        run_for(self, self.context.runner, wallet.currencies, self._show, self._failed)

    def _failed(self, message: str) -> None:
        self._loading = False
        self.notice.show_error(message)

    def _show(self, views: list[CurrencyView]) -> None:
        self._loading = False
        self.loaded = True
        self.notice.clear_notice()
        self.views = list(views)
        self._rebuild()
        self.bills.set_currencies(self.views)
        dialog = self.receive_dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.picker.set_currencies(self.views)  # a currency joined meanwhile
        if self._again:
            self._again = False
            self.reload()

    def _rebuild(self) -> None:
        if self._refresh_in_place():
            return
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.mine_title, self.offers_title):
                widget.deleteLater()
        self.cards.clear()
        self.offers.clear()
        mine = [v for v in self.views if v.joined]
        offered = [v for v in self.views if not v.joined]
        colors = theme_colors(self.context)
        self.mine_title.setVisible(bool(mine))
        self.list_layout.addWidget(self.mine_title)
        for view in mine:
            card = self._currency_card(view)
            card.paint_badge(colors)
            self.cards[bytes(view.currency.id)] = card
            self.list_layout.addWidget(card)
        self.offers_title.setVisible(bool(offered))
        self.list_layout.addWidget(self.offers_title)
        for view in offered:
            offer = OfferCard(view, self.list)
            offer.joinRequested.connect(self.join)
            offer.paint_badge(colors)
            self.offers[bytes(view.currency.id)] = offer
            self.list_layout.addWidget(offer)
        self.list_layout.addStretch(1)
        self._rename()
        empty = not self.views
        self.scroll_area.setVisible(not empty)
        self.empty.setVisible(empty)

    def _refresh_in_place(self) -> bool:
        """Same currencies in the same places: swap the balance cards, keep the offer cards
        (feeds arriving must not replace a Join button under the pointer)."""
        shown = [(i, True) for i in self.cards] + [(i, False) for i in self.offers]
        wanted = [(bytes(v.currency.id), v.joined) for v in self.views if v.joined] + [
            (bytes(v.currency.id), v.joined) for v in self.views if not v.joined
        ]
        if not shown or shown != wanted:
            return False
        colors = theme_colors(self.context)
        for view in self.views:
            currency_id = bytes(view.currency.id)
            offer = self.offers.get(currency_id)
            if offer is not None:
                offer.view = view
                offer.paint_badge(colors)
                continue
            old = self.cards[currency_id]
            if old.view == view:
                continue
            card = self._currency_card(view)
            card.paint_badge(colors)
            self.list_layout.replaceWidget(old, card)
            card.show()  # at once: a layout would only show it from the event loop
            old.deleteLater()
            self.cards[currency_id] = card
        self._rename()
        return True

    def _currency_card(self, view: CurrencyView) -> CurrencyCard:
        card = CurrencyCard(view, self.list)
        card.billsRequested.connect(self.open_bills)
        card.mintRequested.connect(self.open_mint)
        card.resumeRequested.connect(self.resume_clearing)
        return card

    def _rename(self) -> None:
        name_of = self.context.people.directory.name_of
        for card in (*self.cards.values(), *self.offers.values()):
            card.show_names(name_of(bytes(card.view.currency.issuer)))

    # -- actions ---------------------------------------------------------------------------

    def join(self, currency_id: bytes) -> None:
        wallet = self.context.core.wallet

        def failed(message: str) -> None:
            self.notice.show_error(message)
            offer = self.offers.get(currency_id)
            if offer is not None:
                offer.join_button.setEnabled(True)

        run_for(
            self,
            self.context.runner,
            lambda: wallet.join(CurrencyId(currency_id)),
            lambda _r: self.reload(),
            failed,
        )

    def resume_clearing(self, currency_id: bytes) -> None:
        wallet = self.context.core.wallet

        def failed(message: str) -> None:
            self.notice.show_error(message)
            card = self.cards.get(currency_id)
            if card is not None:
                card.resume_button.setEnabled(True)

        run_for(
            self,
            self.context.runner,
            lambda: wallet.resume_clearing(CurrencyId(currency_id)),
            lambda _r: self.reload(),
            failed,
        )

    def open_issue(self) -> None:
        dialog = IssueDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        self.issue_dialog = dialog
        dialog.open()

    def open_mint(self, currency_id: bytes) -> None:
        card = self.cards.get(currency_id)
        if card is None:
            return
        dialog = MintDialog(self.context, card.view, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        self.mint_dialog = dialog
        dialog.open()

    def open_pin_change(self) -> None:
        dialog = PinChangeDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pin_change_dialog = dialog
        dialog.open()

    def open_receive(self) -> None:
        dialog = ReceiveDialog(self.context, self.views, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.receive_dialog = dialog
        dialog.open()

    def open_scan(self) -> None:
        dialog = ScanPayDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.reload())
        self.scan_dialog = dialog
        dialog.open()

    def open_bills(self, currency_id: bytes | None = None) -> None:
        self.bills.set_currencies(self.views, show=currency_id)
        self.stack.setCurrentWidget(self.bills)
        self.bills.reload()

    def show_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
