"""Errors raised on purpose by LAN discovery; :class:`DiscoveryError` is the root.

Programming mistakes (an invalid :class:`~sync.discovery.ServiceAdvert`, calling a method on a
stopped :class:`~sync.discovery.LanDiscovery`) raise ``ValueError`` / ``RuntimeError`` instead:
they are bugs, not conditions of the network.
"""

from __future__ import annotations


class DiscoveryError(Exception):
    """Root of the errors this package raises when the world misbehaves."""


class MalformedAdvert(DiscoveryError):
    """A peer's advertisement cannot be read: bad TXT record, port or addresses."""


class DiscoveryUnavailable(DiscoveryError):
    """Multicast DNS cannot run here: no usable interface, socket failure, failed registration."""
