"""The total of unread messages in chats that are not muted (for the tray and the taskbar).

Signals:
    changed(int): the new total.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.context import AppContext
from desktop.widgets.guard import run_for

RECOUNT_DELAY_MS = 150


class UnreadCounter(QObject):
    changed = Signal(int)

    def __init__(
        self,
        context: AppContext,
        being_read: Callable[[], str | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        """``being_read()``: a conversation whose arrivals count as read (on screen at its
        newest message; its read mark follows shortly)."""
        super().__init__(parent)
        self._context = context
        self._being_read = being_read
        self.total = 0
        self._counting = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOUNT_DELAY_MS)
        self._timer.timeout.connect(self._count)
        context.bridge.conversationChanged.connect(self._schedule)
        context.bridge.rebuilt.connect(self._schedule)
        self._timer.start(0)

    def _schedule(self, *_change: object) -> None:
        self._timer.start()

    def _count(self) -> None:
        if self._counting:
            self._again = True
            return
        self._counting = True
        chat, being_read = self._context.core.chat, self._being_read()
        run_for(
            self,
            self._context.runner,
            lambda: chat.unread_total(exclude=being_read),
            self._done,
            self._failed,
        )

    def _done(self, total: int) -> None:
        self._counting = False
        if total != self.total:
            self.total = total
            self.changed.emit(total)
        if self._again:
            self._again = False
            self._count()

    def _failed(self, _message: str) -> None:
        self._counting = False
