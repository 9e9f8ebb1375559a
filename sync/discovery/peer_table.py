"""The latest sighting of each peer service, keyed by service name.

Pure bookkeeping: no threads, no clock. It knows our own device id and, once registration
settles it, our own service name, so that our own advert (which multicast loops back to us)
never becomes a peer.
"""

from __future__ import annotations

from sync.discovery.sighting import PeerSighting


class PeerTable:
    """Latest sighting per service name, excluding our own advert."""

    def __init__(self, own_device_id: str) -> None:
        self._own_device_id = own_device_id.lower()
        self.own_service_name: str | None = None
        self._peers: dict[str, PeerSighting] = {}

    def is_own(self, sighting: PeerSighting) -> bool:
        """Whether ``sighting`` is our own advert, by device id or by service name."""
        return sighting.device_id_hint == self._own_device_id or _same_name(
            sighting.service_name, self.own_service_name
        )

    def is_own_name(self, service_name: str) -> bool:
        """Whether ``service_name`` is the name we registered."""
        return _same_name(service_name, self.own_service_name)

    def observe(self, sighting: PeerSighting) -> bool:
        """Record ``sighting``; True when it is a new peer or announces something different."""
        if self.is_own(sighting):
            return False
        key = sighting.service_name.lower()
        previous = self._peers.get(key)
        self._peers[key] = sighting
        return previous is None or not previous.same_advert(sighting)

    def forget(self, service_name: str) -> bool:
        """Drop the peer named ``service_name``; True when it was known."""
        return self._peers.pop(service_name.lower(), None) is not None

    def clear(self) -> None:
        """Forget every peer and our own service name."""
        self._peers.clear()
        self.own_service_name = None

    def snapshot(self) -> tuple[PeerSighting, ...]:
        """Every known peer, ordered by service name."""
        return tuple(self._peers[key] for key in sorted(self._peers))


def _same_name(name: str, own: str | None) -> bool:
    # DNS names compare case-insensitively (RFC 6762 §16).
    return own is not None and name.lower() == own.lower()
