"""What the desktop needs from the sync service (``sync.SyncService`` provides it).

Declared here, by the package that uses it, so panes and tests depend on this small surface.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol


class SyncPort(Protocol):
    def status(self) -> Any:
        """A frozen ``sync.SyncStatus``: port, addresses, peers with their states."""

    def add_peer_address(self, host: str, port: int) -> None:
        """Dial ``host:port`` now and keep it among the addresses retried with backoff."""

    def subscribe_status(self, listener: Callable[[Any], None]) -> Callable[[], None]:
        """Call ``listener(status)`` (from the sync thread) whenever the status changes."""
