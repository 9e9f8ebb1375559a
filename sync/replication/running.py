"""How a session's work runs: blocking replica calls whose store failures are ours, and
tasks that always end."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from core.errors import InvalidInput
from sync.errors import STORAGE_FAILURES, LocalStorageFailed

T = TypeVar("T")
Blocking = Callable[..., Awaitable[Any]]
TEARDOWN_RETRY = 1.0


def storage_guarded(blocking: Blocking) -> Blocking:
    """``blocking``, with a failure of our own store raised as LocalStorageFailed."""

    async def call(function: Callable[..., T], *args: Any) -> T:
        try:
            result: T = await blocking(function, *args)
        except InvalidInput:
            raise  # the peer's data, judged by the caller
        except STORAGE_FAILURES as exc:
            raise LocalStorageFailed(f"our disk or database failed: {exc}") from exc
        return result

    return call


async def cancel_all(tasks: list[asyncio.Task[None]]) -> None:
    """Cancel the tasks and wait until every one is done.

    A task that swallowed its cancel (``asyncio.wait_for`` does on Python 3.11 when the
    awaited thing completes at the same moment) is cancelled again, so this always returns;
    our own cancellation is passed on once they are done.
    """
    cancelled = False
    while pending := [task for task in tasks if not task.done()]:
        for task in pending:
            task.cancel()
        try:
            await asyncio.wait(pending, timeout=TEARDOWN_RETRY)
        except asyncio.CancelledError:
            cancelled = True
    for task in tasks:
        if not task.cancelled():
            task.exception()  # retrieved: the first one was raised by run() already
    if cancelled:
        raise asyncio.CancelledError
