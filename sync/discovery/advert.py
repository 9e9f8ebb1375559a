"""What this device announces on the LAN."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from sync.discovery.txt import DEVICE_ID_HEX_CHARS, is_device_id, is_protocol_version

MAX_PORT = 65_535


@dataclass(frozen=True, slots=True)
class ServiceAdvert:
    """Our announcement: a display name (a hint for the instance name), port and hints.

    ``device_id`` is the hex of our 32-byte Ed25519 key, announced as a hint only: the
    handshake proves identities. ``addresses``, when given, replaces the addresses read from
    the host's interfaces (for example when only one of several networks should be used).
    """

    display_name: str
    port: int
    protocol_version: int
    device_id: str
    addresses: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.port <= MAX_PORT:
            raise ValueError(f"port must be 1..{MAX_PORT}, not {self.port}")
        if not is_protocol_version(self.protocol_version):
            raise ValueError(f"protocol version out of range: {self.protocol_version}")
        if not is_device_id(self.device_id):
            raise ValueError(f"device id must be {DEVICE_ID_HEX_CHARS} lower-case hex digits")
        for address in self.addresses or ():
            ipaddress.ip_address(address)  # raises ValueError
