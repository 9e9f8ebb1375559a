"""Helpers for tests that need real profiles: open cores, befriend them, sync them in process."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from core.clock import ManualClock
from core.crypto import KdfParams
from core.facade import Core
from core.local_replica import LocalReplica
from core.replication import pull


def open_core(
    folder: Path, name: str, clock: ManualClock | None = None, passphrase: str | None = None
) -> Core:
    return Core.open(
        folder,
        name=name,
        clock=clock or ManualClock(),
        passphrase=passphrase,
        kdf=KdfParams.minimal(),
    )


def sync_all(cores: Iterable[Core], rounds: int = 2) -> None:
    """Everyone pulls everything from everyone (no entitlement rules: a fully trusted LAN)."""
    members = list(cores)
    for _ in range(rounds):
        for target in members:
            for source in members:
                if target is not source:
                    pull(LocalReplica(target), LocalReplica(source))


def befriend(a: Core, b: Core, message: str = "hello") -> None:
    a.contacts.add_from_card(b.card().to_text(), message)
    sync_all([a, b])
    b.contacts.accept(a.me)
    sync_all([a, b])
