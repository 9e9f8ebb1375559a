"""A clearing feed held in memory: for the pure model, tests and benchmarks.

The real clearing feed is a signed, hash-chained feed; here an entry's id is a hash of its
position and body, so two different records at one position still get different ids (what a
replica's fork check compares).
"""

from __future__ import annotations

from core.crypto import blake2b_256
from core.ids import EventId
from core.wallet.records import ClearingEntry, ClearingRecord

_ID_PREFIX = b"hutong/wallet/in-memory-record/v1\x00"


class InMemoryClearingFeed:
    """Appends records at seq 1, 2, ... of one epoch and keeps them in ``entries``."""

    def __init__(self, epoch: int = 0) -> None:
        self.epoch = epoch
        self.entries: list[ClearingEntry] = []

    def append(self, record: ClearingRecord, now_ms: int) -> ClearingEntry:
        seq = len(self.entries) + 1
        entry = ClearingEntry(seq, entry_id(self.epoch, seq, record), record, now_ms, self.epoch)
        self.entries.append(entry)
        return entry


def entry_id(epoch: int, seq: int, record: ClearingRecord) -> EventId:
    """A stand-in event id for ``record`` at (epoch, seq)."""
    position = epoch.to_bytes(4, "big") + seq.to_bytes(8, "big")
    return EventId(blake2b_256(_ID_PREFIX, position, record.encode()))
