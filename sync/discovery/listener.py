"""What LanDiscovery tells its owner about peers."""

from __future__ import annotations

from typing import Protocol

from sync.discovery.sighting import PeerSighting


class DiscoveryListener(Protocol):
    """Receives peer changes. Called on zeroconf's thread: return quickly, hand work off.

    Every ``peer_down`` follows a ``peer_up`` for the same name. ``peer_up`` is called again
    when a known peer's advert changes (new addresses, port or hints). Exceptions raised here
    are logged and swallowed so they cannot break discovery.
    """

    def peer_up(self, sighting: PeerSighting) -> None:
        """A peer appeared, or its advert changed."""

    def peer_down(self, service_name: str) -> None:
        """The peer announced by ``service_name`` left, or its advert became unreadable."""
