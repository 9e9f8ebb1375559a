"""A verifiable random function: ECVRF-EDWARDS25519-SHA512-TAI (RFC 9381, suite 0x03).

The holder of a secret key turns any input ``alpha`` into 64 output bytes ``beta`` that look
random to everyone else, and a proof ``pi`` with which anyone holding the public key checks
that ``beta`` is the one and only output for ``alpha``. The wallet uses it for lucky red
envelopes: the clearer cannot pick a share, and every member can check it.

Point and scalar arithmetic is libsodium's (constant time for the secret scalar); only the
"does these 32 bytes decode to a curve point" test of try-and-increment is done here with
integers, because libsodium has no public call for it. Verification is slightly stricter than
the RFC: the public key and ``Gamma`` must lie in the prime-order subgroup (libsodium refuses to
multiply other points), which an honest prover always satisfies.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import nacl.bindings as sodium
import nacl.exceptions

SUITE = b"\x03"
VRF_PROOF_BYTES = 80
VRF_OUTPUT_BYTES = 64
SEED_BYTES = 32
_P = 2**255 - 19
_Q = 2**252 + 27742317777372353535851937790883648493
_D = (-121665 * pow(121666, _P - 2, _P)) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)
_C_BYTES = 16


@dataclass(frozen=True)
class VrfKeyPair:
    """A VRF key held as its 32-byte seed (the same format as an Ed25519 seed)."""

    seed: bytes = field(repr=False)
    public_key: bytes = field(init=False)
    _scalar: bytes = field(init=False, repr=False, compare=False)
    _nonce_key: bytes = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.seed) != SEED_BYTES:
            raise ValueError("a VRF seed is 32 bytes")
        expanded = hashlib.sha512(self.seed).digest()
        clamped = bytearray(expanded[:32])
        clamped[0] &= 248
        clamped[31] &= 127
        clamped[31] |= 64
        scalar = sodium.crypto_core_ed25519_scalar_reduce(bytes(clamped) + bytes(32))
        object.__setattr__(self, "_scalar", scalar)
        object.__setattr__(self, "_nonce_key", expanded[32:])
        object.__setattr__(
            self, "public_key", sodium.crypto_scalarmult_ed25519_base_noclamp(scalar)
        )

    def prove(self, alpha: bytes) -> bytes:
        """The 80-byte proof ``pi`` for ``alpha`` (deterministic: same input, same proof)."""
        point_h = _encode_to_curve(self.public_key, alpha)
        gamma = sodium.crypto_scalarmult_ed25519_noclamp(self._scalar, point_h)
        nonce = sodium.crypto_core_ed25519_scalar_reduce(
            hashlib.sha512(self._nonce_key + point_h).digest()
        )
        challenge = _challenge(
            self.public_key,
            point_h,
            gamma,
            sodium.crypto_scalarmult_ed25519_base_noclamp(nonce),
            sodium.crypto_scalarmult_ed25519_noclamp(nonce, point_h),
        )
        response = sodium.crypto_core_ed25519_scalar_add(
            nonce,
            sodium.crypto_core_ed25519_scalar_mul(_scalar32(challenge), self._scalar),
        )
        return gamma + challenge + response

    def evaluate(self, alpha: bytes) -> tuple[bytes, bytes]:
        """(beta, pi): the output and its proof."""
        proof = self.prove(alpha)
        return vrf_proof_to_output(proof), proof


def vrf_proof_to_output(proof: bytes) -> bytes:
    """The 64-byte output ``beta`` named by a proof (check the proof with :func:`vrf_verify`)."""
    if len(proof) != VRF_PROOF_BYTES:
        raise ValueError("a VRF proof is 80 bytes")
    return hashlib.sha512(SUITE + b"\x03" + _times_cofactor(proof[:32]) + b"\x00").digest()


def vrf_verify(public_key: bytes, alpha: bytes, proof: bytes) -> bytes | None:
    """``beta`` when ``proof`` is valid for ``alpha`` under ``public_key``, else None."""
    if len(public_key) != 32 or len(proof) != VRF_PROOF_BYTES:
        return None
    gamma, challenge, response = proof[:32], proof[32:48], proof[48:]
    if int.from_bytes(response, "little") >= _Q:
        return None
    if not (
        sodium.crypto_core_ed25519_is_valid_point(public_key)
        and sodium.crypto_core_ed25519_is_valid_point(gamma)
    ):
        return None
    try:
        point_h = _encode_to_curve(public_key, alpha)
        c32 = _scalar32(challenge)
        point_u = sodium.crypto_core_ed25519_sub(
            sodium.crypto_scalarmult_ed25519_base_noclamp(response),
            sodium.crypto_scalarmult_ed25519_noclamp(c32, public_key),
        )
        point_v = sodium.crypto_core_ed25519_sub(
            sodium.crypto_scalarmult_ed25519_noclamp(response, point_h),
            sodium.crypto_scalarmult_ed25519_noclamp(c32, gamma),
        )
    except (nacl.exceptions.RuntimeError, nacl.exceptions.ValueError, ValueError):
        # libsodium refuses a zero scalar or an identity result: never part of a valid proof
        return None
    if _challenge(public_key, point_h, gamma, point_u, point_v) != challenge:
        return None
    return vrf_proof_to_output(proof)


def _scalar32(short: bytes) -> bytes:
    return short + bytes(32 - len(short))


def _challenge(*points: bytes) -> bytes:
    return hashlib.sha512(SUITE + b"\x02" + b"".join(points) + b"\x00").digest()[:_C_BYTES]


def _encode_to_curve(public_key: bytes, alpha: bytes) -> bytes:
    """Try-and-increment (RFC 9381 5.4.1.1) with the public key as salt."""
    for counter in range(256):
        candidate = hashlib.sha512(
            SUITE + b"\x01" + public_key + alpha + bytes([counter]) + b"\x00"
        ).digest()[:32]
        if _decodes_to_point(candidate):
            return _times_cofactor(candidate)
    raise ValueError("no curve point found for this input")  # pragma: no cover - p < 2**-256


def _times_cofactor(point: bytes) -> bytes:
    # crypto_core_ed25519_add accepts any curve point (scalarmult wants the prime-order subgroup)
    for _ in range(3):
        point = sodium.crypto_core_ed25519_add(point, point)
    return point


def _decodes_to_point(encoded: bytes) -> bool:
    """RFC 8032 5.1.3: these bytes are the canonical encoding of a point of edwards25519."""
    y = int.from_bytes(encoded, "little") & ((1 << 255) - 1)
    sign = encoded[31] >> 7
    if y >= _P:
        return False
    u = (y * y - 1) % _P
    v = (_D * y * y + 1) % _P
    x = (u * pow(v, 3, _P) * pow(u * pow(v, 7, _P), (_P - 5) // 8, _P)) % _P
    if (v * x * x - u) % _P != 0:
        x = (x * _SQRT_M1) % _P
        if (v * x * x - u) % _P != 0:
            return False
    return not (x == 0 and sign == 1)
