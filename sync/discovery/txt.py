"""The TXT record of a Hutong service: ``v`` (protocol version) and ``id`` (device id).

Both values are hints. The version lets a peer skip devices it cannot talk to; the device id
lets the sync layer guess which contact is behind a service before the Noise handshake proves
it. Anyone on the LAN can announce anything, so nothing here is trusted for more than that.

Parsing follows RFC 6763 §6: keys are case-insensitive, only the first occurrence of a key
counts, and unknown keys are ignored so later versions can add keys without breaking us.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sync.discovery.errors import MalformedAdvert

VERSION_KEY = "v"
DEVICE_ID_KEY = "id"
MAX_PROTOCOL_VERSION = 65_535
DEVICE_ID_HEX_CHARS = 64  # a 32-byte Ed25519 public key

_VERSION_RE = re.compile(rb"[1-9][0-9]{0,4}")
_DEVICE_ID_RE = re.compile(rb"[0-9a-fA-F]{64}")
_CANONICAL_DEVICE_ID_RE = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class TxtHints:
    """What a valid TXT record claims; ``device_id_hint`` is lower-case hex."""

    protocol_version: int
    device_id_hint: str


def is_protocol_version(value: int) -> bool:
    """Whether ``value`` fits the ``v`` key (1 to 65535)."""
    return 1 <= value <= MAX_PROTOCOL_VERSION


def is_device_id(text: str) -> bool:
    """Whether ``text`` is a device id as we announce it: 64 lower-case hex digits."""
    return _CANONICAL_DEVICE_ID_RE.fullmatch(text) is not None


def encode_txt(protocol_version: int, device_id: str) -> dict[str, str]:
    """The TXT properties announcing ``protocol_version`` and ``device_id``."""
    return {VERSION_KEY: str(protocol_version), DEVICE_ID_KEY: device_id}


def decode_txt(properties: Mapping[bytes, bytes | None]) -> TxtHints:
    """Read the hints from TXT properties as zeroconf decodes them; raises MalformedAdvert."""
    first: dict[bytes, bytes | None] = {}
    for key, value in properties.items():
        first.setdefault(key.lower(), value)
    raw_version = _required(first, VERSION_KEY)
    if _VERSION_RE.fullmatch(raw_version) is None or int(raw_version) > MAX_PROTOCOL_VERSION:
        raise MalformedAdvert(f"TXT {VERSION_KEY}={raw_version[:16]!r} is not a protocol version")
    raw_id = _required(first, DEVICE_ID_KEY)
    if _DEVICE_ID_RE.fullmatch(raw_id) is None:
        raise MalformedAdvert(
            f"TXT {DEVICE_ID_KEY} is not {DEVICE_ID_HEX_CHARS} hex digits ({len(raw_id)} bytes)"
        )
    return TxtHints(int(raw_version), raw_id.decode("ascii").lower())


def _required(properties: Mapping[bytes, bytes | None], key: str) -> bytes:
    value = properties.get(key.encode("ascii"))
    if value is None:
        raise MalformedAdvert(f"TXT key {key!r} is missing or has no value")
    return value
