"""The transport phase: the two cipher states a completed handshake splits into."""

from __future__ import annotations

from typing import Final

from sync.noise.cipher_state import CipherState
from sync.noise.constants import MAX_MESSAGE_LEN, TAGLEN
from sync.noise.errors import NoiseMessageSizeError

MAX_PLAINTEXT_LEN: Final = MAX_MESSAGE_LEN - TAGLEN
"""Largest plaintext that fits in one transport message (65519 bytes)."""


class TransportState:
    """Encrypts outgoing and decrypts incoming transport messages, each direction in order.

    Messages must be decrypted in the order they were encrypted (a reliable, ordered stream):
    the nonce is implicit. Any `NoiseError` from `decrypt` means the session is compromised
    or broken and must be discarded.
    """

    __slots__ = ("_handshake_hash", "_receive", "_remote_static", "_send")

    def __init__(
        self,
        *,
        send: CipherState,
        receive: CipherState,
        handshake_hash: bytes,
        remote_static: bytes | None,
    ) -> None:
        self._send = send
        self._receive = receive
        self._handshake_hash = handshake_hash
        self._remote_static = remote_static

    @property
    def handshake_hash(self) -> bytes:
        """The final handshake hash: a channel binding both sides share."""
        return self._handshake_hash

    @property
    def remote_static(self) -> bytes | None:
        """The peer's static public key, if the pattern transmitted or pre-shared one."""
        return self._remote_static

    @property
    def send_nonce(self) -> int:
        """How many messages have been encrypted so far."""
        return self._send.nonce

    @property
    def receive_nonce(self) -> int:
        """How many messages have been decrypted so far."""
        return self._receive.nonce

    def encrypt(self, plaintext: bytes, ad: bytes = b"") -> bytes:
        """One transport message (plaintext plus a 16-byte tag)."""
        if len(plaintext) > MAX_PLAINTEXT_LEN:
            raise NoiseMessageSizeError(
                f"plaintext of {len(plaintext)} bytes exceeds {MAX_PLAINTEXT_LEN}"
            )
        return self._send.encrypt_with_ad(ad, plaintext)

    def decrypt(self, message: bytes, ad: bytes = b"") -> bytes:
        """The plaintext of the next incoming transport message."""
        if len(message) > MAX_MESSAGE_LEN:
            raise NoiseMessageSizeError(f"message of {len(message)} bytes exceeds 65535")
        return self._receive.decrypt_with_ad(ad, message)

    def rekey_send(self) -> None:
        """Rekey the outgoing direction (the peer must rekey its incoming one at the same point)."""
        self._send.rekey()

    def rekey_receive(self) -> None:
        """Rekey the incoming direction."""
        self._receive.rekey()
