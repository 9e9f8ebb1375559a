"""LAN sync: discovery, the Noise transport, replication sessions and the sync service.

Front door: :class:`SyncService` (start, stop, status, manual peers), the frozen status values,
and the :class:`Replica` port that core implements (``core.peer_replica.PeerReplica``).
"""

from sync.replication.port import Replica
from sync.service import PROTOCOL_VERSION, SyncService
from sync.status import PeerSource, PeerState, PeerStatus, SyncStatus

__all__ = [
    "PROTOCOL_VERSION",
    "PeerSource",
    "PeerState",
    "PeerStatus",
    "Replica",
    "SyncService",
    "SyncStatus",
]
