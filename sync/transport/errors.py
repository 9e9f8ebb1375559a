"""The transport's exception family.

    TransportError
    ├── HandshakeError          the secure handshake did not complete
    │   ├── HandshakeTimeout
    │   ├── IdentityBindingError    the peer's signature does not bind its Noise static key
    │   └── PeerIdentityMismatch    the peer proved an identity other than the pinned one
    ├── ProtocolViolation       the peer sent bytes that break the protocol (or fail to decrypt)
    │   ├── FrameTooLarge
    │   └── MessageTooLarge
    ├── ConnectionLost          the stream ended or broke without an orderly close
    │   └── KeepaliveTimeout    the peer was silent for too long
    └── ChannelClosed           the channel was closed in order (by us or by the peer)

All of these mean "the world failed": a peer to disconnect, not a bug to report. Misuse of the
API (sending more than the configured maximum, bad configuration) raises `ValueError`.
"""

from __future__ import annotations


class TransportError(Exception):
    """Root of every error raised by `sync.transport`."""


class HandshakeError(TransportError):
    """The handshake failed: bad cryptography, a malformed payload, or a refused identity."""


class HandshakeTimeout(HandshakeError):
    """The handshake did not complete within the configured time."""


class IdentityBindingError(HandshakeError):
    """The peer's Ed25519 signature does not cover the Noise static key it used."""


class PeerIdentityMismatch(HandshakeError):
    """The peer proved an Ed25519 identity other than the one we expected."""

    def __init__(self, expected: bytes, actual: bytes) -> None:
        super().__init__(
            f"peer proved identity {actual.hex()[:16]}…, expected {expected.hex()[:16]}…"
        )
        self.expected = expected
        self.actual = actual


class ProtocolViolation(TransportError):
    """The peer sent something the protocol forbids; the channel is closed."""


class FrameTooLarge(ProtocolViolation):
    """A frame's length prefix exceeds the cap in force; nothing was read past the prefix."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"frame of {length} bytes exceeds the limit of {limit}")
        self.length = length
        self.limit = limit


class MessageTooLarge(ProtocolViolation):
    """An announced application message exceeds the reassembly cap; nothing was buffered."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"message of {length} bytes exceeds the limit of {limit}")
        self.length = length
        self.limit = limit


class ConnectionLost(TransportError):
    """The byte stream ended or failed without an orderly close (possibly truncated)."""


class KeepaliveTimeout(ConnectionLost):
    """Nothing arrived from the peer for the configured silence limit."""


class ChannelClosed(TransportError):
    """The channel was closed in order: by `close()`, or by the peer's close record."""
