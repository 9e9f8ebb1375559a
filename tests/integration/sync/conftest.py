"""Real peers in one process: each a Core in a temp profile with a SyncService on loopback."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.clock import SystemClock
from core.facade import Core
from core.peer_replica import PeerReplica
from sync import SyncService
from sync.backoff import Backoff
from tests.support.profiles import open_core


@dataclass
class Peer:
    core: Core
    sync: SyncService
    lines: list[str]

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.sync.port)

    def dial(self, other: Peer) -> None:
        self.sync.add_peer_address(*other.address)


def wait_until(
    condition: Callable[[], object], timeout: float = 30.0, interval: float = 0.02
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s")


@pytest.fixture
def make_peer(tmp_path: Path) -> Iterator[Callable[..., Peer]]:
    made: list[Peer] = []

    def make(name: str, start: bool = True) -> Peer:
        core = open_core(tmp_path / name, name, SystemClock())  # type: ignore[arg-type]
        lines: list[str] = []
        sync = SyncService(
            PeerReplica(core),
            host="127.0.0.1",
            discovery=False,
            on_event=lines.append,
            backoff=Backoff(base=0.2, factor=2.0, ceiling=2.0),
            dial_interval=0.05,
        )
        peer = Peer(core, sync, lines)
        if start:
            sync.start()
        made.append(peer)
        return peer

    yield make
    for peer in made:
        peer.sync.stop()
        peer.core.close()


def befriend(a: Peer, b: Peer) -> None:
    """Through the network: A adds B's card (whose address is B's port), B accepts."""
    a.core.contacts.add_from_card(b.core.card().to_text(), "hello")
    try:
        wait_until(lambda: b.core.contacts.get(a.core.me) is not None)
    except AssertionError:
        raise AssertionError(f"the request did not arrive: {a.lines} | {b.lines}") from None
    b.core.contacts.accept(a.core.me)
    wait_until(lambda: a.core.contacts.require(b.core.me).is_friend)
