"""How long to wait before dialling a peer again: exponential, capped, with jitter."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Backoff:
    base: float = 1.0
    factor: float = 2.0
    ceiling: float = 60.0

    def delay(self, failures: int, jitter: float) -> float:
        """Seconds to wait after ``failures`` failures in a row; ``jitter`` in [0, 1)."""
        if failures <= 0:
            return 0.0
        raw = min(self.ceiling, self.base * self.factor ** (failures - 1))
        return raw * (0.75 + 0.5 * jitter)
