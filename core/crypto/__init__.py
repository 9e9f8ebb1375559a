"""Cryptographic primitives for core: the only package in core that imports ``nacl``.

Everything here is a thin, typed layer over libsodium (via PyNaCl) and hashlib, so that the
rest of core speaks in bytes and small value classes and never touches a crypto library.
"""

from core.crypto.aead import AEAD_KEY_BYTES, AEAD_NONCE_BYTES, aead_decrypt, aead_encrypt
from core.crypto.hashing import blake2b_256, keyed_blake2b_256, sha512_iterated
from core.crypto.passphrase import KdfParams, ProtectedSecret, protect_secret, unprotect_secret
from core.crypto.random import RandomBytes, system_random
from core.crypto.signing import (
    SIGNATURE_BYTES,
    SigningKeyPair,
    verify_signature,
)
from core.crypto.stream import (
    STREAM_HEADER_BYTES,
    STREAM_OVERHEAD_BYTES,
    StreamDecryptor,
    StreamEncryptor,
)
from core.crypto.vrf import (
    VRF_OUTPUT_BYTES,
    VRF_PROOF_BYTES,
    VrfKeyPair,
    vrf_proof_to_output,
    vrf_verify,
)
from core.crypto.x25519 import EncryptionKeyPair, x25519_shared

__all__ = [
    "AEAD_KEY_BYTES",
    "AEAD_NONCE_BYTES",
    "SIGNATURE_BYTES",
    "STREAM_HEADER_BYTES",
    "STREAM_OVERHEAD_BYTES",
    "VRF_OUTPUT_BYTES",
    "VRF_PROOF_BYTES",
    "EncryptionKeyPair",
    "KdfParams",
    "ProtectedSecret",
    "RandomBytes",
    "SigningKeyPair",
    "StreamDecryptor",
    "StreamEncryptor",
    "VrfKeyPair",
    "aead_decrypt",
    "aead_encrypt",
    "blake2b_256",
    "keyed_blake2b_256",
    "protect_secret",
    "sha512_iterated",
    "system_random",
    "unprotect_secret",
    "verify_signature",
    "vrf_proof_to_output",
    "vrf_verify",
    "x25519_shared",
]
