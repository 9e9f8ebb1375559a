"""The bills table: one row per bill line, newest first, with the state always visible."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from core.wallet import BillLine, BillState, Currency
from desktop.i18n import translate
from desktop.wallet.money import signed_money
from desktop.wallet.style import pending_color
from desktop.wallet.texts import bill_kind_text, bill_state_text
from desktop.widgets.colors import Palette

COLUMNS = ("time", "kind", "counterparty", "amount", "state", "memo")
Index = QModelIndex | QPersistentModelIndex


def when_text(time_ms: int) -> str:
    return datetime.fromtimestamp(time_ms / 1000).strftime("%Y-%m-%d %H:%M")


class BillsModel(QAbstractTableModel):
    def __init__(self, name_of: Callable[[bytes], str], colors: Palette) -> None:
        super().__init__()
        self._name_of = name_of
        self._colors = colors
        self.currency: Currency | None = None
        self.lines: list[BillLine] = []

    def set_lines(self, currency: Currency | None, lines: list[BillLine]) -> None:
        self.beginResetModel()
        self.currency = currency
        self.lines = list(lines)
        self.endResetModel()

    def set_colors(self, colors: Palette) -> None:
        self._colors = colors
        if self.lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.lines) - 1, len(COLUMNS) - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = COLUMNS[section] == "amount"
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "time": translate("Wallet", "Time"),
            "kind": translate("Wallet", "Kind"),
            "counterparty": translate("Wallet", "With"),
            "amount": translate("Wallet", "Amount"),
            "state": translate("Wallet", "State"),
            "memo": translate("Wallet", "Note"),
        }[COLUMNS[section]]

    def cell_text(self, row: int, column: str) -> str:
        line = self.lines[row]
        if column == "time":
            return when_text(line.time_ms)
        if column == "kind":
            return bill_kind_text(line.kind)
        if column == "counterparty":
            return "" if line.counterparty is None else self._name_of(bytes(line.counterparty))
        if column == "amount":
            currency = self.currency
            return "" if currency is None else signed_money(currency, line.amount, line.incoming)
        if column == "state":
            return bill_state_text(line.state)
        return line.memo

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        column = COLUMNS[index.column()]
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index.row(), column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column == "amount" else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _color(self, line: BillLine, column: str) -> QColor | None:
        c = self._colors
        if column == "state":
            return QColor(
                {
                    BillState.PENDING: pending_color(c),
                    BillState.HELD: pending_color(c),
                    BillState.CLEARED: c.secondary_text,
                    BillState.RETURNED: c.secondary_text,
                    BillState.REFUSED: c.danger,
                }[line.state]
            )
        if column == "amount":
            if line.state in (BillState.RETURNED, BillState.REFUSED):
                return QColor(c.faint_text)
            return QColor(c.accent if line.incoming else c.text)
        if column == "time":
            return QColor(c.secondary_text)
        return None
