"""Folding on a thread of its own, for events that arrive from peers.

Sync stores a batch and moves on; this thread folds it into the projections meanwhile, so
the next batch's signatures are checked while the previous one is folded (ingest is bound
by signature checks, which run outside the GIL). Our own writes still fold before returning.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)


class BackgroundFolder:
    """Runs ``fold`` whenever asked, coalescing requests, until stopped."""

    def __init__(self, fold: Callable[[], None]) -> None:
        self._fold = fold
        self._wake = threading.Condition()
        self._requested = False
        self._busy = False
        self._stopping = False
        self._thread: threading.Thread | None = None

    def request(self) -> None:
        with self._wake:
            if self._stopping:
                return
            self._requested = True
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="hutong-fold", daemon=True)
                self._thread.start()
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._requested and not self._stopping:
                    self._wake.wait()
                if not self._requested and self._stopping:
                    return
                self._requested = False
                self._busy = True
            try:
                self._fold()
            except Exception:  # a bad fold must not kill folding for good
                log.exception("folding events from peers failed")
            finally:
                with self._wake:
                    self._busy = False
                    self._wake.notify_all()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until everything requested so far is folded (tests, shutdown)."""
        with self._wake:
            return self._wake.wait_for(lambda: not self._requested and not self._busy, timeout)

    def stop(self) -> None:
        """Fold what is pending, then end the thread."""
        with self._wake:
            self._stopping = True
            self._wake.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join()
