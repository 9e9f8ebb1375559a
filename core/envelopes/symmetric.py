"""Symmetric envelopes: a body encrypted under a shared key (a group key or a post key).

Layout (version 1)::

    version u8 = 1 | key id (16) | nonce (24) | body ciphertext (+16 tag)

The key id is BLAKE2b-256 of the key, truncated: it tells holders which key to use and tells
others nothing about the key.
"""

from __future__ import annotations

from core.crypto import (
    AEAD_NONCE_BYTES,
    RandomBytes,
    aead_decrypt,
    aead_encrypt,
    blake2b_256,
    system_random,
)
from core.errors import InvalidEnvelope

SYMMETRIC_VERSION = 1
KEY_ID_BYTES = 16
_HEADER_BYTES = 1 + KEY_ID_BYTES + AEAD_NONCE_BYTES


def key_id(key: bytes) -> bytes:
    """The public 16-byte name of a symmetric key."""
    return blake2b_256(b"hutong/key-id/v1", key)[:KEY_ID_BYTES]


def encrypt_with_key(
    body: bytes, key: bytes, associated: bytes, random_bytes: RandomBytes = system_random
) -> bytes:
    if len(key) != 32:
        raise InvalidEnvelope("a symmetric envelope key is 32 bytes")
    nonce = random_bytes(AEAD_NONCE_BYTES)
    identifier = key_id(key)
    return (
        bytes([SYMMETRIC_VERSION])
        + identifier
        + nonce
        + aead_encrypt(key, nonce, body, associated + identifier)
    )


def envelope_key_id(envelope: bytes) -> bytes:
    """Which key an envelope needs; raises :class:`InvalidEnvelope` when malformed."""
    if len(envelope) < _HEADER_BYTES + 16:
        raise InvalidEnvelope("symmetric envelope is cut short")
    if envelope[0] != SYMMETRIC_VERSION:
        raise InvalidEnvelope(f"symmetric envelope version {envelope[0]} is not supported")
    return envelope[1 : 1 + KEY_ID_BYTES]


def decrypt_with_key(envelope: bytes, key: bytes, associated: bytes) -> bytes | None:
    """The body, or None when ``key`` is not the right key or the bytes were altered."""
    identifier = envelope_key_id(envelope)
    if identifier != key_id(key):
        return None
    nonce = envelope[1 + KEY_ID_BYTES : _HEADER_BYTES]
    return aead_decrypt(key, nonce, envelope[_HEADER_BYTES:], associated + identifier)
