"""Reading a peer address typed by a person: ``host:port``, ``[v6]:port`` or ``v6 port``."""

from __future__ import annotations

import ipaddress
import re

_LABEL = r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOSTNAME = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(\.{_LABEL})*\.?$")


class AddressError(ValueError):
    """``kind``: ``empty``, ``no-port``, ``bad-port``, ``bad-host``."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def parse_host_port(text: str) -> tuple[str, int]:
    """``(host, port)`` from what was typed; AddressError says what is wrong."""
    text = text.strip()
    if not text:
        raise AddressError("empty")
    if text.startswith("["):
        host, bracket, rest = text[1:].partition("]")
        if not bracket or not rest.startswith(":"):
            raise AddressError("no-port")
        port_text = rest[1:]
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
    elif " " in text:
        host, _, port_text = text.rpartition(" ")
    else:
        raise AddressError("no-port")
    host = host.strip()
    port_text = port_text.strip()
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise AddressError("bad-port")
    if not _valid_host(host):
        raise AddressError("bad-host")
    return host, int(port_text)


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return bool(_HOSTNAME.match(host)) and not host.replace(".", "").isdigit()
    return True
