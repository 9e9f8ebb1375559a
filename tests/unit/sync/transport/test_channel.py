"""SecureChannel on real TCP loopback: messages, reassembly, rekey, close, and leaks."""

from __future__ import annotations

import asyncio

import pytest

from sync.transport import (
    ChannelClosed,
    ChannelConfig,
    ConnectionLost,
    MessageTooLarge,
    ProtocolViolation,
    SecureChannel,
    connect_secure_channel,
)
from sync.transport.records import MAX_CONTINUATION_CHUNK, MAX_FIRST_CHUNK
from tests.unit.sync.transport.helpers import Device, async_test, channel_pair


@async_test
async def test_handshake_proves_both_identities_and_messages_flow_both_ways() -> None:
    client, server = Device.make("client"), Device.make("server")
    async with channel_pair(
        client, server, client_kwargs={"hello": b"hi from client"}, server_kwargs={"hello": b"yo"}
    ) as (near, far):
        assert near.peer.identity_key == server.identity.public_key
        assert near.peer.noise_static == server.noise_static.public
        assert near.peer.hello == b"yo"
        assert far.peer.identity_key == client.identity.public_key
        assert far.peer.hello == b"hi from client"
        assert near.handshake_hash == far.handshake_hash

        for n in range(20):
            await near.send(b"ping %d" % n)
            await far.send(b"pong %d" % n)
        assert [await far.receive() for _ in range(20)] == [b"ping %d" % n for n in range(20)]
        assert [await near.receive() for _ in range(20)] == [b"pong %d" % n for n in range(20)]
        await near.send(b"")
        assert await far.receive() == b""


@async_test
async def test_large_messages_are_split_and_reassembled() -> None:
    sizes = [
        MAX_FIRST_CHUNK,
        MAX_FIRST_CHUNK + 1,
        MAX_FIRST_CHUNK + MAX_CONTINUATION_CHUNK,
        MAX_FIRST_CHUNK + MAX_CONTINUATION_CHUNK + 1,
        3 * 1024 * 1024 + 7,
    ]
    async with channel_pair() as (near, far):
        pattern = bytes(range(251))  # a prime length, so chunk boundaries fall mid-pattern
        messages = [
            (bytes([n]) + pattern * (size // 251 + 1))[:size] for n, size in enumerate(sizes)
        ]
        sending = asyncio.create_task(_send_all(near, messages))
        received = [await far.receive() for _ in messages]
        await sending
        assert [len(m) for m in received] == sizes
        assert received == messages


async def _send_all(channel: SecureChannel, messages: list[bytes]) -> None:
    for message in messages:
        await channel.send(message)


@async_test
async def test_sending_more_than_the_cap_is_refused_locally() -> None:
    config = ChannelConfig(max_message_size=100_000)
    async with channel_pair(client_config=config) as (near, far):
        with pytest.raises(ValueError, match="max_message_size"):
            await near.send(bytes(100_001))
        await near.send(bytes(100_000))
        assert await far.receive() == bytes(100_000)


@async_test
async def test_a_message_above_the_receivers_cap_closes_the_channel() -> None:
    async with channel_pair(
        client_config=ChannelConfig(max_message_size=1_000_000),
        server_config=ChannelConfig(max_message_size=100_000),
    ) as (near, far):
        await near.send(b"fine")
        await near.send(bytes(150_000))
        assert await far.receive() == b"fine"  # what came before is still delivered
        with pytest.raises(MessageTooLarge) as caught:
            await far.receive()
        assert (caught.value.length, caught.value.limit) == (150_000, 100_000)
        assert far.is_closed
        with pytest.raises(ConnectionLost):  # the peer sees the stream end without a close
            await near.receive()


@async_test
async def test_rekey_happens_on_both_sides_at_the_same_message() -> None:
    config = ChannelConfig(rekey_interval=3)
    async with channel_pair(client_config=config, server_config=config) as (near, far):
        for n in range(25):  # crosses the boundary eight times in each direction
            await near.send(b"a%d" % n)
            assert await far.receive() == b"a%d" % n
            await far.send(b"b%d" % n)
            assert await near.receive() == b"b%d" % n


@async_test
async def test_a_peer_with_another_rekey_schedule_is_cut_off_at_the_first_rekey() -> None:
    async with channel_pair(
        client_config=ChannelConfig(rekey_interval=3),
        server_config=ChannelConfig(rekey_interval=4),
    ) as (near, far):
        for n in range(3):
            await near.send(b"m%d" % n)
            assert await far.receive() == b"m%d" % n
        await near.send(b"after the client rekeyed")
        with pytest.raises(ProtocolViolation, match="rejected"):
            await far.receive()


@async_test
async def test_an_orderly_close_delivers_everything_then_reports_closed() -> None:
    async with channel_pair() as (near, far):
        await near.send(b"one")
        await near.send(b"two")
        await near.aclose()
        assert await far.receive() == b"one"
        assert await far.receive() == b"two"
        with pytest.raises(ChannelClosed, match="peer"):
            await far.receive()
        with pytest.raises(ChannelClosed, match="peer"):
            await far.send(b"too late")
        with pytest.raises(ChannelClosed, match="locally"):
            await near.receive()


@async_test
async def test_nothing_is_left_behind_after_close() -> None:
    async with channel_pair() as (near, far):
        sockets = [channel._writer.get_extra_info("socket") for channel in (near, far)]
        assert all(sock.fileno() != -1 for sock in sockets)
        pending_receive = asyncio.create_task(far.receive())
        await asyncio.sleep(0)
        await near.aclose()
        await far.aclose()
        with pytest.raises(ChannelClosed):
            await pending_receive
        assert all(sock.fileno() == -1 for sock in sockets)
        assert asyncio.all_tasks() == {asyncio.current_task()}
    # `async_test` checks again that no task outlives the test.


@async_test
async def test_many_small_messages_pass_even_with_a_zero_byte_cap() -> None:
    config = ChannelConfig(max_message_size=0)
    async with channel_pair(client_config=config, server_config=config) as (near, far):
        for _ in range(1500):  # more than the inbox holds: the reader must pause and resume
            await near.send(b"")
        await asyncio.sleep(0.05)
        assert [await far.receive() for _ in range(1500)] == [b""] * 1500


@async_test
async def test_a_bug_in_the_reader_closes_the_channel_instead_of_hanging(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with channel_pair() as (near, far):

        def broken(record: bytes) -> None:
            raise RuntimeError("boom")

        far._reassembler.feed = broken  # type: ignore[method-assign]
        await near.send(b"trigger")
        with pytest.raises(ChannelClosed, match="reader failed"):
            await far.receive()
    assert "secure channel reader failed" in caplog.text


@async_test
async def test_the_channel_is_an_async_context_manager_and_reports_why_it_closed() -> None:
    async with channel_pair() as (near, far):
        async with near:
            assert near.close_reason is None
        assert isinstance(near.close_reason, ChannelClosed)
        with pytest.raises(ChannelClosed):
            await far.receive()
        assert far.is_closed


@async_test
async def test_connecting_to_a_closed_port_is_connection_lost() -> None:
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    with pytest.raises(ConnectionLost, match="could not connect"):
        await connect_secure_channel("127.0.0.1", port, **Device.make("c").channel_kwargs())
