"""Ctrl+K: jump to any conversation or friend by typing a few letters of the name.

Signals:
    chosen(str): the conversation id to open.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.i18n import translate


@dataclass(frozen=True)
class SwitchTarget:
    conversation_id: str
    title: str
    detail: str
    picture: QPixmap


def fuzzy_score(query: str, text: str) -> int | None:
    """Higher is better; None if the letters of ``query`` are not in ``text`` in order."""
    needle, haystack = query.casefold(), text.casefold()
    if not needle:
        return 0
    if haystack.startswith(needle):
        return 1000 - len(haystack)
    at = haystack.find(needle)
    if at >= 0:
        return 800 - at
    score, position, previous = 0, 0, -2
    for char in needle:
        found = haystack.find(char, position)
        if found < 0:
            return None
        score += 10 if found == previous + 1 else 1
        previous, position = found, found + 1
    return score


class QuickSwitcher(QDialog):
    chosen = Signal(str)

    def __init__(self, targets: Sequence[SwitchTarget], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("quickSwitcher")
        self.resize(420, 380)
        self._targets = list(targets)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(translate("ChatTexts", "Jump to a chat or a friend…"))
        self.list = QListWidget(self)
        self.list.setIconSize(QSize(28, 28))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.field)
        layout.addWidget(self.list)
        self.field.textChanged.connect(self._filter)
        self.field.returnPressed.connect(self._accept_current)
        self.list.itemActivated.connect(lambda _item: self._accept_current())
        self.list.itemClicked.connect(lambda _item: self._accept_current())
        self._filter("")

    def set_targets(self, targets: Sequence[SwitchTarget]) -> None:
        """New targets (names loaded or changed while open), filtered by what is typed."""
        self._targets = list(targets)
        self._filter(self.field.text())

    def _filter(self, query: str) -> None:
        scored = []
        for order, target in enumerate(self._targets):
            score = fuzzy_score(query.strip(), target.title)
            if score is not None:
                scored.append((-score, order, target))
        scored.sort(key=lambda entry: (entry[0], entry[1]))
        self.list.clear()
        for _score, _order, target in scored[:50]:
            text = f"{target.title}    {target.detail}" if target.detail else target.title
            item = QListWidgetItem(QIcon(target.picture), text)
            item.setData(Qt.ItemDataRole.UserRole, target.conversation_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.list.setCurrentRow((self.list.currentRow() + step) % self.list.count())
            return
        super().keyPressEvent(event)

    def _accept_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()
