"""Running an operation for a widget that may be gone when the result comes back.

A dialog can close, or a page be rebuilt, while its operation runs in a worker; the result
then has nobody to show it to. :func:`run_for` drops results for a destroyed owner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from desktop.runner import OperationRunner


def while_alive(owner: QObject, callback: Callable[..., None] | None) -> Callable[..., None] | None:
    """``callback``, skipped once ``owner``'s Qt object has been deleted."""
    if callback is None:
        return None

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call


def run_for(
    owner: QObject,
    runner: OperationRunner,
    work: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> None:
    """``runner.run`` whose callbacks only run while ``owner`` still exists."""
    runner.run(work, while_alive(owner, on_done), while_alive(owner, on_error))
