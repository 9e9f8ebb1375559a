"""Running store, crypto and blob work off the GUI thread, with results back on it.

Every operation that may take more than ~10 ms goes through :class:`OperationRunner`: the work
runs in a worker thread, and ``on_done`` / ``on_error`` run later on the GUI thread. Errors
meant for people (:class:`core.errors.HutongError`) arrive as their message; anything else is
logged with its traceback and reported as an unexpected error, never shown raw.

Signals:
    failed(str): an operation without its own ``on_error`` failed; the text is for the user.
    idle(): no operation is running any more.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from core.errors import HutongError
from desktop.core_errors import error_text

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits, the GUI thread runs the callback."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _run(callback: object) -> None:
        assert callable(callback)
        callback()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work
        self.setAutoDelete(True)

    def run(self) -> None:
        self._work()


class OperationRunner(QObject):
    """Runs callables on worker threads; results and errors come back on the GUI thread."""

    failed = Signal(str)
    idle = Signal()

    def __init__(self, threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay()
        self._running = 0
        self._lock = threading.Lock()

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._running > 0

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``work()`` off the GUI thread; then ``on_done(result)`` or ``on_error(message)``."""
        with self._lock:
            self._running += 1

        def job() -> None:
            try:
                result = work()
            except HutongError as exc:
                message = error_text(str(exc))
                self._relay.deliver.emit(lambda: self._finish(None, message, on_done, on_error))
            except Exception:
                log.exception("operation failed")
                message = self.tr("Something went wrong. The details are in the log.")
                self._relay.deliver.emit(lambda: self._finish(None, message, on_done, on_error))
            else:
                self._relay.deliver.emit(lambda: self._finish(result, None, on_done, on_error))

        self._pool.start(_Job(job))

    def _finish(
        self,
        result: Any,
        error: str | None,
        on_done: Callable[[Any], object] | None,
        on_error: Callable[[str], None] | None,
    ) -> None:
        try:
            if error is None:
                if on_done is not None:
                    on_done(result)
            elif on_error is not None:
                on_error(error)
            else:
                self.failed.emit(error)
        finally:
            with self._lock:
                self._running -= 1
                now_idle = self._running == 0
            if now_idle:
                self.idle.emit()

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool:
        """Block until worker threads finish (shutdown and tests; never from a GUI handler)."""
        return self._pool.waitForDone(timeout_ms)
