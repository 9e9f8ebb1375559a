"""XChaCha20-Poly1305 (IETF) authenticated encryption with associated data."""

from __future__ import annotations

import nacl.bindings
import nacl.exceptions

AEAD_KEY_BYTES = 32
AEAD_NONCE_BYTES = 24
AEAD_TAG_BYTES = 16


def aead_encrypt(key: bytes, nonce: bytes, plaintext: bytes, associated: bytes = b"") -> bytes:
    """Ciphertext with its 16-byte tag appended."""
    return bytes(
        nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(
            plaintext, associated or None, nonce, key
        )
    )


def aead_decrypt(
    key: bytes, nonce: bytes, ciphertext: bytes, associated: bytes = b""
) -> bytes | None:
    """The plaintext, or None when the tag does not verify (wrong key, tampered bytes)."""
    if len(ciphertext) < AEAD_TAG_BYTES or len(nonce) != AEAD_NONCE_BYTES:
        return None
    try:
        return bytes(
            nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
                ciphertext, associated or None, nonce, key
            )
        )
    except (nacl.exceptions.CryptoError, nacl.exceptions.ValueError):
        return None
