"""Answers to the latest request only: two loads can finish out of order on the runner's
threads, and a stale answer must not replace a fresh one (a transfer shown as held again
after it was received, a receive code without the amount just typed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class LatestOnly:
    def __init__(self) -> None:
        self._asked = 0

    def answer(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """``callback`` for the request being made now; dropped once a newer one is made."""
        self._asked += 1
        mine = self._asked

        def call(result: Any) -> None:
            if mine == self._asked:
                callback(result)

        return call
