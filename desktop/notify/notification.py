"""What a desktop notification says, and where it goes (a small port the notifier uses)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Notification:
    conversation_id: str
    title: str
    body: str


class NotificationSink(Protocol):
    def show_notification(self, notification: Notification) -> None:
        """Show it now; a click on it should open ``notification.conversation_id``."""
