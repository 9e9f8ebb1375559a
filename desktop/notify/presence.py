"""The app's presence on the desktop around the main window: the tray icon with the unread
total, and notifications whose click opens the chat."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desktop.context import AppContext
from desktop.notify.notifier import MessageNotifier
from desktop.notify.tray import TrayIcon
from desktop.notify.unread import UnreadCounter
from desktop.shell.main_window import MainWindow


class DesktopPresence(QObject):
    def __init__(self, context: AppContext, window: MainWindow, app: QApplication) -> None:
        super().__init__(window)
        self.unread = UnreadCounter(context, window.conversation_being_read, self)
        self.tray = TrayIcon(context, window)
        self.notifier = MessageNotifier(
            context, self.tray, window.current_conversation, window.isActiveWindow, self
        )
        self.tray.notificationClicked.connect(window.open_conversation)
        self.tray.showRequested.connect(window.bring_to_front)
        self.tray.toggleRequested.connect(window.toggle_visible)
        self.tray.quitRequested.connect(app.quit)
        self.unread.changed.connect(self.tray.set_unread)
        window.trayHint.connect(self.tray.show_hint)
        # With a tray, closing the window hides it (WeChat does); Quit is in the tray menu.
        window.close_to_tray = self.tray.available
        app.setQuitOnLastWindowClosed(not self.tray.available)

    def stop(self) -> None:
        self.notifier.stop()
        self.tray.hide()
