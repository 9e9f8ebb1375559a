"""SymmetricState (spec §5.2): the chaining key, the handshake hash, and the current cipher."""

from __future__ import annotations

from sync.noise.cipher_state import CipherState
from sync.noise.constants import HASHLEN, KEYLEN
from sync.noise.hashing import hash_, hkdf


class SymmetricState:
    """Absorbs every handshake byte into `h` and every DH result into `ck`."""

    __slots__ = ("_chaining_key", "_cipher", "_hash")

    def __init__(self, protocol_name: bytes) -> None:
        """InitializeSymmetric(protocol_name)."""
        if len(protocol_name) <= HASHLEN:
            self._hash = protocol_name.ljust(HASHLEN, b"\x00")
        else:
            self._hash = hash_(protocol_name)
        self._chaining_key = self._hash
        self._cipher = CipherState()

    @property
    def handshake_hash(self) -> bytes:
        """GetHandshakeHash(): `h` as it stands."""
        return self._hash

    def has_key(self) -> bool:
        """Whether MixKey() has run, i.e. whether handshake payloads are encrypted yet."""
        return self._cipher.has_key()

    def mix_key(self, input_key_material: bytes) -> None:
        """MixKey(ikm): advance `ck` and start a fresh cipher under the derived key."""
        self._chaining_key, temp_key = hkdf(self._chaining_key, input_key_material, 2)
        self._cipher = CipherState(temp_key[:KEYLEN])

    def mix_hash(self, data: bytes) -> None:
        """MixHash(data): h = HASH(h || data)."""
        self._hash = hash_(self._hash + data)

    def encrypt_and_hash(self, plaintext: bytes) -> bytes:
        """EncryptAndHash(plaintext), with `h` as associated data."""
        ciphertext = self._cipher.encrypt_with_ad(self._hash, plaintext)
        self.mix_hash(ciphertext)
        return ciphertext

    def decrypt_and_hash(self, ciphertext: bytes) -> bytes:
        """DecryptAndHash(ciphertext), with `h` as associated data."""
        plaintext = self._cipher.decrypt_with_ad(self._hash, ciphertext)
        self.mix_hash(ciphertext)
        return plaintext

    def split(self) -> tuple[CipherState, CipherState]:
        """Split(): the initiator-to-responder and responder-to-initiator cipher states."""
        temp_key1, temp_key2 = hkdf(self._chaining_key, b"", 2)
        return CipherState(temp_key1[:KEYLEN]), CipherState(temp_key2[:KEYLEN])
