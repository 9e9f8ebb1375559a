"""What a hostile or broken peer can do to us on real TCP, and what it gets in return."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from sync.transport import (
    ChannelConfig,
    ConnectionLost,
    FrameTooLarge,
    HandshakeError,
    HandshakeTimeout,
    IdentityBindingError,
    MessageTooLarge,
    PeerIdentityMismatch,
    ProtocolViolation,
    SecureChannel,
    accept_secure_channel,
    connect_secure_channel,
)
from sync.transport.framing import encode_frame
from sync.transport.identity import binding_message
from sync.transport.records import PING_RECORD, RecordType
from tests.unit.sync.transport.helpers import (
    Device,
    LyingIdentity,
    RawPeer,
    Server,
    async_test,
    handshake_errors,
    verify_ed25519,
)

QUICK = ChannelConfig(handshake_timeout=1.0)
VALID_POINT = Device.make("some ephemeral").noise_static.public


async def _accept(listener: Server, device: Device, config: ChannelConfig = QUICK) -> SecureChannel:
    reader, writer = await listener.connections.get()
    return await accept_secure_channel(reader, writer, config=config, **device.channel_kwargs())


@async_test
async def test_the_initiator_refuses_a_responder_other_than_the_pinned_one() -> None:
    server, impostor = Device.make("server"), Device.make("impostor")
    near, far = await handshake_errors(
        server=impostor, client_kwargs={"expected_peer": server.identity.public_key}
    )
    assert isinstance(near, PeerIdentityMismatch)
    assert near.expected == server.identity.public_key
    assert near.actual == impostor.identity.public_key
    # The initiator hung up instead of sending "-> s, se", so it never revealed its identity.
    assert isinstance(far, ConnectionLost)


@async_test
async def test_the_responder_refuses_an_initiator_other_than_the_pinned_one() -> None:
    near, far = await handshake_errors(
        client=Device.make("stranger"),
        server_kwargs={"expected_peer": Device.make("friend").identity.public_key},
    )
    assert isinstance(far, PeerIdentityMismatch)
    assert far.actual == Device.make("stranger").identity.public_key
    assert near is None  # in XX the initiator finishes first; it then sees the hang-up


@pytest.mark.parametrize("liar", ["client", "server"])
@async_test
async def test_a_signature_over_another_static_key_is_refused(liar: str) -> None:
    honest = Device.make("honest")
    forger = Device.make("forger")
    # The forger signs a binding for a static key that is not the one it uses in Noise.
    forger.identity = LyingIdentity(
        forger.identity.signing_key,
        claimed_message=binding_message(Device.make("someone else").noise_static.public),
    )
    client, server = (forger, honest) if liar == "client" else (honest, forger)
    near, far = await handshake_errors(client, server)
    victim_error = far if liar == "client" else near
    assert isinstance(victim_error, IdentityBindingError)


@async_test
async def test_a_payload_signed_by_another_identity_is_refused() -> None:
    # Claims identity A but signs with key B: the signature does not verify under A.
    forger = Device.make("forger")
    victim = Device.make("victim")

    class Claims:
        public_key = victim.identity.public_key

        @staticmethod
        def sign(message: bytes) -> bytes:
            return forger.identity.sign(message)

    async with Server() as listener:
        connecting = asyncio.create_task(
            connect_secure_channel(
                "127.0.0.1",
                listener.port,
                noise_static=forger.noise_static,
                signer=Claims(),
                verify=verify_ed25519,
                config=QUICK,
            )
        )
        with pytest.raises(IdentityBindingError):
            await _accept(listener, Device.make("server"))
        with contextlib.suppress(ConnectionLost):
            await (await connecting).aclose()


@async_test
async def test_an_oversized_handshake_frame_is_refused_without_reading_it() -> None:
    async with Server() as listener:
        reader, writer = await listener.open_raw()
        writer.write(b"\xff\xff")  # announces 65535 bytes, sends none of them
        await writer.drain()
        with pytest.raises(FrameTooLarge) as caught:
            await _accept(listener, Device.make("server"))
        assert (caught.value.length, caught.value.limit) == (65535, 2048)
        assert await reader.read() == b""  # we were hung up on
        writer.close()


@pytest.mark.parametrize(
    ("garbage", "error"),
    [
        (b"\x00\x00", ProtocolViolation),  # an empty frame
        (encode_frame(bytes(31)), HandshakeError),  # too short for "-> e"
        (encode_frame(VALID_POINT + b"x"), HandshakeError),  # "-> e" must carry no payload
        (encode_frame(bytes(32)), HandshakeError),  # a low-order ephemeral key
        (b"\x00\x20" + bytes(10), ConnectionLost),  # truncated, then end of stream
        (b"\x00", ConnectionLost),  # half a length prefix, then end of stream
        (b"", ConnectionLost),  # nothing at all
    ],
    ids=["empty-frame", "short", "payload", "low-order", "truncated", "half-prefix", "eof"],
)
@async_test
async def test_garbage_instead_of_a_handshake(garbage: bytes, error: type[Exception]) -> None:
    async with Server() as listener:
        _, writer = await listener.open_raw()
        writer.write(garbage)
        writer.write_eof()
        with pytest.raises(error):
            await _accept(listener, Device.make("server"))
        writer.close()


@async_test
async def test_a_silent_initiator_runs_into_the_handshake_timeout() -> None:
    async with Server() as listener:
        _, writer = await listener.open_raw()
        started = asyncio.get_running_loop().time()
        with pytest.raises(HandshakeTimeout):
            await _accept(
                listener, Device.make("server"), config=ChannelConfig(handshake_timeout=0.1)
            )
        # Ended by the timeout, not a hang (a loaded machine may take far longer than 0.1 s).
        assert asyncio.get_running_loop().time() - started < 60.0
        writer.close()


@async_test
async def test_a_responder_that_never_answers_runs_into_the_initiators_timeout() -> None:
    async with Server() as listener:
        started = asyncio.get_running_loop().time()
        with pytest.raises(HandshakeTimeout, match=r"within 0\.1 s"):
            await connect_secure_channel(
                "127.0.0.1",
                listener.port,
                config=ChannelConfig(handshake_timeout=0.1),
                **Device.make("client").channel_kwargs(),
            )
        assert asyncio.get_running_loop().time() - started < 60.0  # not a hang
        _, writer = await listener.connections.get()
        writer.close()


@async_test
async def test_a_garbage_frame_after_the_handshake_closes_the_channel() -> None:
    async with Server() as listener:
        accepting = asyncio.create_task(_accept(listener, Device.make("server")))
        peer = await RawPeer.connect_and_handshake(listener, Device.make("client"))
        channel = await accepting
        peer.send_record(PING_RECORD)
        peer.writer.write(encode_frame(b"\x13" * 40))  # not a valid transport message
        await peer.writer.drain()
        with pytest.raises(ProtocolViolation, match="rejected"):
            await channel.receive()
        assert channel.is_closed
        assert await peer.reader.read() == b""
        await peer.close()


@pytest.mark.parametrize(
    "record",
    [
        bytes([RecordType.MESSAGE]) + (2**32 - 1).to_bytes(4, "big") + b"x",
        bytes([RecordType.CONTINUATION]) + b"orphan",
        bytes([0x7F]),
        PING_RECORD + b"junk",
    ],
    ids=["huge-announcement", "orphan-continuation", "unknown-type", "ping-with-body"],
)
@async_test
async def test_a_malformed_record_after_the_handshake_closes_the_channel(record: bytes) -> None:
    async with Server() as listener:
        accepting = asyncio.create_task(_accept(listener, Device.make("server")))
        peer = await RawPeer.connect_and_handshake(listener, Device.make("client"))
        channel = await accepting
        peer.send_record(record)
        await peer.writer.drain()
        with pytest.raises(ProtocolViolation) as caught:
            await channel.receive()
        if record[0] == RecordType.MESSAGE:
            assert isinstance(caught.value, MessageTooLarge)
            assert caught.value.length == 2**32 - 1
        await peer.close()


@pytest.mark.parametrize("cut", ["mid-frame", "between-frames", "mid-message"])
@async_test
async def test_a_truncated_stream_raises_connection_lost(cut: str) -> None:
    async with Server() as listener:
        accepting = asyncio.create_task(_accept(listener, Device.make("server")))
        peer = await RawPeer.connect_and_handshake(listener, Device.make("client"))
        channel = await accepting
        assert peer.cipher is not None
        if cut == "mid-frame":
            frame = encode_frame(peer.cipher.seal(bytes([RecordType.MESSAGE, 0, 0, 0, 2]) + b"ok"))
            peer.writer.write(frame[:-3])
        elif cut == "mid-message":
            peer.send_record(bytes([RecordType.MESSAGE, 0, 1, 0, 0]) + b"partial")
        peer.writer.write_eof()
        with pytest.raises(ConnectionLost, match="stream ended"):
            await channel.receive()
        await peer.close()
