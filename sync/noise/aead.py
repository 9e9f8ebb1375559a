"""ChaChaPoly (RFC 8439 ChaCha20-Poly1305, IETF variant) as Noise uses it (spec §12.3)."""

from __future__ import annotations

import struct

import nacl.exceptions
from nacl.bindings import (
    crypto_aead_chacha20poly1305_ietf_decrypt,
    crypto_aead_chacha20poly1305_ietf_encrypt,
)

from sync.noise.constants import KEYLEN, MAX_NONCE, TAGLEN
from sync.noise.errors import NoiseDecryptError

_NONCE = struct.Struct("<4xQ")  # 32 bits of zeros, then the 64-bit counter little-endian


def encrypt(key: bytes, nonce: int, ad: bytes, plaintext: bytes) -> bytes:
    """ENCRYPT(k, n, ad, plaintext): ciphertext followed by the 16-byte tag."""
    return crypto_aead_chacha20poly1305_ietf_encrypt(plaintext, ad, _NONCE.pack(nonce), key)


def decrypt(key: bytes, nonce: int, ad: bytes, ciphertext: bytes) -> bytes:
    """DECRYPT(k, n, ad, ciphertext): the plaintext, or `NoiseDecryptError`."""
    if len(ciphertext) < TAGLEN:
        raise NoiseDecryptError(f"ciphertext of {len(ciphertext)} bytes is shorter than a tag")
    try:
        return crypto_aead_chacha20poly1305_ietf_decrypt(ciphertext, ad, _NONCE.pack(nonce), key)
    except nacl.exceptions.CryptoError as exc:
        raise NoiseDecryptError("ciphertext failed authentication") from exc


def rekey(key: bytes) -> bytes:
    """REKEY(k): the first 32 bytes of ENCRYPT(k, 2^64-1, "", 32 zero bytes) (spec §4.2)."""
    return encrypt(key, MAX_NONCE, b"", bytes(KEYLEN))[:KEYLEN]
