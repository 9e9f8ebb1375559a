"""One member's view of an app instance's updates: delivered in causal order, numbered by
local serials (webxdc's ``serial``/``max_serial``)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from core.miniprograms.limits import MAX_PENDING_UPDATES
from core.miniprograms.updates import AppUpdate, DeliveredUpdate, UpdateBody


class UpdateLog:
    """Accepts updates in any order and delivers each once, after everything it follows.

    ``accept`` returns what became deliverable, in delivery order. Updates that arrive before
    the updates they follow wait (at most ``MAX_PENDING_UPDATES``; a peer flooding us with
    updates that can never be delivered cannot exhaust memory).
    """

    def __init__(self, self_addr: str) -> None:
        self.self_addr = self_addr
        self._frontier: dict[str, int] = {}
        self._delivered: list[DeliveredUpdate] = []
        self._waiting: dict[tuple[str, int], AppUpdate] = {}

    @property
    def max_serial(self) -> int:
        return len(self._delivered)

    @property
    def frontier(self) -> Mapping[str, int]:
        """For each author, the highest sequence number delivered here."""
        return MappingProxyType(dict(self._frontier))

    @property
    def waiting(self) -> int:
        return len(self._waiting)

    def compose(self, body: UpdateBody) -> AppUpdate:
        """Our next update, sent in the context of everything delivered so far."""
        seq = self._frontier.get(self.self_addr, 0) + 1
        after = {a: n for a, n in self._frontier.items() if a != self.self_addr}
        return AppUpdate(self.self_addr, seq, MappingProxyType(after), body)

    def accept(self, update: AppUpdate) -> list[DeliveredUpdate]:
        key = (update.author, update.seq)
        if update.seq <= self._frontier.get(update.author, 0) or key in self._waiting:
            return []  # a duplicate (or a fork of a delivered update: the first one stands)
        if not self._ready(update):
            if len(self._waiting) < MAX_PENDING_UPDATES:
                self._waiting[key] = update
            return []
        delivered = [self._deliver(update)]
        progress = True
        while progress and self._waiting:
            progress = False
            for waiting_key, waiting in list(self._waiting.items()):
                if self._ready(waiting):
                    del self._waiting[waiting_key]
                    delivered.append(self._deliver(waiting))
                    progress = True
        return delivered

    def since(self, serial: int) -> list[DeliveredUpdate]:
        """Delivered updates with a serial above ``serial``, with max_serial as of now."""
        start = max(serial, 0)
        top = self.max_serial
        return [DeliveredUpdate(d.serial, top, d.update) for d in self._delivered[start:]]

    def _ready(self, update: AppUpdate) -> bool:
        if self._frontier.get(update.author, 0) != update.seq - 1:
            return False
        return all(
            self._frontier.get(author, 0) >= seq
            for author, seq in update.after.items()
            if author != update.author
        )

    def _deliver(self, update: AppUpdate) -> DeliveredUpdate:
        self._frontier[update.author] = update.seq
        delivered = DeliveredUpdate(len(self._delivered) + 1, len(self._delivered) + 1, update)
        self._delivered.append(delivered)
        return delivered
