"""HASH, HMAC-HASH and HKDF of spec §4.3 and §5.2, with BLAKE2b (HASHLEN 64, BLOCKLEN 128)."""

from __future__ import annotations

import hashlib
import hmac

from sync.noise.constants import HASHLEN


def hash_(data: bytes) -> bytes:
    """HASH(data): unkeyed BLAKE2b-512."""
    return hashlib.blake2b(data, digest_size=HASHLEN).digest()


def hmac_hash(key: bytes, data: bytes) -> bytes:
    """HMAC-HASH(key, data): RFC 2104 HMAC over BLAKE2b (not BLAKE2b's own keyed mode)."""
    # hmac pads the key to hashlib.blake2b().block_size, which is BLOCKLEN.
    return hmac.new(key, data, hashlib.blake2b).digest()


def hkdf(chaining_key: bytes, input_key_material: bytes, num_outputs: int) -> tuple[bytes, ...]:
    """HKDF(ck, ikm, n) for n in {2, 3}: the Noise variant of RFC 5869 (spec §4.3)."""
    if num_outputs not in (2, 3):
        raise ValueError(f"HKDF yields 2 or 3 outputs, not {num_outputs}")
    temp_key = hmac_hash(chaining_key, input_key_material)
    outputs: list[bytes] = []
    previous = b""
    for counter in range(1, num_outputs + 1):
        previous = hmac_hash(temp_key, previous + bytes([counter]))
        outputs.append(previous)
    return tuple(outputs)
