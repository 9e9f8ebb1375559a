"""Test doubles and harnesses for the transport tests: real Ed25519, real TCP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, ParamSpec

import nacl.exceptions
import nacl.signing

from sync.noise import KeyPair
from sync.transport import (
    ChannelConfig,
    SecureChannel,
    SecureHandshake,
    accept_secure_channel,
    connect_secure_channel,
)
from sync.transport.framing import encode_frame, read_frame
from sync.transport.record_cipher import RecordCipher

P = ParamSpec("P")
TEST_TIMEOUT = 5.0


def seed(label: str) -> bytes:
    """32 reproducible bytes for a label."""
    return hashlib.blake2b(label.encode(), digest_size=32).digest()


@dataclass
class Ed25519Identity:
    """An `IdentitySigner` over PyNaCl that records what it was asked to sign."""

    signing_key: nacl.signing.SigningKey
    signed: list[bytes] = field(default_factory=list)

    @classmethod
    def from_label(cls, label: str) -> Ed25519Identity:
        return cls(nacl.signing.SigningKey(seed(f"ed25519 {label}")))

    @property
    def public_key(self) -> bytes:
        return bytes(self.signing_key.verify_key)

    def sign(self, message: bytes) -> bytes:
        self.signed.append(message)
        return self.signing_key.sign(message).signature


@dataclass
class LyingIdentity(Ed25519Identity):
    """Signs a binding for some other static key instead of the one it is asked about."""

    claimed_message: bytes = b""

    def sign(self, message: bytes) -> bytes:
        self.signed.append(message)
        return self.signing_key.sign(self.claimed_message).signature


def verify_ed25519(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """A `SignatureVerifier` over PyNaCl."""
    try:
        nacl.signing.VerifyKey(public_key).verify(message, signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError):
        return False
    return True


@dataclass
class Device:
    """What one side brings to a handshake."""

    label: str
    identity: Ed25519Identity
    noise_static: KeyPair

    @classmethod
    def make(cls, label: str) -> Device:
        return cls(
            label, Ed25519Identity.from_label(label), KeyPair.from_private(seed(f"x25519 {label}"))
        )

    def handshake(self, *, initiator: bool, **kwargs: Any) -> SecureHandshake:
        return SecureHandshake(
            initiator=initiator,
            noise_static=self.noise_static,
            signer=self.identity,
            verify=verify_ed25519,
            **kwargs,
        )

    def channel_kwargs(self) -> dict[str, Any]:
        return {
            "noise_static": self.noise_static,
            "signer": self.identity,
            "verify": verify_ed25519,
        }


def async_test(test: Callable[P, Awaitable[None]]) -> Callable[P, None]:
    """Run an async test in a fresh event loop, with a deadline, and check it leaks no task."""

    @functools.wraps(test)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        async def guarded() -> None:
            async with asyncio.timeout(TEST_TIMEOUT):
                await test(*args, **kwargs)
            await asyncio.sleep(0)  # let cancelled tasks finish unwinding
            leftover = asyncio.all_tasks() - {asyncio.current_task()}
            assert not leftover, f"tasks left behind: {leftover}"

        asyncio.run(guarded())

    return run


class Server:
    """A TCP server on 127.0.0.1 that hands each accepted stream pair to a queue."""

    def __init__(self) -> None:
        self.connections: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = (
            asyncio.Queue()
        )
        self._server: asyncio.Server | None = None
        self.port = 0

    async def __aenter__(self) -> Server:
        async def accepted(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await self.connections.put((reader, writer))

        self._server = await asyncio.start_server(accepted, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()
        while not self.connections.empty():
            _, writer = self.connections.get_nowait()
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()

    async def open_raw(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """A plain TCP connection to this server."""
        return await asyncio.open_connection("127.0.0.1", self.port)


Outcome = SecureChannel | BaseException


async def open_pair(
    client: Device | None = None,
    server: Device | None = None,
    *,
    client_config: ChannelConfig | None = None,
    server_config: ChannelConfig | None = None,
    client_kwargs: dict[str, Any] | None = None,
    server_kwargs: dict[str, Any] | None = None,
) -> tuple[Outcome, Outcome]:
    """Connect a client to a server over real TCP; each side's channel, or its error."""
    client = client or Device.make("client")
    server = server or Device.make("server")
    async with Server() as listener:

        async def accept() -> SecureChannel:
            reader, writer = await listener.connections.get()
            return await accept_secure_channel(
                reader,
                writer,
                config=server_config or ChannelConfig(),
                **server.channel_kwargs(),
                **(server_kwargs or {}),
            )

        connecting = connect_secure_channel(
            "127.0.0.1",
            listener.port,
            config=client_config or ChannelConfig(),
            **client.channel_kwargs(),
            **(client_kwargs or {}),
        )
        near, far = await asyncio.gather(connecting, accept(), return_exceptions=True)
    return near, far


async def handshake_errors(
    client: Device | None = None, server: Device | None = None, **kwargs: Any
) -> tuple[BaseException | None, BaseException | None]:
    """Run a handshake expected to fail: each side's error (None if it succeeded, and closed)."""
    outcomes = await open_pair(client, server, **kwargs)
    for outcome in outcomes:
        if isinstance(outcome, SecureChannel):
            await outcome.aclose()
    near, far = (None if isinstance(o, SecureChannel) else o for o in outcomes)
    return near, far


@contextlib.asynccontextmanager
async def channel_pair(
    client: Device | None = None, server: Device | None = None, **kwargs: Any
) -> AsyncIterator[tuple[SecureChannel, SecureChannel]]:
    """A connected (client, server) pair over real TCP; both are closed on exit."""
    near, far = await open_pair(client, server, **kwargs)
    if not (isinstance(near, SecureChannel) and isinstance(far, SecureChannel)):
        for outcome in (near, far):
            if isinstance(outcome, SecureChannel):
                await outcome.aclose()
        raise AssertionError(f"the handshake failed: client {near!r}, server {far!r}")
    try:
        yield near, far
    finally:
        await near.aclose()
        await far.aclose()


@dataclass
class RawPeer:
    """A hand-driven initiator: a real handshake, then whatever bytes the test wants to send."""

    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    cipher: RecordCipher | None = None

    @classmethod
    async def connect_and_handshake(
        cls, listener: Server, device: Device, rekey_interval: int = 10_000
    ) -> RawPeer:
        reader, writer = await listener.open_raw()
        handshake = device.handshake(initiator=True)
        outgoing = handshake.start()
        while not handshake.done:
            if outgoing is not None:
                writer.write(encode_frame(outgoing))
            outgoing = handshake.receive(await read_frame(reader))
        assert outgoing is not None
        writer.write(encode_frame(outgoing))
        await writer.drain()
        return cls(reader, writer, RecordCipher(handshake.result().transport, rekey_interval))

    def send_record(self, record: bytes) -> None:
        assert self.cipher is not None
        self.writer.write(encode_frame(self.cipher.seal(record)))

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(OSError):
            await self.writer.wait_closed()
