"""Running one operation to its end before any window exists (opening a plain profile)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop

from desktop.runner import OperationRunner


def run_and_wait(runner: OperationRunner, work: Callable[[], Any]) -> tuple[Any, str | None]:
    """``(result, None)`` or ``(None, message)``; the event loop keeps running meanwhile."""
    loop = QEventLoop()
    outcome: list[tuple[Any, str | None]] = []

    def done(result: Any) -> None:
        outcome.append((result, None))
        loop.quit()

    def failed(message: str) -> None:
        outcome.append((None, message))
        loop.quit()

    runner.run(work, done, failed)
    if not outcome:
        loop.exec()
    return outcome[0]
