"""How much one peer may make a session hold, and the high-water marks it actually reached.

Every per-peer queue is bounded (docs/security.md, "Resource limits"). Requests a peer makes
(WANT, BLOB_WANT, CHUNK_WANT) are answered in order by a worker; a request repeated while the
first is still queued is merged into it, so the queues hold at most one entry per thing asked
for. A peer that keeps more distinct requests waiting than these bounds allow is flooding: the
session ends with :class:`~sync.errors.PeerMisbehaved` and the peer is penalised. Events are
different: they are the data we asked for, so a full ingest queue stops reading from the
channel (TCP pushes back on the sender) instead of ending the session.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SessionLimits:
    """The bounds of one session's queues (the defaults are the protocol's; others for tests)."""

    pending_wants: int = 1024
    """Unanswered WANTs for distinct feeds, on top of one per feed we offered the peer.

    An honest peer asks once per feed we offered and waits for CAUGHT_UP before asking again."""

    pending_blob_requests: int = 256
    """Unanswered BLOB_WANTs and CHUNK_WANTs for distinct blobs and chunks.

    An honest peer has one BLOB_WANT and four CHUNK_WANTs outstanding, a few more after a
    timeout on its side."""

    ingest_bytes: int = 16 * 1024 * 1024
    """Bytes of received EVENTS waiting to be stored (one message may pass it: up to 8 MiB)."""

    def __post_init__(self) -> None:
        if min(self.pending_wants, self.pending_blob_requests, self.ingest_bytes) < 1:
            raise ValueError("session limits must be positive")


@dataclass
class QueuePeaks:
    """The largest each queue of a session has been (for tests, status and the bench)."""

    pending_wants: int = 0
    pending_blob_requests: int = 0
    ingest_bytes: int = 0

    def merge(self, other: QueuePeaks) -> None:
        self.pending_wants = max(self.pending_wants, other.pending_wants)
        self.pending_blob_requests = max(self.pending_blob_requests, other.pending_blob_requests)
        self.ingest_bytes = max(self.ingest_bytes, other.ingest_bytes)
