"""Opening secure channels: the handshake's I/O, with its timeout and frame cap."""

from __future__ import annotations

import asyncio

from sync.noise import KeyPair, KeyPairGenerator, generate_keypair
from sync.transport.channel import SecureChannel
from sync.transport.clock import MonotonicClock
from sync.transport.config import ChannelConfig
from sync.transport.errors import ConnectionLost, HandshakeTimeout
from sync.transport.framing import encode_frame, read_frame
from sync.transport.handshake import SecureHandshake
from sync.transport.identity import IdentitySigner, SignatureVerifier

_DEFAULT_CONFIG = ChannelConfig()


async def open_secure_channel(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    *,
    initiator: bool,
    noise_static: KeyPair,
    signer: IdentitySigner,
    verify: SignatureVerifier,
    expected_peer: bytes | None = None,
    hello: bytes = b"",
    config: ChannelConfig = _DEFAULT_CONFIG,
    clock: MonotonicClock | None = None,
    generate_ephemeral: KeyPairGenerator = generate_keypair,
) -> SecureChannel:
    """Run the handshake on a connected stream; on any failure the stream is closed.

    Raises `HandshakeError` (including `HandshakeTimeout`, `IdentityBindingError`,
    `PeerIdentityMismatch`), `ProtocolViolation` or `ConnectionLost`.
    """
    handshake = SecureHandshake(
        initiator=initiator,
        noise_static=noise_static,
        signer=signer,
        verify=verify,
        expected_peer=expected_peer,
        hello=hello,
        generate_ephemeral=generate_ephemeral,
    )
    try:
        async with asyncio.timeout(config.handshake_timeout):
            await _exchange(handshake, reader, writer, config.handshake_frame_cap)
    except TimeoutError:
        writer.close()
        raise HandshakeTimeout(
            f"handshake not complete after {config.handshake_timeout:g} s"
        ) from None
    except BaseException:
        writer.close()
        raise
    return SecureChannel(reader, writer, handshake.result(), config=config, clock=clock)


async def connect_secure_channel(
    host: str,
    port: int,
    *,
    noise_static: KeyPair,
    signer: IdentitySigner,
    verify: SignatureVerifier,
    expected_peer: bytes | None = None,
    hello: bytes = b"",
    config: ChannelConfig = _DEFAULT_CONFIG,
    clock: MonotonicClock | None = None,
) -> SecureChannel:
    """Connect to `host:port` and run the handshake as initiator, all within one timeout."""
    try:
        async with asyncio.timeout(config.handshake_timeout):
            try:
                reader, writer = await asyncio.open_connection(host, port)
            except OSError as exc:
                raise ConnectionLost(f"could not connect to {host}:{port}: {exc}") from exc
            return await open_secure_channel(
                reader,
                writer,
                initiator=True,
                noise_static=noise_static,
                signer=signer,
                verify=verify,
                expected_peer=expected_peer,
                hello=hello,
                config=config,
                clock=clock,
            )
    except TimeoutError:
        raise HandshakeTimeout(
            f"no secure channel to {host}:{port} within {config.handshake_timeout:g} s"
        ) from None


async def _exchange(
    handshake: SecureHandshake,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    frame_cap: int,
) -> None:
    outgoing = handshake.start()
    while True:
        if outgoing is not None:
            writer.write(encode_frame(outgoing))
            try:
                await writer.drain()
            except OSError as exc:
                raise ConnectionLost(f"stream failed during the handshake: {exc}") from exc
        if handshake.done:
            return
        outgoing = handshake.receive(await read_frame(reader, frame_cap))


async def accept_secure_channel(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    *,
    noise_static: KeyPair,
    signer: IdentitySigner,
    verify: SignatureVerifier,
    expected_peer: bytes | None = None,
    hello: bytes = b"",
    config: ChannelConfig = _DEFAULT_CONFIG,
    clock: MonotonicClock | None = None,
) -> SecureChannel:
    """Run the handshake as responder on an accepted connection (see `open_secure_channel`)."""
    return await open_secure_channel(
        reader,
        writer,
        initiator=False,
        noise_static=noise_static,
        signer=signer,
        verify=verify,
        expected_peer=expected_peer,
        hello=hello,
        config=config,
        clock=clock,
    )
