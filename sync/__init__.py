"""LAN sync: discovery, the Noise transport, replication sessions and the sync service.

Front door: :class:`SyncService` (start, stop, status, manual peers), the frozen status values,
and the :class:`Replica` port that core implements (``core.peer_replica.PeerReplica``).
The service (with zeroconf and the transport) is imported on first use, so that code which
only needs the status values — the desktop's panes — starts quickly.
"""

from typing import TYPE_CHECKING, Any

from sync.status import PeerSource, PeerState, PeerStatus, SyncStatus

if TYPE_CHECKING:
    from sync.replication.port import Replica
    from sync.service import PROTOCOL_VERSION, SyncService

__all__ = [
    "PROTOCOL_VERSION",
    "PeerSource",
    "PeerState",
    "PeerStatus",
    "Replica",
    "SyncService",
    "SyncStatus",
]


def __getattr__(name: str) -> Any:
    if name in ("SyncService", "PROTOCOL_VERSION"):
        from sync import service

        return getattr(service, name)
    if name == "Replica":
        from sync.replication.port import Replica

        return Replica
    raise AttributeError(f"module 'sync' has no attribute {name!r}")
