"""Bills: one currency's history with filters (state, kind, who, dates) and a CSV export.

Signals:
    back(): the person wants the wallet's home page again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.chat.cards import MAX_NOTE_CHARS, TransferCard
from core.errors import StorageError
from core.ids import PublicKey
from core.wallet import BillKind, BillLine, BillState, filter_bills
from core.wallet.views import CurrencyView
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.wallet.bills_model import BillsModel
from desktop.wallet.currency_picker import CurrencyPicker
from desktop.wallet.latest import LatestOnly
from desktop.wallet.money import money
from desktop.wallet.texts import bill_kind_text, bill_state_text
from desktop.wallet.transfer_dialogs import TransferStatusDialog
from desktop.widgets import InlineNotice, TranslatedWidget, set_role, theme_colors
from desktop.widgets.guard import run_for

DAY_MS = 24 * 60 * 60 * 1000
PERIODS = ("all", "today", "7d", "30d", "between")


def documents_folder() -> str:
    """Where exports go: the Documents folder if there is one, else the home folder."""
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def choose_csv_path(parent: QWidget, suggested: str) -> Path | None:
    title = translate("Wallet", "Export bills")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(documents_folder()) / suggested), "CSV (*.csv)"
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")


def write_text_atomically(path: Path, text: str) -> None:
    """The whole file or none of it: write beside it, then replace."""
    temporary = path.with_name(f".{path.name}.part")
    with open(temporary, "w", encoding="utf-8", newline="") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)


@dataclass(frozen=True)
class _Exported:
    path: Path
    count: int


def _day_start_ms(day: date) -> int:
    return int(datetime(day.year, day.month, day.day).timestamp() * 1000)


class BillsPage(TranslatedWidget):
    """``choose_export_path`` is an attribute so tests can answer the file dialog."""

    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._all: list[BillLine] = []
        self._loading_for: bytes | None = None
        self._latest = LatestOnly()
        self.choose_export_path: Callable[[QWidget, str], Path | None] = choose_csv_path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 18)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("billsBack")
        set_role(self.back_button, "link")
        self.title = QLabel(self)
        set_role(self.title, "heading")
        top.addWidget(self.back_button)
        top.addWidget(self.title)
        top.addStretch(1)
        self.picker = CurrencyPicker(self, show_available=False)
        top.addWidget(self.picker)
        layout.addLayout(top)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("billsState")
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("billsKind")
        self.who_filter = QComboBox(self)
        self.who_filter.setObjectName("billsWho")
        self.period = QComboBox(self)
        self.period.setObjectName("billsPeriod")
        self.since = QDateEdit(self)
        self.since.setObjectName("billsSince")
        self.until = QDateEdit(self)
        self.until.setObjectName("billsUntil")
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.hide()
        for widget in (
            self.state_filter,
            self.kind_filter,
            self.who_filter,
            self.period,
            self.since,
            self.until,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)

        colors = theme_colors(context)
        self.model = BillsModel(context.people.directory.name_of, colors)
        self.table = QTableView(self)
        self.table.setObjectName("billsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setCursor(Qt.CursorShape.PointingHandCursor)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty, "secondary")
        layout.addWidget(self.empty)
        self.notice = InlineNotice(self)
        layout.addWidget(self.notice)
        footer = QHBoxLayout()
        self.count = QLabel(self)
        set_role(self.count, "caption")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportBills")
        footer.addWidget(self.count)
        footer.addStretch(1)
        footer.addWidget(self.export_button)
        layout.addLayout(footer)

        self.back_button.clicked.connect(self.back.emit)
        self.picker.currentIndexChanged.connect(self._on_currency)
        for combo in (self.state_filter, self.kind_filter, self.who_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.period.currentIndexChanged.connect(self._on_period)
        self.since.dateChanged.connect(lambda _d: self.apply_filters())
        self.until.dateChanged.connect(lambda _d: self.apply_filters())
        self.export_button.clicked.connect(self.export_csv)
        self.table.doubleClicked.connect(self.open_line)
        self.transfer_dialog: TransferStatusDialog | None = None
        context.themes.changed.connect(lambda _t: self.model.set_colors(theme_colors(context)))
        context.people.directory.changed.connect(self._fill_who)
        self.retranslate()

    # -- filters ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(translate("Wallet", "‹ Wallet"))
        self.title.setText(translate("Wallet", "Bills"))
        self.export_button.setText(translate("Wallet", "Export CSV…"))
        self.table.setToolTip(translate("Wallet", "Double-click a transfer to open it"))
        self._fill(
            self.state_filter,
            [(None, translate("Wallet", "All states"))]
            + [(state, bill_state_text(state)) for state in BillState],
        )
        self._fill(
            self.kind_filter,
            [(None, translate("Wallet", "All kinds"))]
            + [(kind, bill_kind_text(kind)) for kind in BillKind],
        )
        self._fill(
            self.period,
            list(
                zip(
                    PERIODS,
                    (
                        translate("Wallet", "Any time"),
                        translate("Wallet", "Today"),
                        translate("Wallet", "Last 7 days"),
                        translate("Wallet", "Last 30 days"),
                        translate("Wallet", "Between dates…"),
                    ),
                    strict=True,
                )
            ),
        )
        self._fill_who()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self._show_count()

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _fill_who(self) -> None:
        name_of = self._context.people.directory.name_of
        people = {bytes(line.counterparty) for line in self._all if line.counterparty is not None}
        named = sorted(((name_of(p), p) for p in people), key=lambda pair: pair[0].casefold())
        self._fill(
            self.who_filter,
            [(None, translate("Wallet", "Anyone"))] + [(p, name) for name, p in named],
        )

    def _on_period(self, _index: int) -> None:
        between = self.period.currentData() == "between"
        if between and not self.since.isVisible():
            today = datetime.fromtimestamp(self._context.core.clock.now_ms() / 1000).date()
            self.since.blockSignals(True)
            self.until.blockSignals(True)
            start = today - timedelta(days=30)
            self.since.setDate(QDate(start.year, start.month, start.day))
            self.until.setDate(QDate(today.year, today.month, today.day))
            self.since.blockSignals(False)
            self.until.blockSignals(False)
        self.since.setVisible(between)
        self.until.setVisible(between)
        self.apply_filters()

    def _time_window(self) -> tuple[int | None, int | None]:
        period = self.period.currentData()
        now = self._context.core.clock.now_ms()
        today = _day_start_ms(datetime.fromtimestamp(now / 1000).date())
        if period == "today":
            return today, None
        if period == "7d":
            return now - 7 * DAY_MS, None
        if period == "30d":
            return now - 30 * DAY_MS, None
        if period == "between":
            since_day: date = self.since.date().toPython()  # type: ignore[assignment]
            until_day: date = self.until.date().toPython()  # type: ignore[assignment]
            return _day_start_ms(since_day), _day_start_ms(until_day + timedelta(days=1))
        return None, None

    def filtered(self) -> list[BillLine]:
        state = self.state_filter.currentData()
        kind = self.kind_filter.currentData()
        who = self.who_filter.currentData()
        since, until = self._time_window()
        return filter_bills(
            self._all,
            states=None if state is None else {state},
            kinds=None if kind is None else {kind},
            counterparty=None if who is None else PublicKey(who),
            since_ms=since,
            until_ms=until,
        )

    def apply_filters(self) -> None:
        view = self.picker.current()
        self.model.set_lines(None if view is None else view.currency, self.filtered())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = len(self.model.lines), len(self._all)
        self.count.setText(
            translate("Wallet", "%1 of %2 bills")
            .replace("%1", str(shown))
            .replace("%2", str(total))
        )
        self.export_button.setEnabled(shown > 0)
        if self.picker.current() is None:
            self.empty.setText(translate("Wallet", "No currencies yet: nothing to show."))
        elif not self._all:
            self.empty.setText(translate("Wallet", "No bills in this currency yet."))
        elif not shown:
            self.empty.setText(translate("Wallet", "No bills match these filters."))
        self.empty.setVisible(shown == 0)
        self.table.setVisible(shown > 0)

    # -- loading ---------------------------------------------------------------------------

    def set_currencies(self, views: list[CurrencyView], show: bytes | None = None) -> None:
        self.picker.set_currencies(views, keep=show)

    def reload(self) -> None:
        view = self.picker.current()
        if view is None:
            self._all = []
            self.apply_filters()
            return
        wallet = self._context.core.wallet
        currency_id = view.currency.id
        self._loading_for = bytes(currency_id)

        def loaded(lines: list[BillLine]) -> None:
            if self.picker.current_id() != bytes(currency_id):
                return  # another currency was chosen meanwhile
            self._loading_for = None
            self._all = lines
            self._fill_who()
            self.apply_filters()

        def failed(message: str) -> None:
            self._loading_for = None
            self.notice.show_error(message)

        run_for(
            self,
            self._context.runner,
            lambda: wallet.bills(currency_id),
            self._latest.answer(loaded),
            failed,
        )

    def _on_currency(self, _index: int) -> None:
        if self.isVisible():
            self.reload()

    @property
    def loading(self) -> bool:
        return self._loading_for is not None

    def currency_changed(self, currency_id: bytes) -> None:
        if self.isVisible() and self.picker.current_id() == currency_id:
            self.reload()

    def open_line(self, index: QModelIndex) -> None:
        """A transfer opens as its card would in the chat: accept it here, or see its state."""
        view = self.picker.current()
        if view is None or not index.isValid() or index.row() >= len(self.model.lines):
            return
        line = self.model.lines[index.row()]
        if line.kind is not BillKind.TRANSFER:
            return
        card = TransferCard(
            money(view.currency, line.amount),
            bytes(view.currency.id),
            bytes(line.event_id),
            line.amount,
            line.memo[:MAX_NOTE_CHARS],
        )
        dialog = TransferStatusDialog(self._context, card, line.incoming, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.transfer_dialog = dialog
        dialog.open()

    # -- export ----------------------------------------------------------------------------

    def export_csv(self) -> None:
        view = self.picker.current()
        lines = list(self.model.lines)
        if view is None or not lines:
            return
        stamp = datetime.fromtimestamp(self._context.core.clock.now_ms() / 1000)
        symbol = "".join(ch for ch in view.currency.symbol if ch.isalnum()) or "wallet"
        suggested = f"hutong-bills-{symbol}-{stamp:%Y-%m-%d}.csv"
        target = self.choose_export_path(self, suggested)
        if target is None:
            return
        wallet = self._context.core.wallet
        currency_id = view.currency.id

        def work() -> _Exported:
            text = wallet.bills_csv(currency_id, lines)
            try:
                write_text_atomically(target, text)
            except OSError as exc:
                raise StorageError(f"the file {target} could not be written: {exc}") from exc
            return _Exported(target, len(lines))

        def done(result: _Exported) -> None:
            self.notice.show_success(
                translate("Wallet", "Exported %1 bills to %2")
                .replace("%1", str(result.count))
                .replace("%2", str(result.path))
            )

        self.notice.clear_notice()
        run_for(self, self._context.runner, work, done, self.notice.show_error)
