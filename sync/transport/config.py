"""The tunables of a secure channel, with the protocol's defaults."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sync.transport.framing import MAX_FRAME_LEN
from sync.transport.record_cipher import DEFAULT_REKEY_INTERVAL
from sync.transport.records import MAX_MESSAGE_LEN

DEFAULT_MAX_MESSAGE_SIZE: Final = 8 * 1024 * 1024
DEFAULT_HANDSHAKE_FRAME_CAP: Final = 2048


@dataclass(frozen=True)
class ChannelConfig:
    """Limits and timers; `rekey_interval` and `keepalive_interval` are part of the protocol.

    Peers must agree on `rekey_interval` (a mismatch fails at the first rekey) and should agree
    on `keepalive_interval`; the defaults are the protocol's values, other values are for tests.
    """

    max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE
    """Largest application message accepted (and sent); checked before buffering."""

    rekey_interval: int = DEFAULT_REKEY_INTERVAL
    """Transport messages per direction between two REKEYs."""

    keepalive_interval: float | None = 15.0
    """Seconds of quiet before we send a PING; the peer is dropped after 3x this. None: off."""

    handshake_timeout: float = 10.0
    """Seconds for connecting plus the whole handshake."""

    handshake_frame_cap: int = DEFAULT_HANDSHAKE_FRAME_CAP
    """Largest frame accepted before the handshake completes."""

    def __post_init__(self) -> None:
        if not 0 <= self.max_message_size <= MAX_MESSAGE_LEN:
            raise ValueError("max_message_size must fit in 32 bits")
        if self.rekey_interval < 1:
            raise ValueError("rekey_interval must be at least 1")
        if self.keepalive_interval is not None and self.keepalive_interval <= 0:
            raise ValueError("keepalive_interval must be positive (or None)")
        if self.handshake_timeout <= 0:
            raise ValueError("handshake_timeout must be positive")
        if not 0 < self.handshake_frame_cap <= MAX_FRAME_LEN:
            raise ValueError(f"handshake_frame_cap must be 1..{MAX_FRAME_LEN}")
