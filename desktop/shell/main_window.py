"""The main window: the navigation rail on the left, the selected pane on the right."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from desktop.context import AppContext
from desktop.icons import icon
from desktop.shell.nav_rail import NavRail
from desktop.shell.pane import Pane

BOTTOM_PANES = ("me",)


class MainWindow(QMainWindow):
    """Hosts the panes; the composition root decides which panes exist."""

    def __init__(self, context: AppContext, panes: Sequence[Pane]) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(860, 560))
        self.resize(1100, 720)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.rail = NavRail(central)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.panes: dict[str, Pane] = {}
        for pane in panes:
            self._add_pane(pane)
        self.rail.selected.connect(self.show_pane)
        if panes:
            self.show_pane(panes[0].pane_id)
        self._retitle()

    def _add_pane(self, pane: Pane) -> None:
        self.panes[pane.pane_id] = pane
        self.stack.addWidget(pane)
        button = self.rail.add(
            pane.pane_id, pane.title(), icon(pane.icon_name), bottom=pane.pane_id in BOTTOM_PANES
        )
        pane.badgeChanged.connect(button.set_badge)

    def show_pane(self, pane_id: str) -> Pane:
        pane = self.panes[pane_id]
        self.stack.setCurrentWidget(pane)
        self.rail.set_current(pane_id)
        pane.activated()
        return pane

    def open_conversation(self, conversation_id: str) -> None:
        """Show the chats pane at one conversation (from contacts, notifications, search)."""
        pane = self.show_pane("chats")
        opener = getattr(pane, "open_conversation", None)
        if opener is not None:
            opener(conversation_id)
        self.raise_()
        self.activateWindow()

    def current_pane(self) -> Pane:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Pane)
        return widget

    def _retitle(self) -> None:
        self.setWindowTitle(self.tr("Hutong — %1").replace("%1", self.context.core.name))
        self.rail.retranslate({pane_id: pane.title() for pane_id, pane in self.panes.items()})

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retitle()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        super().closeEvent(event)
