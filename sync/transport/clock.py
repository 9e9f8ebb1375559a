"""Where a channel reads the time and waits: the event loop's clock unless a test injects one."""

from __future__ import annotations

import asyncio
from typing import Protocol


class MonotonicClock(Protocol):
    """Monotonic seconds and a way to wait for them to pass."""

    def now(self) -> float:
        """The current time in seconds (any epoch, never going backwards)."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Return once `seconds` have passed on this clock."""
        ...


class LoopClock:
    """The running event loop's clock."""

    def now(self) -> float:
        """`loop.time()`."""
        return asyncio.get_running_loop().time()

    async def sleep(self, seconds: float) -> None:
        """`asyncio.sleep(seconds)`."""
        await asyncio.sleep(seconds)
