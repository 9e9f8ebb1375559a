"""Helpers for tests that need real profiles: open cores, befriend them, sync them in process."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from core.clock import ManualClock
from core.crypto import KdfParams
from core.facade import Core
from core.feeds import ForkProof, Note, RawEvent
from core.ids import FeedId, PublicKey
from core.replication import pull
from core.store import IngestReport


class CoreReplica:
    """A Core seen through the replication contract (what an in-process sync uses)."""

    def __init__(self, core: Core) -> None:
        self.core = core

    def notes(self) -> list[Note]:
        return self.core.feeds.notes()

    def events_since(
        self, author: PublicKey, feed_id: FeedId, after_seq: int, limit: int = 1000
    ) -> list[RawEvent]:
        return self.core.feeds.events_since(author, feed_id, after_seq, limit)

    def ingest(self, raws: Sequence[RawEvent]) -> IngestReport:
        return self.core.ingest(raws)

    def fork_proofs(self) -> list[ForkProof]:
        return self.core.feeds.fork_proofs()

    def ingest_fork_proof(self, proof: ForkProof) -> bool:
        return self.core.feeds.ingest_fork_proof(proof)


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
                    pull(CoreReplica(target), CoreReplica(source))


def befriend(a: Core, b: Core, message: str = "hello") -> None:
    a.contacts.add_from_card(b.card().to_text(), message)
    sync_all([a, b])
    b.contacts.accept(a.me)
    sync_all([a, b])
