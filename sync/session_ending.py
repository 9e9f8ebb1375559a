"""How a replication session ended: the reason a person reads, and whether the peer is blamed.

Only the peer's own doing is penalised: forged or malformed data, flooding, and breaking the
transport after the handshake (garbage, bad frames, records that fail to decrypt). A lost
connection or a failure of our own disk is nobody's fault: the peer is dialled again later.
"""

from __future__ import annotations

from dataclasses import dataclass

from sync.errors import LocalStorageFailed, PeerMisbehaved
from sync.transport import ChannelClosed, ProtocolViolation, TransportError


@dataclass(frozen=True)
class SessionEnding:
    reason: str
    """For the peer list and the log; empty after an orderly close."""

    penalise: bool = False
    """The peer misbehaved: ignore it for a growing time."""

    expected: bool = True
    """False for a bug of ours (logged with its traceback)."""


def ending_of(error: Exception | None) -> SessionEnding:
    """Classify what ``Session.run`` raised (None: it returned)."""
    match error:
        case None | ChannelClosed():
            return SessionEnding("")
        case PeerMisbehaved():
            return SessionEnding(str(error), penalise=True)
        case ProtocolViolation():
            return SessionEnding(f"broke the protocol: {error}", penalise=True)
        case LocalStorageFailed():
            return SessionEnding(f"{error}; will retry later")
        case TransportError():
            return SessionEnding(f"connection lost: {error}")
    return SessionEnding(f"internal error: {error!r}", expected=False)
