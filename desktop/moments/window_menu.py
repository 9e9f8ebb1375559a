"""The "Moments settings" popup: how far back friends can see my posts.

Signals:
    windowChosen(object): 3, 30 or 180 days, or None for all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from core.moments import WINDOW_CHOICES
from desktop.moments.texts import window_name


class WindowMenu(QMenu):
    windowChosen = Signal(object)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("momentsSettings")
        self.heading = self.addSection("")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.choices: dict[int | None, QAction] = {}
        for days in WINDOW_CHOICES:
            action = self.addAction("")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, days=days: self.windowChosen.emit(days))
            self.group.addAction(action)
            self.choices[days] = action
        self.current: int | None = None
        self.set_current(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Friends can see my posts from"))
        for days, action in self.choices.items():
            action.setText(window_name(days))

    def set_current(self, days: int | None) -> None:
        self.current = days
        self.choices[days if days in self.choices else None].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
