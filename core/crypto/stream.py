"""Chunked authenticated encryption (libsodium secretstream, XChaCha20-Poly1305).

Used for blobs: each chunk is sealed separately, the last one carries the FINAL tag, so a
truncated, reordered or spliced stream fails to decrypt. Only one chunk is in memory at a time.
"""

from __future__ import annotations

import nacl.bindings as sodium
import nacl.exceptions

STREAM_HEADER_BYTES: int = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
STREAM_OVERHEAD_BYTES: int = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
_TAG_MESSAGE: int = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL: int = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL


class StreamEncryptor:
    """Seals chunks in order; ``header`` must be stored before the first chunk."""

    def __init__(self, key: bytes) -> None:
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        self.header: bytes = bytes(
            sodium.crypto_secretstream_xchacha20poly1305_init_push(self._state, key)
        )

    def seal(self, chunk: bytes, *, final: bool) -> bytes:
        tag = _TAG_FINAL if final else _TAG_MESSAGE
        return bytes(
            sodium.crypto_secretstream_xchacha20poly1305_push(self._state, chunk, None, tag)
        )


class StreamDecryptor:
    """Opens chunks in order; reports whether the final chunk has been seen."""

    def __init__(self, key: bytes, header: bytes) -> None:
        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        self.finished = False
        try:
            sodium.crypto_secretstream_xchacha20poly1305_init_pull(self._state, header, key)
        except (
            nacl.exceptions.CryptoError,
            nacl.exceptions.ValueError,
            nacl.exceptions.TypeError,
        ) as exc:
            raise ValueError("bad stream header") from exc

    def open(self, sealed: bytes) -> bytes | None:
        """The chunk's plaintext, or None when it fails to authenticate or follows the final one."""
        if self.finished:
            return None
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(
                self._state, sealed, None
            )
        except (nacl.exceptions.CryptoError, nacl.exceptions.ValueError, nacl.exceptions.TypeError):
            return None
        if tag == _TAG_FINAL:
            self.finished = True
        return bytes(plain)
