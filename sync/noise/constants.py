"""Sizes fixed by the Noise specification (rev 34) and by the 25519/ChaChaPoly/BLAKE2b suite."""

from __future__ import annotations

from typing import Final

MAX_MESSAGE_LEN: Final = 65535
"""Largest Noise message, handshake or transport (spec §3)."""

DHLEN: Final = 32
"""X25519 public key and shared secret size."""

KEYLEN: Final = 32
"""ChaChaPoly key size."""

TAGLEN: Final = 16
"""Poly1305 authentication tag size."""

HASHLEN: Final = 64
"""BLAKE2b output size."""

BLOCKLEN: Final = 128
"""BLAKE2b block size (used by HMAC)."""

MAX_NONCE: Final = 2**64 - 1
"""Reserved nonce: never used for a message; REKEY encrypts with it (spec §5.1, §11.3)."""

SUITE_NAME: Final = "25519_ChaChaPoly_BLAKE2b"
"""The only cipher suite this package implements."""
