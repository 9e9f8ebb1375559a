"""CipherState (spec §5.1): a key, a 64-bit nonce counter, and REKEY (spec §11.3)."""

from __future__ import annotations

from sync.noise import aead
from sync.noise.constants import KEYLEN, MAX_NONCE
from sync.noise.errors import NoiseInvalidKeyError, NoiseNonceExhaustedError, NoiseStateError


class CipherState:
    """Encrypts and decrypts under one key with a strictly increasing nonce.

    Without a key, encryption and decryption are the identity, as the spec requires for the
    first handshake messages. The nonce 2^64-1 is reserved: reaching it ends the state's life.
    A failed decryption leaves the nonce untouched; callers then abandon the session.
    """

    __slots__ = ("_key", "_nonce")

    def __init__(self, key: bytes | None = None) -> None:
        if key is not None and len(key) != KEYLEN:
            raise NoiseInvalidKeyError(f"cipher key must be {KEYLEN} bytes, got {len(key)}")
        self._key = key
        self._nonce = 0

    def __repr__(self) -> str:
        return f"CipherState(has_key={self.has_key()}, nonce={self._nonce})"

    def has_key(self) -> bool:
        """HasKey(): whether a key has been set."""
        return self._key is not None

    @property
    def nonce(self) -> int:
        """The nonce the next message will use (equals the number of messages so far)."""
        return self._nonce

    def set_nonce(self, nonce: int) -> None:
        """SetNonce(n): for out-of-order transports; Hutong's TCP channel never calls it."""
        if not 0 <= nonce <= MAX_NONCE:
            raise ValueError(f"nonce {nonce} is outside 0..2^64-1")
        self._nonce = nonce

    def encrypt_with_ad(self, ad: bytes, plaintext: bytes) -> bytes:
        """EncryptWithAd(ad, plaintext)."""
        if self._key is None:
            return plaintext
        self._check_nonce()
        ciphertext = aead.encrypt(self._key, self._nonce, ad, plaintext)
        self._nonce += 1
        return ciphertext

    def decrypt_with_ad(self, ad: bytes, ciphertext: bytes) -> bytes:
        """DecryptWithAd(ad, ciphertext); raises `NoiseDecryptError` on a bad tag."""
        if self._key is None:
            return ciphertext
        self._check_nonce()
        plaintext = aead.decrypt(self._key, self._nonce, ad, ciphertext)
        self._nonce += 1
        return plaintext

    def rekey(self) -> None:
        """Rekey(): replace the key by REKEY(k); the nonce carries on unchanged."""
        if self._key is None:
            raise NoiseStateError("cannot rekey a cipher state that has no key")
        self._key = aead.rekey(self._key)

    def _check_nonce(self) -> None:
        if self._nonce >= MAX_NONCE:
            raise NoiseNonceExhaustedError("nonce space exhausted; start a new session")
