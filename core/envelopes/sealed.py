"""Sealed envelopes: a body readable only by the recipients listed when it was sealed.

One ephemeral X25519 key per envelope; for each recipient a wrap key derived from the
Diffie-Hellman secret seals the random content key. A recipient needs one DH to find its entry
(by an 8-byte hint that only it can compute) and to unwrap the content key. Recipient keys are
not listed: an outsider learns only how many recipients there are.

Layout (version 1), all integers big-endian::

    version u8 = 1 | ephemeral public key (32) | recipient count u16 (1..5000)
    | count x (hint 8 | wrapped content key 48) | nonce (24) | body ciphertext (+16 tag)
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

from core.crypto import (
    AEAD_NONCE_BYTES,
    EncryptionKeyPair,
    RandomBytes,
    aead_decrypt,
    aead_encrypt,
    keyed_blake2b_256,
    system_random,
    x25519_shared,
)
from core.errors import InvalidEnvelope

SEALED_VERSION = 1
MAX_RECIPIENTS = 5000
HINT_BYTES = 8
WRAPPED_KEY_BYTES = 48
ENTRY_BYTES = HINT_BYTES + WRAPPED_KEY_BYTES
_PREFIX = struct.Struct(">B32sH")
_ZERO_NONCE = bytes(AEAD_NONCE_BYTES)


def _recipient_keys(shared: bytes, ephemeral: bytes, recipient: bytes) -> tuple[bytes, bytes]:
    """(hint, wrap key) for one recipient of one envelope."""
    wrap = keyed_blake2b_256(shared, b"hutong/seal/v1/wrap", ephemeral, recipient)
    hint = keyed_blake2b_256(shared, b"hutong/seal/v1/hint", ephemeral, recipient)[:HINT_BYTES]
    return hint, wrap


def seal(
    body: bytes,
    recipients: Sequence[bytes],
    associated: bytes,
    random_bytes: RandomBytes = system_random,
) -> bytes:
    """Encrypt ``body`` so that each X25519 key in ``recipients`` (deduplicated) can open it."""
    unique = list(dict.fromkeys(recipients))
    if not 1 <= len(unique) <= MAX_RECIPIENTS:
        raise InvalidEnvelope(f"an envelope has 1 to {MAX_RECIPIENTS} recipients")
    ephemeral = EncryptionKeyPair(random_bytes(32))
    content_key = random_bytes(32)
    entries = []
    for recipient in unique:
        shared = x25519_shared(ephemeral.secret, recipient)
        if shared is None:
            raise InvalidEnvelope("a recipient's encryption key is not a valid X25519 key")
        hint, wrap = _recipient_keys(shared, ephemeral.public_key, recipient)
        # Each wrap key is used once, so a fixed nonce is safe here.
        entries.append(hint + aead_encrypt(wrap, _ZERO_NONCE, content_key))
    nonce = random_bytes(AEAD_NONCE_BYTES)
    ciphertext = aead_encrypt(content_key, nonce, body, associated)
    prefix = _PREFIX.pack(SEALED_VERSION, ephemeral.public_key, len(unique))
    return prefix + b"".join(entries) + nonce + ciphertext


def open_sealed(envelope: bytes, keys: EncryptionKeyPair, associated: bytes) -> bytes | None:
    """The body if ``keys`` is a recipient; None if not (or the bytes were altered).

    Malformed envelopes raise :class:`InvalidEnvelope`.
    """
    if len(envelope) < _PREFIX.size:
        raise InvalidEnvelope("sealed envelope is cut short")
    version, ephemeral, count = _PREFIX.unpack_from(envelope)
    if version != SEALED_VERSION:
        raise InvalidEnvelope(f"sealed envelope version {version} is not supported")
    if not 1 <= count <= MAX_RECIPIENTS:
        raise InvalidEnvelope("sealed envelope has an impossible recipient count")
    body_start = _PREFIX.size + count * ENTRY_BYTES
    if len(envelope) < body_start + AEAD_NONCE_BYTES + 16:
        raise InvalidEnvelope("sealed envelope is cut short")
    shared = x25519_shared(keys.secret, ephemeral)
    if shared is None:
        raise InvalidEnvelope("sealed envelope has an invalid ephemeral key")
    hint, wrap = _recipient_keys(shared, ephemeral, keys.public_key)
    nonce = envelope[body_start : body_start + AEAD_NONCE_BYTES]
    ciphertext = envelope[body_start + AEAD_NONCE_BYTES :]
    for offset in range(_PREFIX.size, body_start, ENTRY_BYTES):
        if envelope[offset : offset + HINT_BYTES] != hint:
            continue
        content_key = aead_decrypt(
            wrap, _ZERO_NONCE, envelope[offset + HINT_BYTES : offset + ENTRY_BYTES]
        )
        if content_key is not None:
            return aead_decrypt(content_key, nonce, ciphertext, associated)
    return None


def recipient_count(envelope: bytes) -> int:
    """How many recipients a sealed envelope names (visible to anyone)."""
    if len(envelope) < _PREFIX.size:
        raise InvalidEnvelope("sealed envelope is cut short")
    return int(_PREFIX.unpack_from(envelope)[2])
