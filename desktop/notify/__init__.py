"""Living on the desktop: one instance per profile, the tray icon, message notifications."""

from desktop.notify.notification import Notification, NotificationSink
from desktop.notify.notifier import MessageNotifier
from desktop.notify.presence import DesktopPresence
from desktop.notify.single_instance import SingleInstance, instance_key
from desktop.notify.tray import TrayIcon, tray_pixmap
from desktop.notify.unread import UnreadCounter

__all__ = [
    "DesktopPresence",
    "MessageNotifier",
    "Notification",
    "NotificationSink",
    "SingleInstance",
    "TrayIcon",
    "UnreadCounter",
    "instance_key",
    "tray_pixmap",
]
