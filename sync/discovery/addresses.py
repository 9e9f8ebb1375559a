"""The host's interface addresses, and whether they changed since we last looked."""

from __future__ import annotations

import ipaddress
from collections.abc import Collection, Iterable
from dataclasses import dataclass

import ifaddr


@dataclass(frozen=True, slots=True)
class AddressChange:
    """How an address set changed: what appeared and what went away."""

    added: frozenset[str]
    removed: frozenset[str]


def diff_addresses(previous: frozenset[str], current: frozenset[str]) -> AddressChange | None:
    """The change from ``previous`` to ``current``, or None when the sets are equal."""
    if previous == current:
        return None
    return AddressChange(added=current - previous, removed=previous - current)


def normalize_address(text: str) -> str:
    """The canonical text of an IP address (IPv6 compressed, lower-case); raises ValueError."""
    return str(ipaddress.ip_address(text))


def host_addresses(
    interfaces: Collection[str] | None, adapters: Iterable[ifaddr.Adapter]
) -> frozenset[str]:
    """The addresses of ``adapters`` worth announcing.

    With ``interfaces`` None: every address except loopback and unspecified ones. Otherwise
    only the listed addresses that the host actually has (so a vanished one drops out).
    """
    wanted = None if interfaces is None else {normalize_address(i) for i in interfaces}
    found = set()
    for adapter in adapters:
        for ip in adapter.ips:
            text = ip.ip if isinstance(ip.ip, str) else ip.ip[0]
            try:
                address = ipaddress.ip_address(text)
            except ValueError:
                continue
            if wanted is None:
                if not (address.is_loopback or address.is_unspecified):
                    found.add(str(address))
            elif str(address) in wanted:
                found.add(str(address))
    return frozenset(found)


def current_host_addresses(interfaces: Collection[str] | None) -> frozenset[str]:
    """:func:`host_addresses` of the adapters the host has right now."""
    return host_addresses(interfaces, ifaddr.get_adapters())
