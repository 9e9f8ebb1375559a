"""The app's operation runner, scoped to a widget: answers that come back after the widget
is gone are dropped instead of reaching a deleted object."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject

from desktop.runner import OperationRunner


class Runner(Protocol):
    """What the chats pane needs from :class:`desktop.runner.OperationRunner`."""

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None: ...


class ScopedRunner:
    def __init__(self, runner: OperationRunner, owner: QObject) -> None:
        self._runner = runner
        self._owner = owner

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        owner = self._owner

        def done(result: Any) -> None:
            if on_done is not None and shiboken6.isValid(owner):
                on_done(result)

        def failed(message: str) -> None:
            if on_error is not None and shiboken6.isValid(owner):
                on_error(message)

        self._runner.run(work, done, failed if on_error is not None else None)
