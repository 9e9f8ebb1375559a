"""A Core seen through the replication contract, for replication inside one process.

Backups, tests and benchmarks introduce profiles to each other with ``core.replication.pull``
over this adapter; over a network, ``core.peer_replica.PeerReplica`` adds who may see what.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.facade import Core
from core.feeds import ForkProof, Note, RawEvent
from core.ids import FeedId, PublicKey
from core.store import IngestReport


class LocalReplica:
    """Every feed of a core, with no entitlement rules (everything is ours to see)."""

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
