"""The main window: the navigation rail on the left, the selected pane on the right.

Signals:
    paneShown(str): the id of the pane now shown.
    trayHint(str, str): the window went to the tray for the first time: a title and a line
        saying so (the tray shows it once, ever, per profile).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QSize, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from desktop.context import AppContext
from desktop.shell.nav_rail import NavRail
from desktop.shell.pane import Pane
from desktop.widgets import app_icon

log = logging.getLogger(__name__)
BOTTOM_PANES = ("me",)
GEOMETRY_KEY = "window/geometry"
TRAY_HINT_KEY = "window/tray_hint_shown"


class MainWindow(QMainWindow):
    """Hosts the panes; the composition root decides which panes exist."""

    paneShown = Signal(str)  # noqa: N815 - Qt signal naming
    trayHint = Signal(str, str)  # noqa: N815

    def __init__(self, context: AppContext, panes: Sequence[Pane]) -> None:
        super().__init__()
        self.context = context
        self.close_to_tray = False
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(880, 580))
        self.resize(1080, 720)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.rail = NavRail(context, central)
        self.stack = QStackedWidget(central)
        self.stack.setObjectName("paneStack")
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.panes: dict[str, Pane] = {}
        self.navigator = context.navigator
        self.navigator.window = self
        for pane in panes:
            self._add_pane(pane)
        self.rail.selected.connect(self.show_pane)
        self.rail.avatar.clicked.connect(self._show_my_profile)
        self._add_shortcuts()
        if panes:
            self.show_pane(panes[0].pane_id)
        self._restore_geometry()
        context.bridge.profileChanged.connect(self._retitle)
        self._retitle()

    def _add_pane(self, pane: Pane) -> None:
        self.panes[pane.pane_id] = pane
        self.stack.addWidget(pane)
        button = self.rail.add(
            pane.pane_id, pane.title(), pane.icon_name, bottom=pane.pane_id in BOTTOM_PANES
        )
        pane.badgeChanged.connect(button.set_badge)

    def _add_shortcuts(self) -> None:
        for index, pane_id in enumerate(list(self.panes)[:9], start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index}"), self)
            shortcut.activated.connect(lambda pane_id=pane_id: self.show_pane(pane_id))

    def show_pane(self, pane_id: str) -> Pane:
        pane = self.panes[pane_id]
        self.stack.setCurrentWidget(pane)
        self.rail.set_current(pane_id)
        self.navigator.pane_shown(pane_id)
        pane.activated()
        self.paneShown.emit(pane_id)
        return pane

    def _show_my_profile(self) -> None:
        self.navigator.show_my_profile()

    def open_conversation(self, conversation_id: str) -> None:
        """Show the chats pane at one conversation (from contacts, notifications, search)."""
        self.navigator.open_conversation(conversation_id)

    def current_conversation(self) -> str | None:
        """The conversation on screen, if the chats pane is showing one."""
        return self.navigator.current_conversation()

    def conversation_being_read(self) -> str | None:
        """The conversation on screen at its newest message (its arrivals count as read)."""
        return self.navigator.conversation_being_read()

    def current_pane(self) -> Pane:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Pane)
        return widget

    def bring_to_front(self) -> None:
        """Show, un-minimise, raise and focus the window (tray, second launch, notification)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def toggle_visible(self) -> None:
        if self.isVisible() and not self.isMinimized() and self.isActiveWindow():
            self.hide()
        else:
            self.bring_to_front()

    def _retitle(self) -> None:
        # Qt appends the application's display name to every window title: the title is the
        # name alone ("Alice" shows as "Alice — Hutong"; no name shows "Hutong"), and the
        # display name is the app's name in the interface language.
        QGuiApplication.setApplicationDisplayName(self.tr("Hutong"))
        self.setWindowTitle(self.context.core.name)
        self.rail.retranslate({pane_id: pane.title() for pane_id, pane in self.panes.items()})

    def _restore_geometry(self) -> None:
        saved = self.context.settings.value(GEOMETRY_KEY)
        if saved:
            self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))

    def save_geometry(self) -> None:
        encoded = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.context.settings.set_value(GEOMETRY_KEY, encoded)

    def _hint_tray_once(self) -> None:
        """The first time closing only hides the window, say where Hutong went."""
        settings = self.context.settings
        if settings.value(TRAY_HINT_KEY):
            return
        settings.set_value(TRAY_HINT_KEY, "1")
        self.trayHint.emit(
            self.tr("Hutong is still running"),
            self.tr("Hutong keeps running in the tray. To quit, choose Quit Hutong in its menu."),
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retitle()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_geometry()
        if self.close_to_tray:
            event.ignore()
            self.hide()
            self._hint_tray_once()
            return
        super().closeEvent(event)
