"""The replication contract: what any replica offers another, in process or over the network.

A replica holds feeds. Another replica learns what it holds from its **notes** (per feed: the
latest sequence number *and* head id), asks for the events it lacks with **events since** a
sequence number, hands what it received to **ingest** in batches, and trades **fork proofs**
so that an author who signed two chains is flagged everywhere, even by replicas that only ever
saw one of the chains.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from core.feeds import ForkProof, Note, RawEvent
from core.ids import FeedId, PublicKey
from core.store import IngestReport


class Replica(Protocol):
    def notes(self) -> list[Note]: ...

    def events_since(
        self, author: PublicKey, feed_id: FeedId, after_seq: int, limit: int = 1000
    ) -> list[RawEvent]: ...

    def ingest(self, raws: Sequence[RawEvent]) -> IngestReport: ...

    def fork_proofs(self) -> list[ForkProof]: ...

    def ingest_fork_proof(self, proof: ForkProof) -> bool: ...
