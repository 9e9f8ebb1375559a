"""Ctrl+F: search the open conversation (``core.chat.search``) and jump to a hit.

Signals:
    hitChosen(object): the :class:`core.chat.Message` to jump to.
    closed(): the bar was closed (Escape or its button).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.chat import SearchHit
from core.facade import Core
from desktop.chats.scoped_runner import Runner
from desktop.chats.texts import full_time
from desktop.i18n import translate
from desktop.icons import icon

NameOf = Callable[[bytes], str]


class FindBar(QWidget):
    hitChosen = Signal(object)  # noqa: N815
    closed = Signal()

    def __init__(
        self, core: Core, runner: Runner, name_of: NameOf, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._core, self._runner, self._name_of = core, runner, name_of
        self.conversation_id = ""
        self._serial = 0
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.close_button = QToolButton(self)
        self.close_button.setIcon(icon("chat/close", "#8a8f96"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close_bar)
        self.results = QListWidget(self)
        self.results.setObjectName("findResults")
        self.results.setMaximumHeight(220)
        self.results.hide()
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)
        row = QHBoxLayout()
        row.setContentsMargins(12, 6, 8, 6)
        row.addWidget(self.field, 1)
        row.addWidget(self.count)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self._search_or_first)
        self.field.installEventFilter(self)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(translate("ChatTexts", "Search this chat"))
        self.close_button.setToolTip(translate("ChatTexts", "Close (Esc)"))

    def open_bar(self, conversation_id: str) -> None:
        if conversation_id != self.conversation_id:
            self.field.clear()
            self.results.clear()
            self.results.hide()
            self.count.clear()
        self.conversation_id = conversation_id
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 - Qt override
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(0)
                return True
        return False

    def _search_or_first(self) -> None:
        if self.results.count() and not self._timer.isActive():
            self._chosen(self.results.item(0))
        else:
            self._search()

    def _search(self) -> None:
        self._timer.stop()
        query = self.field.text().strip()
        self._serial += 1
        serial, conversation, chat = self._serial, self.conversation_id, self._core.chat
        if not query:
            self.results.clear()
            self.results.hide()
            self.count.clear()
            return
        self._runner.run(
            lambda: chat.search(query, conversation, 100),
            lambda hits: self._show(serial, hits),
            self.count.setText,
        )

    def _show(self, serial: int, hits: list[SearchHit]) -> None:
        if serial != self._serial:
            return
        self.results.clear()
        for hit in hits:
            author = self._name_of(hit.message.author)
            item = QListWidgetItem(
                f"{author}: {hit.snippet}    {full_time(hit.message.timestamp_ms)[:16]}"
            )
            item.setData(Qt.ItemDataRole.UserRole, hit.message)
            item.setToolTip(hit.message.text[:500])
            self.results.addItem(item)
        found = len(hits)  # lupdate cannot parse a call among the arguments
        if found == 1:  # English has no plural forms without a translation file: say it apart
            summary = translate("ChatTexts", "1 result")
        elif hits:
            summary = translate("ChatTexts", "%n results", None, found)
        else:
            summary = translate("ChatTexts", "No results")
        self.count.setText(summary)
        self.results.setVisible(bool(hits))

    def _chosen(self, item: QListWidgetItem) -> None:
        message = item.data(Qt.ItemDataRole.UserRole)
        if message is not None:
            self.hitChosen.emit(message)
