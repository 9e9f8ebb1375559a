"""A token bucket: how many updates an app instance may send, with time passed in."""

from __future__ import annotations

from core.miniprograms.limits import UPDATE_BURST, UPDATES_PER_SECOND


class UpdateThrottle:
    """Allows ``burst`` sends at once, then ``per_second``; refused sends are counted."""

    def __init__(
        self, *, burst: int = UPDATE_BURST, per_second: float = UPDATES_PER_SECOND
    ) -> None:
        self.burst = burst
        self.per_second = per_second
        self.refused = 0
        self._tokens = float(burst)
        self._last_ms: int | None = None

    def admit(self, now_ms: int) -> bool:
        if self._last_ms is not None and now_ms > self._last_ms:
            refill = (now_ms - self._last_ms) / 1000 * self.per_second
            self._tokens = min(float(self.burst), self._tokens + refill)
        if self._last_ms is None or now_ms > self._last_ms:
            self._last_ms = now_ms
        if self._tokens >= 1:
            self._tokens -= 1
            return True
        self.refused += 1
        return False
