"""The secure TCP channel between two Hutong devices (protocol: docs/protocol-transport.md).

    channel = await connect_secure_channel(
        host, port, noise_static=static, signer=device, verify=verify_ed25519,
        expected_peer=contact_key,
    )
    await channel.send(b"...")
    reply = await channel.receive()
    await channel.aclose()

A responder calls `accept_secure_channel(reader, writer, ...)` from an
`asyncio.start_server` callback. Noise_XX_25519_ChaChaPoly_BLAKE2b with prologue "hutong/1";
each side proves its Ed25519 identity by signing its Noise static key. The package declares
the two interfaces it needs from the identity layer, `IdentitySigner` and
`SignatureVerifier`, and never touches keys at rest. Every failure is a `TransportError`.
"""

from sync.transport.channel import SecureChannel
from sync.transport.clock import LoopClock, MonotonicClock
from sync.transport.config import ChannelConfig
from sync.transport.connect import (
    accept_secure_channel,
    connect_secure_channel,
    open_secure_channel,
)
from sync.transport.errors import (
    ChannelClosed,
    ConnectionLost,
    FrameTooLarge,
    HandshakeError,
    HandshakeTimeout,
    IdentityBindingError,
    KeepaliveTimeout,
    MessageTooLarge,
    PeerIdentityMismatch,
    ProtocolViolation,
    TransportError,
)
from sync.transport.handshake import PROLOGUE, HandshakeResult, PeerIdentity, SecureHandshake
from sync.transport.handshake_payload import MAX_HELLO_LEN
from sync.transport.identity import BINDING_DOMAIN, IdentitySigner, SignatureVerifier

__all__ = [
    "BINDING_DOMAIN",
    "MAX_HELLO_LEN",
    "PROLOGUE",
    "ChannelClosed",
    "ChannelConfig",
    "ConnectionLost",
    "FrameTooLarge",
    "HandshakeError",
    "HandshakeResult",
    "HandshakeTimeout",
    "IdentityBindingError",
    "IdentitySigner",
    "KeepaliveTimeout",
    "LoopClock",
    "MessageTooLarge",
    "MonotonicClock",
    "PeerIdentity",
    "PeerIdentityMismatch",
    "ProtocolViolation",
    "SecureChannel",
    "SecureHandshake",
    "SignatureVerifier",
    "TransportError",
    "accept_secure_channel",
    "connect_secure_channel",
    "open_secure_channel",
]
