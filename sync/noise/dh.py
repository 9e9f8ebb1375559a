"""X25519 Diffie-Hellman (RFC 7748) over libsodium: key pairs, generation, and DH()."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass, field

import nacl.exceptions
import nacl.utils
from nacl.bindings import crypto_scalarmult, crypto_scalarmult_base

from sync.noise.constants import DHLEN
from sync.noise.errors import NoiseInvalidKeyError

_ZERO = bytes(DHLEN)


@dataclass(frozen=True)
class KeyPair:
    """An X25519 key pair; the private half never appears in `repr`."""

    public: bytes
    private: bytes = field(repr=False)

    @classmethod
    def from_private(cls, private: bytes) -> KeyPair:
        """Derive the key pair of a 32-byte private key (libsodium clamps it)."""
        _check_length("private key", private)
        return cls(public=crypto_scalarmult_base(private), private=private)


KeyPairGenerator = Callable[[], KeyPair]
"""GENERATE_KEYPAIR(): injectable so that tests can replay fixed ephemeral keys."""


def generate_keypair() -> KeyPair:
    """A fresh key pair from the operating system's CSPRNG."""
    return KeyPair.from_private(nacl.utils.random(DHLEN))


def dh(private: bytes, public: bytes) -> bytes:
    """DH(): the X25519 shared secret, refusing an all-zero result (a low-order public key)."""
    _check_length("private key", private)
    _check_length("public key", public)
    try:
        shared = crypto_scalarmult(private, public)
    except nacl.exceptions.RuntimeError as exc:
        # libsodium itself refuses an all-zero output and reports it as a failure.
        raise NoiseInvalidKeyError("X25519 produced an all-zero shared secret") from exc
    if hmac.compare_digest(shared, _ZERO):
        raise NoiseInvalidKeyError("X25519 produced an all-zero shared secret")
    return shared


def _check_length(what: str, key: bytes) -> None:
    if len(key) != DHLEN:
        raise NoiseInvalidKeyError(f"X25519 {what} must be {DHLEN} bytes, got {len(key)}")
