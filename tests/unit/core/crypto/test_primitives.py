from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.crypto import (
    EncryptionKeyPair,
    KdfParams,
    SigningKeyPair,
    StreamDecryptor,
    StreamEncryptor,
    aead_decrypt,
    aead_encrypt,
    protect_secret,
    unprotect_secret,
    verify_signature,
    x25519_shared,
)


@given(st.binary(max_size=300), st.binary(max_size=40), st.integers(min_value=0, max_value=10_000))
def test_aead_round_trips_and_rejects_any_flipped_bit(
    plain: bytes, associated: bytes, bit: int
) -> None:
    key, nonce = bytes(range(32)), bytes(range(24))
    sealed = aead_encrypt(key, nonce, plain, associated)
    assert aead_decrypt(key, nonce, sealed, associated) == plain
    damaged = bytearray(sealed)
    damaged[(bit // 8) % len(damaged)] ^= 1 << (bit % 8)
    assert aead_decrypt(key, nonce, bytes(damaged), associated) is None
    assert aead_decrypt(key, nonce, sealed, associated + b"x") is None


def test_x25519_refuses_low_order_points() -> None:
    mine = EncryptionKeyPair.generate()
    assert x25519_shared(mine.secret, bytes(32)) is None
    assert x25519_shared(mine.secret, b"short") is None
    other = EncryptionKeyPair.generate()
    assert x25519_shared(mine.secret, other.public_key) == x25519_shared(
        other.secret, mine.public_key
    )


def test_signatures_verify_only_for_their_key_and_message() -> None:
    keys = SigningKeyPair.generate()
    signature = keys.sign(b"message")
    assert verify_signature(keys.public_key, b"message", signature)
    assert not verify_signature(keys.public_key, b"messagE", signature)
    assert not verify_signature(SigningKeyPair.generate().public_key, b"message", signature)
    assert not verify_signature(keys.public_key, b"message", signature[:-1])


def test_key_reprs_never_show_secrets() -> None:
    signing = SigningKeyPair.generate()
    encryption = EncryptionKeyPair.generate()
    assert signing.seed.hex() not in repr(signing) and str(signing.seed) not in repr(signing)
    assert str(encryption.secret) not in repr(encryption)


def test_passphrase_protection_needs_the_right_passphrase() -> None:
    sealed = protect_secret(b"s" * 64, "correct horse", KdfParams.minimal())
    assert unprotect_secret(sealed, "correct horse") == b"s" * 64
    assert unprotect_secret(sealed, "correct hors") is None


def test_stream_detects_truncation_and_reordering() -> None:
    key = bytes(32)
    encryptor = StreamEncryptor(key)
    parts = [
        encryptor.seal(b"one", final=False),
        encryptor.seal(b"two", final=False),
        encryptor.seal(b"end", final=True),
    ]
    reader = StreamDecryptor(key, encryptor.header)
    assert [reader.open(p) for p in parts] == [b"one", b"two", b"end"] and reader.finished
    shuffled = StreamDecryptor(key, encryptor.header)
    assert shuffled.open(parts[1]) is None
    truncated = StreamDecryptor(key, encryptor.header)
    truncated.open(parts[0])
    truncated.open(parts[1])
    assert not truncated.finished
    with pytest.raises(ValueError):
        StreamDecryptor(key, b"short")
