"""Sync status as frozen values, for the UI and the node's log (magic-wormhole style).

A peer is anything we might sync with: seen by mDNS, added by hand, remembered from a card,
or connecting to us. Its state moves DISCOVERED → CONNECTING → SYNCING → IDLE (caught up, live
push continues), or FAILED with a reason in plain words; a failed peer is retried with backoff.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PeerState(StrEnum):
    DISCOVERED = "discovered"
    CONNECTING = "connecting"
    SYNCING = "syncing"
    IDLE = "idle"
    FAILED = "failed"


class PeerSource(StrEnum):
    MDNS = "mdns"
    MANUAL = "manual"
    CARD = "card"
    REMEMBERED = "remembered"
    INCOMING = "incoming"


@dataclass(frozen=True)
class PeerStatus:
    """One peer as the UI lists it. ``key`` is stable: the identity if known, else the address."""

    key: str
    identity: bytes | None
    name: str
    card_text: str | None
    addresses: tuple[str, ...]
    state: PeerState
    source: PeerSource
    reason: str = ""
    last_seen_ms: int = 0
    events_received: int = 0
    events_sent: int = 0


@dataclass(frozen=True)
class SyncStatus:
    """The whole picture: are we listening, where, with mDNS or not, and every peer."""

    running: bool = False
    port: int = 0
    addresses: tuple[str, ...] = ()
    discovery: bool = False
    discovery_error: str = ""
    announced_at_ms: int = 0
    """Wall-clock time at which our mDNS advert settled (0: not announced)."""
    peers: tuple[PeerStatus, ...] = field(default=())

    def peer(self, identity: bytes) -> PeerStatus | None:
        for peer in self.peers:
            if peer.identity == identity:
                return peer
        return None

    @property
    def connected(self) -> tuple[PeerStatus, ...]:
        return tuple(p for p in self.peers if p.state in (PeerState.SYNCING, PeerState.IDLE))


@dataclass(frozen=True)
class SyncCounters:
    """What peers made us hold, for tests and the bench: queue high-water marks since start
    (over every session, ended or not) and the size of the peer book."""

    peak_pending_wants: int = 0
    peak_pending_blob_requests: int = 0
    peak_ingest_bytes: int = 0
    peers: int = 0
    strangers: int = 0
    penalised: int = 0
