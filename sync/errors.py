"""The exception root of sync (transport and discovery errors have their own roots)."""

from __future__ import annotations

import sqlite3

from core.errors import StorageError


class SyncError(Exception):
    """Root of errors raised by sync's own code."""


class WireError(SyncError):
    """A replication message is malformed, oversized or of an unknown type."""


class PeerMisbehaved(SyncError):
    """A peer sent forged or malformed data, or flooded us; it is disconnected and penalised."""


class LocalStorageFailed(SyncError):
    """Our own disk or database failed (full, I/O error): the session ends, nobody is blamed.

    The peer did nothing wrong; the session is tried again later like any lost connection.
    """


STORAGE_FAILURES: tuple[type[BaseException], ...] = (StorageError, OSError, sqlite3.Error)
"""What a replica call raises when the local store fails (see ``sync.replication.port``)."""
