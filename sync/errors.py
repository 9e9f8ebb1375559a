"""The exception root of sync (transport and discovery errors have their own roots)."""

from __future__ import annotations


class SyncError(Exception):
    """Root of errors raised by sync's own code."""


class WireError(SyncError):
    """A replication message is malformed, oversized or of an unknown type."""


class PeerMisbehaved(SyncError):
    """A peer sent forged or malformed data; it is disconnected and rate-limited."""
