"""ECVRF-EDWARDS25519-SHA512-TAI against RFC 9381's published examples, and its refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.crypto import SigningKeyPair, VrfKeyPair, vrf_proof_to_output, vrf_verify

VECTORS = json.loads(
    (Path(__file__).parents[4] / "tests/data/vrf/rfc9381-edwards25519-sha512-tai.json").read_text()
)["vectors"]


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: f"alpha={v['alpha'] or 'empty'}")
def test_prove_and_verify_reproduce_the_rfc_examples(vector: dict[str, str]) -> None:
    key = VrfKeyPair(bytes.fromhex(vector["sk"]))
    alpha = bytes.fromhex(vector["alpha"])
    assert key.public_key.hex() == vector["pk"]
    assert key.prove(alpha).hex() == vector["pi"]
    proof = bytes.fromhex(vector["pi"])
    assert vrf_verify(bytes.fromhex(vector["pk"]), alpha, proof) == bytes.fromhex(vector["beta"])
    assert vrf_proof_to_output(proof).hex() == vector["beta"]


def test_the_vrf_public_key_is_the_ed25519_public_key_of_the_same_seed() -> None:
    seed = bytes(range(32))
    assert VrfKeyPair(seed).public_key == SigningKeyPair(seed).public_key


def test_every_flipped_bit_of_a_proof_is_refused() -> None:
    vector = VECTORS[1]
    public_key, alpha = bytes.fromhex(vector["pk"]), bytes.fromhex(vector["alpha"])
    proof = bytes.fromhex(vector["pi"])
    for bit in range(len(proof) * 8):
        damaged = bytearray(proof)
        damaged[bit // 8] ^= 1 << (bit % 8)
        assert vrf_verify(public_key, alpha, bytes(damaged)) is None, bit


def test_a_proof_is_bound_to_its_input_and_its_key() -> None:
    key, other = VrfKeyPair(bytes(32)), VrfKeyPair(bytes([1]) * 32)
    proof = key.prove(b"envelope 1")
    assert vrf_verify(key.public_key, b"envelope 1", proof) is not None
    assert vrf_verify(key.public_key, b"envelope 2", proof) is None
    assert vrf_verify(other.public_key, b"envelope 1", proof) is None


def test_malformed_keys_and_proofs_are_refused_not_raised() -> None:
    key = VrfKeyPair(bytes(32))
    proof = key.prove(b"x")
    identity = bytes([1]) + bytes(31)
    assert vrf_verify(identity, b"x", proof) is None  # low-order key
    assert vrf_verify(bytes(32), b"x", proof) is None
    assert vrf_verify(key.public_key, b"x", proof[:79]) is None
    assert vrf_verify(key.public_key, b"x", identity + proof[32:]) is None  # Gamma of order 1
    too_big_s = proof[:48] + b"\xff" * 32
    assert vrf_verify(key.public_key, b"x", too_big_s) is None
    with pytest.raises(ValueError, match="32 bytes"):
        VrfKeyPair(bytes(31))


@settings(max_examples=60)
@given(st.binary(min_size=32, max_size=32), st.binary(max_size=80), st.binary(max_size=100))
def test_any_bytes_verify_to_none_or_an_output_never_an_exception(
    public_key: bytes, alpha: bytes, proof: bytes
) -> None:
    result = vrf_verify(public_key, alpha, proof)
    assert result is None or len(result) == 64


@settings(max_examples=30)
@given(st.binary(min_size=32, max_size=32), st.binary(max_size=80))
def test_prove_then_verify_round_trips_for_any_key_and_input(seed: bytes, alpha: bytes) -> None:
    key = VrfKeyPair(seed)
    beta, proof = key.evaluate(alpha)
    assert vrf_verify(key.public_key, alpha, proof) == beta
