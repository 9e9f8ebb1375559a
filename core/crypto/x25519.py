"""X25519 key pairs and Diffie-Hellman for sealing content keys."""

from __future__ import annotations

from dataclasses import dataclass, field

import nacl.bindings
import nacl.exceptions

X25519_BYTES = 32


@dataclass(frozen=True)
class EncryptionKeyPair:
    """An X25519 key pair. ``repr`` never shows the secret."""

    secret: bytes = field(repr=False)
    public_key: bytes = field(init=False)

    def __post_init__(self) -> None:
        if len(self.secret) != X25519_BYTES:
            raise ValueError("an X25519 secret key is 32 bytes")
        public = nacl.bindings.crypto_scalarmult_base(self.secret)
        object.__setattr__(self, "public_key", bytes(public))

    @classmethod
    def generate(cls) -> EncryptionKeyPair:
        return cls(bytes(nacl.bindings.randombytes(X25519_BYTES)))


def x25519_shared(secret: bytes, public_key: bytes) -> bytes | None:
    """The raw X25519 shared secret, or None for a low-order (all-zero result) public key."""
    if len(public_key) != X25519_BYTES:
        return None
    try:
        shared = bytes(nacl.bindings.crypto_scalarmult(secret, public_key))
    except (nacl.exceptions.RuntimeError, nacl.exceptions.ValueError):
        return None
    if shared == bytes(X25519_BYTES):
        return None
    return shared
