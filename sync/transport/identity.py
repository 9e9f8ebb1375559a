"""How a Noise static key is bound to a device's Ed25519 identity.

The transport does not hold Ed25519 keys: it asks for a signer and a verifier, the two small
interfaces below, which the composition root implements with the device identity of `core`.
"""

from __future__ import annotations

from typing import Final, Protocol

BINDING_DOMAIN: Final = b"hutong/noise-static/v1\x00"
"""Domain-separation prefix of the signed statement "this Noise static key speaks for me"."""

ED25519_PUBLIC_KEY_LEN: Final = 32
ED25519_SIGNATURE_LEN: Final = 64


class IdentitySigner(Protocol):
    """The device's Ed25519 identity, able to sign."""

    @property
    def public_key(self) -> bytes:
        """The 32-byte Ed25519 public key."""
        ...

    def sign(self, message: bytes) -> bytes:
        """The 64-byte Ed25519 signature of `message` (detached)."""
        ...


class SignatureVerifier(Protocol):
    """Ed25519 verification: true exactly when `signature` is valid; never raises."""

    def __call__(self, public_key: bytes, message: bytes, signature: bytes) -> bool: ...


def binding_message(noise_static_public: bytes) -> bytes:
    """The bytes an identity signs to bind a Noise static public key to itself."""
    return BINDING_DOMAIN + noise_static_public
