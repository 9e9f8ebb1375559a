"""Sealing and opening records, with the deterministic rekey schedule.

Each direction rekeys (Noise REKEY, spec §11.3) right after its n-th transport message
whenever n is a multiple of the rekey interval: the sender after encrypting it, the receiver
after decrypting it. Both sides count the same messages, so no signal is needed.
"""

from __future__ import annotations

from typing import Final

from sync.noise import NoiseError, NoiseNonceExhaustedError, TransportState
from sync.transport.errors import ChannelClosed, ProtocolViolation

DEFAULT_REKEY_INTERVAL: Final = 10_000


class RecordCipher:
    """Encrypts outgoing and decrypts incoming records over one Noise transport state."""

    def __init__(self, transport: TransportState, rekey_interval: int) -> None:
        if rekey_interval < 1:
            raise ValueError("the rekey interval must be at least 1")
        self._transport = transport
        self._rekey_interval = rekey_interval

    @property
    def messages_sent(self) -> int:
        """Transport messages sealed so far."""
        return self._transport.send_nonce

    @property
    def messages_received(self) -> int:
        """Transport messages opened so far."""
        return self._transport.receive_nonce

    def seal(self, record: bytes) -> bytes:
        """The Noise transport message carrying `record`."""
        try:
            message = self._transport.encrypt(record)
        except NoiseNonceExhaustedError as exc:
            raise ChannelClosed("the session has used up its nonces; reconnect") from exc
        if self._transport.send_nonce % self._rekey_interval == 0:
            self._transport.rekey_send()
        return message

    def open(self, message: bytes) -> bytes:
        """The record inside a peer's transport message; any failure is a violation."""
        try:
            record = self._transport.decrypt(message)
        except NoiseError as exc:
            raise ProtocolViolation(f"transport message rejected: {exc}") from exc
        if self._transport.receive_nonce % self._rekey_interval == 0:
            self._transport.rekey_receive()
        return record
