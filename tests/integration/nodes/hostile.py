"""Raw Noise clients that talk to a real node the way an attacker (or a crashing peer) would."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from core.crypto import SigningKeyPair, verify_signature
from core.identity.keys import load_keys
from sync.noise import generate_keypair
from sync.transport import SecureChannel, TransportError, open_secure_channel
from sync.transport.framing import encode_frame


@dataclass
class Signer:
    """The transport's IdentitySigner over a raw Ed25519 key pair."""

    keys: SigningKeyPair = field(default_factory=SigningKeyPair.generate)

    @property
    def public_key(self) -> bytes:
        return self.keys.public_key

    def sign(self, message: bytes) -> bytes:
        return self.keys.sign(message)

    @classmethod
    def of_profile(cls, profile: Path) -> Signer:
        """The identity of a (stopped, unprotected) profile: to impersonate a crashing peer."""
        return cls(load_keys(profile, None).signing)


@dataclass
class RawConnection:
    channel: SecureChannel
    writer: asyncio.StreamWriter

    def drop(self) -> None:
        """Cut the TCP connection without a CLOSE record (a crash, a pulled cable)."""
        self.writer.transport.abort()

    def send_garbage(self, size: int = 200) -> None:
        """A frame of random bytes where an encrypted record belongs."""
        self.writer.write(encode_frame(os.urandom(size)))


async def connect(port: int, signer: Signer, host: str = "127.0.0.1") -> RawConnection:
    reader, writer = await asyncio.open_connection(host, port)
    channel = await open_secure_channel(
        reader,
        writer,
        initiator=True,
        noise_static=generate_keypair(),
        signer=signer,
        verify=verify_signature,
    )
    return RawConnection(channel, writer)


async def send_until_cut(
    connection: RawConnection, messages: Callable[[int], bytes], limit: int
) -> int:
    """Send ``messages(n)`` for n = 0.. without reading, until the node cuts us off; the count."""
    sent = 0
    try:
        while sent < limit:
            await connection.channel.send(messages(sent))
            sent += 1
    except (TransportError, OSError):
        return sent
    return sent


async def ended(connection: RawConnection) -> str:
    """Read until the node ends the connection; the name of the error that ended it."""
    try:
        while True:
            await connection.channel.receive()
    except TransportError as exc:
        return type(exc).__name__
    finally:
        with contextlib.suppress(Exception):
            connection.channel.close()
