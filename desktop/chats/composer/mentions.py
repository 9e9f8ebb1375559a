"""@mention completion: typing "@" in a group lists its members, filtered as you type.

Choosing one replaces "@query" with "@Name " and remembers who it was, so that sending can
name them in ``mentions`` (and "@All", for owners and admins, sets ``mention_all``).

Signals:
    chosen(str): the name inserted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

ALL = "All"
MAX_SHOWN = 8


@dataclass(frozen=True)
class MentionCandidate:
    name: str
    identity: bytes | None  # None for "@All"
    hint: str = ""


class MentionCompleter(QListWidget):
    chosen = Signal(str)

    def __init__(self, editor: QPlainTextEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("mentionPopup")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._editor = editor
        self._candidates: list[MentionCandidate] = []
        self._picked: dict[str, bytes | None] = {}
        self._start = -1
        self.itemClicked.connect(lambda _item: self._choose())
        editor.textChanged.connect(self._update)
        editor.cursorPositionChanged.connect(self._update)
        self.hide()

    def set_candidates(self, candidates: list[MentionCandidate]) -> None:
        self._candidates = candidates
        if not candidates:
            self.hide()

    def reset(self) -> None:
        self._picked.clear()
        self.hide()

    def mentions(self, text: str) -> tuple[list[bytes], bool]:
        """Who the text still mentions: identities, and whether "@All" is there."""
        identities = [
            identity
            for name, identity in self._picked.items()
            if identity is not None and f"@{name}" in text
        ]
        everyone = ALL in self._picked and f"@{ALL}" in text
        return list(dict.fromkeys(identities)), everyone

    # -- following the text ----------------------------------------------------------------------

    def _query(self) -> tuple[int, str] | None:
        cursor = self._editor.textCursor()
        block = cursor.block().text()
        column = cursor.positionInBlock()
        before = block[:column]
        at = before.rfind("@")
        if at < 0:
            return None
        query = before[at + 1 :]
        if (at > 0 and not before[at - 1].isspace()) or len(query) > 24 or "\n" in query:
            return None
        if query.startswith(" "):
            return None
        return cursor.block().position() + at, query

    def _update(self) -> None:
        found = self._query() if self._candidates else None
        if found is None:
            self.hide()
            return
        self._start, query = found
        needle = query.casefold()
        matches = [c for c in self._candidates if needle in c.name.casefold()][:MAX_SHOWN]
        if not matches:
            self.hide()
            return
        self.clear()
        for candidate in matches:
            label = f"@{candidate.name}" + (f"   {candidate.hint}" if candidate.hint else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            self.addItem(item)
        self.setCurrentRow(0)
        self._show_near_cursor(len(matches))

    def _show_near_cursor(self, count: int) -> None:
        rect = self._editor.cursorRect()
        height = min(count, MAX_SHOWN) * 28 + 8
        width = 240
        parent = self.parentWidget()
        if parent is None:
            return
        corner = self._editor.viewport().mapTo(parent, rect.topLeft())
        x = max(4, min(corner.x(), parent.width() - width - 4))
        y = corner.y() - height - 4
        self.setGeometry(QPoint(x, max(4, y)).x(), max(4, y), width, height)
        self.show()
        self.raise_()

    # -- keys ------------------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """The editor's keys go here first while the list is open; True if used."""
        if not self.isVisible():
            return False
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            self.setCurrentRow((self.currentRow() + step) % max(1, self.count()))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            self._choose()
            return True
        if key == Qt.Key.Key_Escape:
            self.hide()
            return True
        return False

    def _choose(self) -> None:
        item = self.currentItem()
        if item is None or self._start < 0:
            self.hide()
            return
        candidate = item.data(Qt.ItemDataRole.UserRole)
        assert isinstance(candidate, MentionCandidate)
        cursor = self._editor.textCursor()
        end = cursor.position()
        cursor.setPosition(self._start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.hide()
        cursor.insertText(f"@{candidate.name} ")
        self._editor.setTextCursor(cursor)
        self._picked[candidate.name] = candidate.identity
        self.hide()
        self.chosen.emit(candidate.name)
