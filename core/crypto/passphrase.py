"""Protecting secret key material at rest with a passphrase (Argon2id + XChaCha20-Poly1305)."""

from __future__ import annotations

from dataclasses import dataclass

import nacl.pwhash

from core.crypto.aead import aead_decrypt, aead_encrypt
from core.crypto.random import RandomBytes, system_random

SALT_BYTES = nacl.pwhash.argon2id.SALTBYTES
NONCE_BYTES = 24
_ASSOCIATED = b"hutong/secret-keys/v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored next to the ciphertext so they can be raised later."""

    opslimit: int
    memlimit: int

    @classmethod
    def interactive(cls) -> KdfParams:
        """libsodium's interactive limits: about 0.1 s and 64 MiB here."""
        return cls(
            nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE, nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE
        )

    @classmethod
    def minimal(cls) -> KdfParams:
        """The cheapest valid limits: for tests only, never for a real profile."""
        return cls(nacl.pwhash.argon2id.OPSLIMIT_MIN, nacl.pwhash.argon2id.MEMLIMIT_MIN)


@dataclass(frozen=True)
class ProtectedSecret:
    """Secret bytes encrypted under a key derived from a passphrase."""

    params: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return bytes(
        nacl.pwhash.argon2id.kdf(
            32,
            passphrase.encode("utf-8"),
            salt,
            opslimit=params.opslimit,
            memlimit=params.memlimit,
        )
    )


def protect_secret(
    secret: bytes,
    passphrase: str,
    params: KdfParams | None = None,
    random_bytes: RandomBytes = system_random,
) -> ProtectedSecret:
    """Encrypt ``secret`` under ``passphrase``."""
    chosen = params or KdfParams.interactive()
    salt = random_bytes(SALT_BYTES)
    nonce = random_bytes(NONCE_BYTES)
    key = _derive(passphrase, salt, chosen)
    return ProtectedSecret(chosen, salt, nonce, aead_encrypt(key, nonce, secret, _ASSOCIATED))


def unprotect_secret(protected: ProtectedSecret, passphrase: str) -> bytes | None:
    """The secret, or None when the passphrase is wrong (or the bytes were altered)."""
    if len(protected.salt) != SALT_BYTES:
        return None
    key = _derive(passphrase, protected.salt, protected.params)
    return aead_decrypt(key, protected.nonce, protected.ciphertext, _ASSOCIATED)
