"""Tasks we start on zeroconf's event loop, tracked so that stopping can cancel them all."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


class LoopTasks:
    """A set of running tasks on the current loop; failures are logged, never lost."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()

    def spawn(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """Run ``coro`` as a tracked task on the running loop."""
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    async def cancel_all(self) -> None:
        """Cancel every tracked task and wait until they are done."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (exc := task.exception()) is not None:
            # A task is an edge of zeroconf's loop: report the bug, keep the loop alive.
            log.error("discovery task failed", exc_info=exc)


async def finish_broadcast(announcing: Awaitable[object]) -> None:
    """Await a zeroconf announcement; cancelling us cancels it, so none goes out afterwards."""
    try:
        await announcing
    except asyncio.CancelledError:
        if isinstance(announcing, asyncio.Future):
            announcing.cancel()
        raise
