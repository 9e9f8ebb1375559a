"""The system tray icon: Hutong's icon with a red unread badge, a tooltip with the count, a
menu (show, hide, quit), and desktop notifications whose click opens the chat.

Where no tray exists (some desktops, offscreen), it stays hidden: notifications then only ask
the window manager to draw attention to the window.

Signals:
    notificationClicked(str): the conversation of the notification that was clicked.
    showRequested(): "Show Hutong" was chosen.
    toggleRequested(): the icon was clicked.
    quitRequested(): "Quit Hutong" was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QAction, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from desktop.context import AppContext
from desktop.notify.notification import Notification
from desktop.widgets import badge_rect, paint_badge, svg_pixmap

ICON_SIDE = 64
NOTIFICATION_MS = 6000


def tray_pixmap(unread: int, side: int = ICON_SIDE) -> QPixmap:
    """The app icon, with a red count in the top-right corner when ``unread`` > 0."""
    base = svg_pixmap(("icons", "app.svg"), "", side, 1.0)
    if unread <= 0:
        return base
    pixmap = QPixmap(base)
    painter = QPainter(pixmap)
    height = side * 0.5
    rect = badge_rect(QPointF(0, height / 2), unread, height)
    rect.moveTopRight(QPointF(side, 0))
    paint_badge(painter, QRectF(rect), unread, outline="#ffffff")
    painter.end()
    return pixmap


class TrayIcon(QObject):
    notificationClicked = Signal(str)  # noqa: N815 - Qt signal naming
    showRequested = Signal()  # noqa: N815
    toggleRequested = Signal()  # noqa: N815
    quitRequested = Signal()  # noqa: N815

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self.unread = 0
        self.last_notification: Notification | None = None
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self._tray: QSystemTrayIcon | None = None
        self._menu: QMenu | None = None
        if self.available:
            self._build()
        self.set_unread(0)

    def _build(self) -> None:
        tray = QSystemTrayIcon(self)
        menu = QMenu()
        self._show_action = QAction(menu)
        self._show_action.triggered.connect(self.showRequested.emit)
        self._quit_action = QAction(menu)
        self._quit_action.triggered.connect(self.quitRequested.emit)
        menu.addAction(self._show_action)
        menu.addSeparator()
        menu.addAction(self._quit_action)
        tray.setContextMenu(menu)
        tray.activated.connect(self._on_activated)
        tray.messageClicked.connect(self._on_message_clicked)
        self._tray = tray
        self._menu = menu
        self._retranslate()
        tray.show()
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and watched is QApplication.instance():
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        if self._tray is None:
            return
        self._show_action.setText(self.tr("Show Hutong"))
        self._quit_action.setText(self.tr("Quit Hutong"))
        self.set_unread(self.unread)

    def tooltip(self) -> str:
        if self.unread:
            if self.unread == 1:
                return self.tr("Hutong: 1 unread message")
            return self.tr("Hutong: %1 unread messages").replace("%1", str(self.unread))
        return self.tr("Hutong")

    def set_unread(self, count: int) -> None:
        self.unread = max(0, count)
        if self._tray is None:
            return
        self._tray.setIcon(QIcon(tray_pixmap(self.unread)))
        self._tray.setToolTip(self.tooltip())

    def show_notification(self, notification: Notification) -> None:
        self.last_notification = notification
        if self._tray is not None and QSystemTrayIcon.supportsMessages():
            self._tray.showMessage(
                notification.title, notification.body, QIcon(tray_pixmap(0)), NOTIFICATION_MS
            )
        else:
            QApplication.alert(self._window)

    def show_hint(self, title: str, text: str) -> None:
        """A one-off balloon about the app itself (not a message; a click opens nothing)."""
        self.last_notification = None
        if self._tray is not None and QSystemTrayIcon.supportsMessages():
            self._tray.showMessage(title, text, QIcon(tray_pixmap(0)), NOTIFICATION_MS)

    def _on_message_clicked(self) -> None:
        if self.last_notification is not None:
            self.notificationClicked.emit(self.last_notification.conversation_id)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.toggleRequested.emit()

    def hide(self) -> None:
        if self._tray is not None:
            self._tray.hide()
