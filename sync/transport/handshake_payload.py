"""The payload each side sends inside its encrypted XX handshake message (layout v1).

    offset  size  field
    0       1     version, 0x01
    1       32    Ed25519 identity public key
    33      64    Ed25519 signature over BINDING_DOMAIN || sender's Noise static public key
    97      2     hello length L, big-endian, 0..1024
    99      L     hello: opaque application bytes

The payload is exactly 99 + L bytes: nothing may follow the hello.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Final

from sync.transport.errors import HandshakeError
from sync.transport.identity import ED25519_PUBLIC_KEY_LEN, ED25519_SIGNATURE_LEN

PAYLOAD_VERSION: Final = 1
MAX_HELLO_LEN: Final = 1024

_HEADER = struct.Struct(f">B{ED25519_PUBLIC_KEY_LEN}s{ED25519_SIGNATURE_LEN}sH")
HEADER_LEN: Final = _HEADER.size  # 99
MAX_PAYLOAD_LEN: Final = HEADER_LEN + MAX_HELLO_LEN


@dataclass(frozen=True)
class HandshakePayload:
    """A decoded handshake payload; sizes are checked on construction."""

    identity_key: bytes
    signature: bytes
    hello: bytes = b""

    def __post_init__(self) -> None:
        if len(self.identity_key) != ED25519_PUBLIC_KEY_LEN:
            raise ValueError("an Ed25519 public key is 32 bytes")
        if len(self.signature) != ED25519_SIGNATURE_LEN:
            raise ValueError("an Ed25519 signature is 64 bytes")
        if len(self.hello) > MAX_HELLO_LEN:
            raise ValueError(f"the hello is limited to {MAX_HELLO_LEN} bytes")

    def encode(self) -> bytes:
        """The wire bytes."""
        header = _HEADER.pack(PAYLOAD_VERSION, self.identity_key, self.signature, len(self.hello))
        return header + self.hello


def decode_handshake_payload(data: bytes) -> HandshakePayload:
    """Parse a peer's payload; anything malformed raises `HandshakeError`."""
    if len(data) < HEADER_LEN:
        raise HandshakeError(f"handshake payload of {len(data)} bytes is shorter than 99")
    version, identity_key, signature, hello_len = _HEADER.unpack_from(data)
    if version != PAYLOAD_VERSION:
        raise HandshakeError(f"unsupported handshake payload version {version}")
    if hello_len > MAX_HELLO_LEN:
        raise HandshakeError(f"hello of {hello_len} bytes exceeds {MAX_HELLO_LEN}")
    if len(data) != HEADER_LEN + hello_len:
        raise HandshakeError(
            f"handshake payload is {len(data)} bytes, its fields say {HEADER_LEN + hello_len}"
        )
    return HandshakePayload(identity_key, signature, bytes(data[HEADER_LEN:]))
