"""Ed25519 signing keys and verification."""

from __future__ import annotations

from dataclasses import dataclass, field

import nacl.bindings
import nacl.exceptions
import nacl.signing

SIGNATURE_BYTES = 64
SEED_BYTES = 32
PUBLIC_KEY_BYTES = 32


@dataclass(frozen=True)
class SigningKeyPair:
    """An Ed25519 key pair held as its 32-byte seed. ``repr`` never shows the seed."""

    seed: bytes = field(repr=False)
    public_key: bytes = field(init=False)
    _key: nacl.signing.SigningKey = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.seed) != SEED_BYTES:
            raise ValueError("an Ed25519 seed is 32 bytes")
        key = nacl.signing.SigningKey(self.seed)
        object.__setattr__(self, "_key", key)
        object.__setattr__(self, "public_key", bytes(key.verify_key))

    @classmethod
    def generate(cls) -> SigningKeyPair:
        return cls(bytes(nacl.signing.SigningKey.generate()))

    def sign(self, message: bytes) -> bytes:
        """The 64-byte detached signature of ``message``."""
        return bytes(self._key.sign(message).signature)


def verify_signature(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``message`` by ``public_key``.

    Calls libsodium directly (no key objects) because ingest verifies tens of thousands of
    signatures a second; the call releases the GIL, so threads verify in parallel.
    """
    if len(signature) != SIGNATURE_BYTES or len(public_key) != PUBLIC_KEY_BYTES:
        return False
    try:
        nacl.bindings.crypto_sign_open(signature + message, public_key)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError):
        return False
    return True
