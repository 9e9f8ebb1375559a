"""Contact cards: who someone is and how to reach them, signed, small enough for a QR code.

Binary layout (version 1), then text ``HUTONG:C1:`` + unpadded upper-case base32, which fits
the QR alphanumeric mode (about 10% denser than byte mode with base64). docs/protocol.md has
the byte-exact table and a golden vector.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import struct
import unicodedata
from dataclasses import dataclass

from core.crypto import SIGNATURE_BYTES, SigningKeyPair, verify_signature
from core.errors import InvalidCard
from core.ids import EncryptionKey, PublicKey

CARD_VERSION = 1
CARD_TEXT_PREFIX = "HUTONG:C1:"
CARD_SIGNING_PREFIX = b"hutong/card/v1\x00"
MAX_NAME_BYTES = 64
MAX_ADDRESSES = 4
_FLAG_AVATAR = 0x01
_KNOWN_FLAGS = _FLAG_AVATAR
_FIXED = struct.Struct(">BB32s32s32sQ")
_MAX_CARD_BYTES = _FIXED.size + 1 + MAX_NAME_BYTES + 32 + 1 + MAX_ADDRESSES * 19 + SIGNATURE_BYTES
MAX_CARD_TEXT = len(CARD_TEXT_PREFIX) + (_MAX_CARD_BYTES * 8 + 4) // 5


@dataclass(frozen=True)
class Address:
    """A LAN address where the card's owner was last reachable."""

    host: str
    port: int

    def __str__(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


@dataclass(frozen=True)
class ContactCard:
    """A verified contact card. Only :func:`decode_card` and :func:`make_card` create one."""

    identity_key: PublicKey
    device_key: PublicKey
    encryption_key: EncryptionKey
    name: str
    issued_at_ms: int
    avatar_hash: bytes | None
    addresses: tuple[Address, ...]
    signature: bytes

    def to_bytes(self) -> bytes:
        return _unsigned_bytes(self) + self.signature

    def to_text(self) -> str:
        return CARD_TEXT_PREFIX + base64.b32encode(self.to_bytes()).decode("ascii").rstrip("=")


def clean_name(name: str) -> str:
    """A display name fit for a card: trimmed, no control characters, at most 64 UTF-8 bytes."""
    cleaned = "".join(ch for ch in name.strip() if unicodedata.category(ch)[0] != "C")
    if not cleaned:
        raise InvalidCard("a name cannot be empty")
    encoded = cleaned.encode("utf-8")
    if len(encoded) > MAX_NAME_BYTES:
        cleaned = encoded[:MAX_NAME_BYTES].decode("utf-8", errors="ignore")
    return cleaned


def _pack_address(address: Address) -> bytes:
    ip = ipaddress.ip_address(address.host)
    family = 4 if ip.version == 4 else 6
    return bytes([family]) + ip.packed + struct.pack(">H", address.port)


def _unsigned_bytes(card: ContactCard) -> bytes:
    name = card.name.encode("utf-8")
    flags = _FLAG_AVATAR if card.avatar_hash is not None else 0
    parts = [
        _FIXED.pack(
            CARD_VERSION,
            flags,
            card.identity_key,
            card.device_key,
            card.encryption_key,
            card.issued_at_ms,
        ),
        bytes([len(name)]),
        name,
    ]
    if card.avatar_hash is not None:
        parts.append(card.avatar_hash)
    parts.append(bytes([len(card.addresses)]))
    parts.extend(_pack_address(address) for address in card.addresses)
    return b"".join(parts)


def make_card(
    signing: SigningKeyPair,
    encryption_key: bytes,
    name: str,
    issued_at_ms: int,
    avatar_hash: bytes | None = None,
    addresses: tuple[Address, ...] = (),
) -> ContactCard:
    """Sign a card for our own identity (v1: the device key is the identity key)."""
    if avatar_hash is not None and len(avatar_hash) != 32:
        raise ValueError("an avatar hash is 32 bytes")
    for address in addresses:
        ipaddress.ip_address(address.host)
        if not 0 < address.port < 65536:
            raise ValueError(f"bad port in {address}")
    unsigned = ContactCard(
        identity_key=PublicKey(signing.public_key),
        device_key=PublicKey(signing.public_key),
        encryption_key=EncryptionKey(encryption_key),
        name=clean_name(name),
        issued_at_ms=issued_at_ms,
        avatar_hash=avatar_hash,
        addresses=addresses[:MAX_ADDRESSES],
        signature=b"",
    )
    signature = signing.sign(CARD_SIGNING_PREFIX + _unsigned_bytes(unsigned))
    return ContactCard(**{**unsigned.__dict__, "signature": signature})


class _Reader:
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._offset = 0

    def take(self, size: int) -> bytes:
        if self._offset + size > len(self._data):
            raise InvalidCard("this card is cut short")
        chunk = self._data[self._offset : self._offset + size]
        self._offset += size
        return chunk

    @property
    def offset(self) -> int:
        return self._offset

    @property
    def remaining(self) -> int:
        return len(self._data) - self._offset


def _read_address(reader: _Reader) -> Address:
    family = reader.take(1)[0]
    if family == 4:
        host = str(ipaddress.IPv4Address(reader.take(4)))
    elif family == 6:
        host = str(ipaddress.IPv6Address(reader.take(16)))
    else:
        raise InvalidCard("this card has an address of an unknown kind")
    (port,) = struct.unpack(">H", reader.take(2))
    if port == 0:
        raise InvalidCard("this card has an address with port 0")
    return Address(host, port)


def decode_card_bytes(data: bytes) -> ContactCard:
    """Parse and verify a binary card; any malformation or tampering raises InvalidCard."""
    if len(data) > _MAX_CARD_BYTES:
        raise InvalidCard("this card is too long to be a Hutong card")
    reader = _Reader(data)
    version, flags, identity, device, encryption, issued = _FIXED.unpack(reader.take(_FIXED.size))
    if version != CARD_VERSION:
        raise InvalidCard(
            f"this card is version {version}; this Hutong reads version {CARD_VERSION}"
        )
    if flags & ~_KNOWN_FLAGS:
        raise InvalidCard("this card uses features this Hutong does not know")
    if device != identity:
        raise InvalidCard("this card names a second device, which this Hutong does not support yet")
    name_length = reader.take(1)[0]
    if not 0 < name_length <= MAX_NAME_BYTES:
        raise InvalidCard("this card's name is empty or too long")
    try:
        name = reader.take(name_length).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidCard("this card's name is not valid text") from exc
    if clean_name(name) != name:
        raise InvalidCard("this card's name contains control characters")
    avatar = reader.take(32) if flags & _FLAG_AVATAR else None
    count = reader.take(1)[0]
    if count > MAX_ADDRESSES:
        raise InvalidCard("this card lists too many addresses")
    addresses = tuple(_read_address(reader) for _ in range(count))
    signed_length = reader.offset
    signature = reader.take(SIGNATURE_BYTES)
    if reader.remaining:
        raise InvalidCard("this card has extra bytes after its signature")
    if not verify_signature(identity, CARD_SIGNING_PREFIX + data[:signed_length], signature):
        raise InvalidCard("this card's signature does not match: it was altered or damaged")
    return ContactCard(
        identity_key=PublicKey(identity),
        device_key=PublicKey(device),
        encryption_key=EncryptionKey(encryption),
        name=name,
        issued_at_ms=issued,
        avatar_hash=avatar,
        addresses=addresses,
        signature=signature,
    )


def decode_card(text: str) -> ContactCard:
    """Parse and verify card text (as printed, scanned from a QR code, or pasted)."""
    if len(text) > MAX_CARD_TEXT + 64:
        raise InvalidCard("this text is too long to be a Hutong card")
    compact = "".join(text.split()).upper()
    if not compact.startswith(CARD_TEXT_PREFIX):
        raise InvalidCard("this is not a Hutong card (it should start with HUTONG:C1:)")
    body = compact[len(CARD_TEXT_PREFIX) :]
    try:
        data = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError) as exc:
        raise InvalidCard("this card's text is damaged (not valid base32)") from exc
    return decode_card_bytes(data)
