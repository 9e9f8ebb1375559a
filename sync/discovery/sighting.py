"""A peer seen on the LAN, built from what zeroconf resolved for one service instance."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sync.discovery.advert import MAX_PORT
from sync.discovery.errors import MalformedAdvert
from sync.discovery.txt import decode_txt


@dataclass(frozen=True, slots=True)
class PeerSighting:
    """The latest advert of one service instance.

    ``device_id_hint`` and ``protocol_version`` are what the peer *claims*; ``addresses`` are
    IPv4 and IPv6 literals (link-local IPv6 ones carry a ``%scope``), IPv4 first. ``last_seen``
    is the injected clock's reading when this advert was last resolved or re-read from a live
    zeroconf cache.
    """

    service_name: str
    device_id_hint: str
    protocol_version: int
    addresses: tuple[str, ...]
    port: int
    last_seen: float

    def same_advert(self, other: PeerSighting) -> bool:
        """Whether ``other`` announces the same thing (``last_seen`` is ignored)."""
        return (
            self.service_name,
            self.device_id_hint,
            self.protocol_version,
            self.addresses,
            self.port,
        ) == (
            other.service_name,
            other.device_id_hint,
            other.protocol_version,
            other.addresses,
            other.port,
        )


def sighting_from_service(
    *,
    service_name: str,
    properties: Mapping[bytes, bytes | None],
    addresses: Iterable[str],
    port: int | None,
    now: float,
) -> PeerSighting:
    """Build a sighting from a resolved service; raises MalformedAdvert if it is unusable."""
    hints = decode_txt(properties)
    if port is None or not 1 <= port <= MAX_PORT:
        raise MalformedAdvert(f"port {port!r} is not usable")
    return PeerSighting(
        service_name=service_name,
        device_id_hint=hints.device_id_hint,
        protocol_version=hints.protocol_version,
        addresses=_ordered_addresses(addresses),
        port=port,
        last_seen=now,
    )


def _ordered_addresses(addresses: Iterable[str]) -> tuple[str, ...]:
    parsed = set()
    for text in addresses:
        try:
            parsed.add(ipaddress.ip_address(text))
        except ValueError as exc:
            raise MalformedAdvert(f"address {text[:64]!r} is not an IP address") from exc
    if not parsed:
        raise MalformedAdvert("no addresses")
    return tuple(str(a) for a in sorted(parsed, key=lambda a: (a.version, a.packed, str(a))))
