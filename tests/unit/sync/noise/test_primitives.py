"""X25519, ChaChaPoly and BLAKE2b/HMAC/HKDF as the suite defines them."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.noise import KeyPair, NoiseDecryptError, NoiseInvalidKeyError, aead, dh, generate_keypair
from sync.noise.hashing import hash_, hkdf, hmac_hash
from tests.unit.sync.noise.helpers import fixed_keypair

# Points of small order on Curve25519: X25519 with any of them yields all zeros.
LOW_ORDER_POINTS = [
    bytes(32),
    (1).to_bytes(32, "little"),
    bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
]


def _reference_hmac(key: bytes, data: bytes) -> bytes:
    """RFC 2104 written out with BLOCKLEN = 128, independent of the stdlib `hmac` module."""
    if len(key) > 128:
        key = hashlib.blake2b(key).digest()
    key = key.ljust(128, b"\x00")
    inner = hashlib.blake2b(bytes(b ^ 0x36 for b in key) + data).digest()
    return hashlib.blake2b(bytes(b ^ 0x5C for b in key) + inner).digest()


def test_dh_is_symmetric() -> None:
    alice, bob = generate_keypair(), generate_keypair()
    assert dh(alice.private, bob.public) == dh(bob.private, alice.public)
    assert alice != bob


@pytest.mark.parametrize("point", LOW_ORDER_POINTS, ids=["zero", "one", "order8"])
def test_dh_rejects_an_all_zero_result(point: bytes) -> None:
    with pytest.raises(NoiseInvalidKeyError, match="all-zero"):
        dh(fixed_keypair("me").private, point)


@pytest.mark.parametrize("length", [0, 31, 33])
def test_dh_rejects_keys_of_the_wrong_length(length: int) -> None:
    me = fixed_keypair("me")
    with pytest.raises(NoiseInvalidKeyError):
        dh(me.private, bytes(length))
    with pytest.raises(NoiseInvalidKeyError):
        dh(bytes(length), me.public)
    with pytest.raises(NoiseInvalidKeyError):
        KeyPair.from_private(bytes(length))


def test_keypair_repr_hides_the_private_key() -> None:
    pair = fixed_keypair("secret")
    assert pair.private.hex() not in repr(pair)
    assert repr(pair.private) not in repr(pair)


def test_aead_nonce_is_four_zero_bytes_then_a_little_endian_counter() -> None:
    from nacl.bindings import crypto_aead_chacha20poly1305_ietf_encrypt

    key = bytes(range(32))
    nonce = bytes(4) + (0x0102030405060708).to_bytes(8, "little")
    expected = crypto_aead_chacha20poly1305_ietf_encrypt(b"hi", b"ad", nonce, key)
    assert aead.encrypt(key, 0x0102030405060708, b"ad", b"hi") == expected


def test_aead_rejects_short_and_tampered_ciphertexts() -> None:
    key = bytes(32)
    with pytest.raises(NoiseDecryptError):
        aead.decrypt(key, 0, b"", bytes(15))
    ciphertext = aead.encrypt(key, 7, b"ad", b"payload")
    with pytest.raises(NoiseDecryptError):
        aead.decrypt(key, 8, b"ad", ciphertext)
    with pytest.raises(NoiseDecryptError):
        aead.decrypt(key, 7, b"other", ciphertext)
    assert aead.decrypt(key, 7, b"ad", ciphertext) == b"payload"


def test_rekey_is_encrypt_with_the_maximum_nonce() -> None:
    key = bytes(range(32))
    assert aead.rekey(key) == aead.encrypt(key, 2**64 - 1, b"", bytes(32))[:32]
    assert aead.rekey(key) != key


def test_hash_is_blake2b_512() -> None:
    assert hash_(b"abc") == hashlib.blake2b(b"abc").digest()
    assert len(hash_(b"")) == 64


@given(key=st.binary(max_size=200), data=st.binary(max_size=300))
def test_hmac_matches_rfc_2104_with_a_128_byte_block(key: bytes, data: bytes) -> None:
    assert hmac_hash(key, data) == _reference_hmac(key, data)


def test_hkdf_chains_its_outputs() -> None:
    ck, ikm = bytes(64), b"input"
    first, second, third = hkdf(ck, ikm, 3)
    temp = _reference_hmac(ck, ikm)
    assert first == _reference_hmac(temp, b"\x01")
    assert second == _reference_hmac(temp, first + b"\x02")
    assert third == _reference_hmac(temp, second + b"\x03")
    assert hkdf(ck, ikm, 2) == (first, second)
    with pytest.raises(ValueError):
        hkdf(ck, ikm, 4)
