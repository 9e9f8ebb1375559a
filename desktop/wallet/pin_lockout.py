"""A locked payment PIN in a dialog: the time left, counted down by the profile's clock.

The PIN dialog and the change-PIN dialog both show it in their notice, and their PIN field
takes no digits while it lasts. :func:`catching_lock` turns core's ``PinLocked`` into a value
a worker can return; :meth:`PinLockout.learn` asks core (off the GUI thread) after a wrong
PIN, since that failure may be the one that locks.

Signals:
    ended(): the lock ran out; the dialog may take digits again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from core.wallet import PinLocked
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.wallet.texts import duration_text
from desktop.widgets import InlineNotice
from desktop.widgets.guard import run_for


@dataclass(frozen=True)
class Locked:
    until_ms: int


def catching_lock(action: Callable[[], Any]) -> Callable[[], Any]:
    """``action`` for a worker: its result, or :class:`Locked` when the PIN is locked."""

    def work() -> Any:
        try:
            return action()
        except PinLocked as exc:
            return Locked(exc.retry_at_ms)

    return work


class PinLockout(QObject):
    ended = Signal()

    def __init__(
        self, context: AppContext, notice: InlineNotice, field: QWidget, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._notice = notice
        self._field = field
        self.until_ms: int | None = None
        self.text = ""
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.show)

    @property
    def locked(self) -> bool:
        return self.until_ms is not None

    def lock(self, until_ms: int) -> None:
        self.until_ms = until_ms
        self._field.setEnabled(False)
        self.show()
        self._tick.start()

    def learn(self) -> None:
        """Ask core whether the PIN is locked now, and lock if so."""

        def locked(until: int | None) -> None:
            if until is not None:
                self.lock(until)

        run_for(self, self._context.runner, self._context.core.wallet.pin_locked_until, locked)

    def show(self) -> None:
        until = self.until_ms
        if until is None:
            return
        left = until - self._context.core.clock.now_ms()
        if left <= 0:
            self.until_ms = None
            self._tick.stop()
            self._notice.clear_notice()
            self.ended.emit()
            return
        self.text = translate("Wallet", "Too many wrong PINs. You can try again in %1.").replace(
            "%1", duration_text(left)
        )
        self._notice.show_error(self.text)
