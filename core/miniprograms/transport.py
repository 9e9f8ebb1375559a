"""The seam to the sync layer: how one member's app instance exchanges updates with the
other members of the same instance, and an in-memory implementation for tests and demos.

The LAN implementation (:mod:`core.miniprograms.lan_transport`) appends each sent update to
the member's ``app/<program-id>/<scope>`` feed and calls ``receive`` for every update folded
from the members' feeds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Protocol

from core.miniprograms.updates import AppUpdate, update_from_bytes

Receiver = Callable[[AppUpdate], None]
Picker = Callable[[list[tuple[str, bytes]]], list[tuple[str, bytes]]]


class UpdateTransport(Protocol):
    """One member's link to the other members of one app instance.

    ``send`` stores our own update (already delivered locally) and hands it to the others;
    it must not block (the GUI thread calls it).

    ``listen`` registers ``receive`` and returns a function that stops it. It first replays
    **every update already known for the instance, our own earlier ones included** (an app
    opened again starts from an empty log and must learn its own sequence numbers back, or
    it would reuse them), then each new update from the others. Updates may come in any
    order, more than once, and from any thread: the receiver orders them causally
    (:class:`UpdateLog`), drops duplicates and hops threads itself.
    """

    def send(self, update: AppUpdate) -> None: ...

    def listen(self, receive: Receiver) -> Callable[[], None]: ...


class LocalUpdateHub:
    """Joins several members of one app instance inside one process.

    Updates cross as bytes (the same form the sync layer will carry) and are delivered
    synchronously, unless ``held``: then they queue until ``release`` (a test can deliver
    them in any order it likes).
    """

    def __init__(self, *, held: bool = False) -> None:
        self.held = held
        self.queued: list[tuple[str, bytes]] = []
        self.history: list[bytes] = []
        self._receivers: dict[str, list[Receiver]] = {}

    def join(self, member: str) -> LocalTransport:
        self._receivers.setdefault(member, [])
        return LocalTransport(self, member)

    def publish(self, sender: str, data: bytes) -> None:
        self.history.append(data)
        for member in list(self._receivers):
            if member == sender:
                continue
            if self.held:
                self.queued.append((member, data))
            else:
                self._deliver(member, data)

    def release(self, pick: Picker | None = None) -> None:
        """Deliver queued updates: all, or those ``pick(queued)`` returns, in its order (it
        may repeat some); the ones it leaves out stay queued."""
        queued, self.queued = self.queued, []
        chosen = pick(list(queued)) if pick else queued
        left = Counter(queued)
        left.subtract(chosen)
        self.queued = [item for item in dict.fromkeys(queued) for _ in range(max(left[item], 0))]
        for member, data in chosen:
            self._deliver(member, data)

    def _deliver(self, member: str, data: bytes) -> None:
        update = update_from_bytes(data)
        for receive in list(self._receivers.get(member, ())):
            receive(update)

    def add_receiver(self, member: str, receive: Receiver) -> Callable[[], None]:
        receivers = self._receivers.setdefault(member, [])
        receivers.append(receive)
        for data in list(self.history):
            receive(update_from_bytes(data))
        return lambda: receivers.remove(receive) if receive in receivers else None


class LocalTransport:
    def __init__(self, hub: LocalUpdateHub, member: str) -> None:
        self._hub = hub
        self.member = member

    def send(self, update: AppUpdate) -> None:
        self._hub.publish(self.member, update.to_bytes())

    def listen(self, receive: Receiver) -> Callable[[], None]:
        return self._hub.add_receiver(self.member, receive)
