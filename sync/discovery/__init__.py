"""LAN discovery: announce this device over multicast DNS and list the peers around it.

We register ``_hutong._tcp.local.`` with a TXT record holding the protocol version (``v``) and
the device id (``id``), and browse for the same type. Both values are hints: identities are
proven in the Noise handshake, never here. Fallbacks for networks that block multicast
(manual ``host:port``, contact-card and last-known addresses) belong to the sync layer.
See ``docs/discovery.md``.
"""

from __future__ import annotations

from sync.discovery.addresses import (
    AddressChange,
    current_host_addresses,
    diff_addresses,
    host_addresses,
)
from sync.discovery.advert import ServiceAdvert
from sync.discovery.errors import DiscoveryError, DiscoveryUnavailable, MalformedAdvert
from sync.discovery.lan import DEFAULT_POLL_INTERVAL_S, AddressSource, LanDiscovery
from sync.discovery.listener import DiscoveryListener
from sync.discovery.naming import SERVICE_TYPE, instance_name, service_name
from sync.discovery.peer_table import PeerTable
from sync.discovery.peer_watch import Clock
from sync.discovery.sighting import PeerSighting, sighting_from_service
from sync.discovery.txt import TxtHints, decode_txt, encode_txt

__all__ = [
    "DEFAULT_POLL_INTERVAL_S",
    "SERVICE_TYPE",
    "AddressChange",
    "AddressSource",
    "Clock",
    "DiscoveryError",
    "DiscoveryListener",
    "DiscoveryUnavailable",
    "LanDiscovery",
    "MalformedAdvert",
    "PeerSighting",
    "PeerTable",
    "ServiceAdvert",
    "TxtHints",
    "current_host_addresses",
    "decode_txt",
    "diff_addresses",
    "encode_txt",
    "host_addresses",
    "instance_name",
    "service_name",
    "sighting_from_service",
]
