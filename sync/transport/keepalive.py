"""Liveness as a pure state machine: when to ping, and when the peer counts as gone.

A side that has sent nothing for `interval` seconds sends a PING record; a side that has
received nothing for `SILENCE_FACTOR * interval` seconds closes the channel. Time is passed
in as `now` (seconds on any monotonic clock), so this is testable without waiting.
"""

from __future__ import annotations

from typing import Final

SILENCE_FACTOR: Final = 3


class LivenessTimer:
    """Tracks the last time we sent and received anything."""

    def __init__(self, interval: float, now: float) -> None:
        if interval <= 0:
            raise ValueError("the keepalive interval must be positive")
        self.interval = interval
        self.silence_limit = interval * SILENCE_FACTOR
        self._last_sent = now
        self._last_received = now

    def note_sent(self, now: float) -> None:
        """Anything was written to the peer."""
        self._last_sent = max(self._last_sent, now)

    def note_received(self, now: float) -> None:
        """Anything arrived from the peer (or we chose not to read: see the channel)."""
        self._last_received = max(self._last_received, now)

    def ping_due(self, now: float) -> bool:
        """Whether we have been quiet for a whole interval."""
        return now - self._last_sent >= self.interval

    def peer_silent(self, now: float) -> bool:
        """Whether the peer has been quiet for the silence limit."""
        return now - self._last_received >= self.silence_limit

    def next_deadline(self) -> float:
        """The earliest time at which `ping_due` or `peer_silent` can become true."""
        return min(self._last_sent + self.interval, self._last_received + self.silence_limit)
