"""Token buckets for what an app instance sends: updates and bytes, with time passed in."""

from __future__ import annotations

from core.miniprograms.limits import (
    UPDATE_BURST,
    UPDATE_BYTES_BURST,
    UPDATE_BYTES_PER_SECOND,
    UPDATES_PER_SECOND,
)


class _Bucket:
    def __init__(self, capacity: float, per_second: float) -> None:
        self.capacity = capacity
        self.per_second = per_second
        self.tokens = capacity

    def refill(self, elapsed_ms: int) -> None:
        self.tokens = min(self.capacity, self.tokens + elapsed_ms / 1000 * self.per_second)


class UpdateThrottle:
    """Allows ``burst`` updates at once, then ``per_second``; the same for their bytes (so a
    flood of maximum-size updates is held back sooner). Refused sends are counted."""

    def __init__(
        self,
        *,
        burst: int = UPDATE_BURST,
        per_second: float = UPDATES_PER_SECOND,
        bytes_burst: int = UPDATE_BYTES_BURST,
        bytes_per_second: float = UPDATE_BYTES_PER_SECOND,
    ) -> None:
        self.refused = 0
        self._updates = _Bucket(burst, per_second)
        self._bytes = _Bucket(bytes_burst, bytes_per_second)
        self._last_ms: int | None = None

    def admit(self, now_ms: int, size: int = 0) -> bool:
        if self._last_ms is None or now_ms > self._last_ms:
            if self._last_ms is not None:
                self._updates.refill(now_ms - self._last_ms)
                self._bytes.refill(now_ms - self._last_ms)
            self._last_ms = now_ms
        if self._updates.tokens >= 1 and self._bytes.tokens >= size:
            self._updates.tokens -= 1
            self._bytes.tokens -= size
            return True
        self.refused += 1
        return False
