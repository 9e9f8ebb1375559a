"""The replication contract (notes, events since, batch ingest, fork proofs) and its reference."""

from core.replication.exchange import Transport, fetch_after, pull
from core.replication.port import Replica

__all__ = ["Replica", "Transport", "fetch_after", "pull"]
