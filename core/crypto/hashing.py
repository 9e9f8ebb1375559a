"""Hash functions: BLAKE2b-256 for ids and chains, SHA-512 iterations for safety numbers."""

from __future__ import annotations

import hashlib


def blake2b_256(*parts: bytes) -> bytes:
    """BLAKE2b with a 32-byte digest over the concatenation of ``parts``."""
    digest = hashlib.blake2b(digest_size=32)
    for part in parts:
        digest.update(part)
    return digest.digest()


def keyed_blake2b_256(key: bytes, *parts: bytes) -> bytes:
    """Keyed BLAKE2b-256 (a MAC/KDF when ``key`` is secret; at most 64 key bytes)."""
    digest = hashlib.blake2b(digest_size=32, key=key)
    for part in parts:
        digest.update(part)
    return digest.digest()


def sha512_iterated(data: bytes, extra: bytes, iterations: int) -> bytes:
    """``h = SHA512(h || extra)`` repeated, starting from ``data`` (Signal's fingerprint shape)."""
    value = data
    for _ in range(iterations):
        value = hashlib.sha512(value + extra).digest()
    return value
