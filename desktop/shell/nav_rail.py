"""The left navigation rail: one checkable button per pane, unread badges, Me at the bottom.

Signals:
    selected(str): the id of the pane the user picked.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QToolButton, QVBoxLayout, QWidget


class NavButton(QToolButton):
    def __init__(self, pane_id: str, text: str, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane_id = pane_id
        self.setObjectName(f"nav-{pane_id}")
        self.setCheckable(True)
        self.setIcon(icon)
        self.setIconSize(QSize(26, 26))
        self.setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.badge = 0

    def set_badge(self, count: int) -> None:
        self.badge = count
        self.setProperty("hasBadge", count > 0)
        label = self.toolTip()
        self.setText(f"{label} ({count if count < 100 else '99+'})" if count else label)
        self.style().unpolish(self)
        self.style().polish(self)


class NavRail(QWidget):
    selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navRail")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 12, 6, 12)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, NavButton] = {}

    def add(self, pane_id: str, text: str, icon: QIcon, *, bottom: bool = False) -> NavButton:
        button = NavButton(pane_id, text, icon, self)
        button.clicked.connect(lambda: self.selected.emit(pane_id))
        self._group.addButton(button)
        stretch_index = self._layout.count() - 1 if not bottom else self._layout.count()
        if bottom:
            self._layout.addWidget(button)
        else:
            self._layout.insertWidget(stretch_index, button)
        self._buttons[pane_id] = button
        return button

    def button(self, pane_id: str) -> NavButton:
        return self._buttons[pane_id]

    def set_current(self, pane_id: str) -> None:
        self._buttons[pane_id].setChecked(True)

    def retranslate(self, texts: dict[str, str]) -> None:
        for pane_id, text in texts.items():
            button = self._buttons.get(pane_id)
            if button is not None:
                button.setToolTip(text)
                button.setAccessibleName(text)
                button.set_badge(button.badge)
