"""Choosing the chats to forward messages to: a searchable list of conversations, ticked.

Signals:
    chosen(list): the conversation ids ticked when Send was pressed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import translate
from desktop.widgets import TranslatedDialog

IdRole = Qt.ItemDataRole.UserRole + 1


class ForwardPicker(TranslatedDialog):
    chosen = Signal(list)

    def __init__(self, targets: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        """``targets``: (conversation id, title) in list order."""
        super().__init__(parent)
        self.setObjectName("forwardPicker")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(380, 480)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        for conversation_id, title in targets:
            item = QListWidgetItem(title, self.list)
            item.setData(IdRole, conversation_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.buttons = QDialogButtonBox(self)
        self.send = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        self.list.itemChanged.connect(lambda _item: self._update())
        self.list.itemActivated.connect(self._toggle)
        self.buttons.accepted.connect(self._send)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ChatTexts", "Forward"))
        self.heading.setText(translate("ChatTexts", "Forward to:"))
        self.search.setPlaceholderText(translate("ChatTexts", "Search"))
        self._update()

    def ticked(self) -> list[str]:
        return [
            str(item.data(IdRole))
            for item in (self.list.item(n) for n in range(self.list.count()))
            if item.checkState() is Qt.CheckState.Checked
        ]

    def tick(self, conversation_id: str) -> None:
        for n in range(self.list.count()):
            item = self.list.item(n)
            if item.data(IdRole) == conversation_id:
                item.setCheckState(Qt.CheckState.Checked)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() is Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for n in range(self.list.count()):
            item = self.list.item(n)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _update(self) -> None:
        count = len(self.ticked())
        self.send.setText(
            translate("ChatTexts", "Send (%1)").replace("%1", str(count))
            if count
            else translate("ChatTexts", "Send")
        )
        self.send.setEnabled(count > 0)

    def _send(self) -> None:
        chosen = self.ticked()
        if chosen:
            self.chosen.emit(chosen)
            self.accept()
