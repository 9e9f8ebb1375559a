"""Keepalive: the pure timer, then real channels with short intervals and a virtual clock."""

from __future__ import annotations

import asyncio

import pytest

from sync.transport import (
    ChannelConfig,
    KeepaliveTimeout,
    SecureChannel,
    TransportError,
    accept_secure_channel,
)
from sync.transport.framing import read_frame
from sync.transport.keepalive import SILENCE_FACTOR, LivenessTimer
from sync.transport.records import PING_RECORD
from tests.unit.sync.transport.helpers import Device, RawPeer, Server, async_test, channel_pair


def test_the_timer_pings_after_an_idle_interval_and_gives_up_after_three() -> None:
    timer = LivenessTimer(interval=10.0, now=100.0)
    assert SILENCE_FACTOR == 3 and timer.silence_limit == 30.0
    assert not timer.ping_due(109.9) and timer.ping_due(110.0)
    assert timer.next_deadline() == 110.0
    timer.note_sent(110.0)
    assert not timer.ping_due(119.0)
    assert timer.next_deadline() == 120.0
    assert not timer.peer_silent(129.9) and timer.peer_silent(130.0)
    timer.note_received(125.0)
    assert not timer.peer_silent(154.9) and timer.peer_silent(155.0)
    timer.note_received(120.0)  # late news never moves the clock backwards
    assert timer.peer_silent(155.0)
    with pytest.raises(ValueError):
        LivenessTimer(interval=0, now=0)


class VirtualClock:
    """A clock whose `sleep` jumps straight to the deadline (after letting others run)."""

    def __init__(self) -> None:
        self.time = 1000.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.time

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        await asyncio.sleep(0.01)  # real time, so the peer's bytes can arrive in between
        self.time += seconds


@async_test
async def test_on_a_virtual_clock_a_silent_peer_gets_two_pings_then_is_dropped() -> None:
    clock = VirtualClock()
    async with Server() as listener:

        async def accept() -> SecureChannel:
            reader, writer = await listener.connections.get()
            return await accept_secure_channel(
                reader,
                writer,
                config=ChannelConfig(keepalive_interval=60.0),
                clock=clock,
                **Device.make("server").channel_kwargs(),
            )

        accepting = asyncio.create_task(accept())
        peer = await RawPeer.connect_and_handshake(listener, Device.make("client"))
        channel = await accepting
        records = []
        while True:
            try:
                frame = await read_frame(peer.reader)
            except TransportError:
                break
            assert peer.cipher is not None
            records.append(peer.cipher.open(frame))
        # Pings at +60 s and +120 s of virtual time, then silence since +0 s is 180 s: dropped.
        assert records == [PING_RECORD, PING_RECORD]
        assert sum(clock.sleeps) == pytest.approx(180.0)
        with pytest.raises(KeepaliveTimeout, match="180 s"):
            await channel.receive()
        await peer.close()


@async_test
async def test_idle_channels_stay_up_because_pings_flow() -> None:
    # Margins are generous so that a loaded CI machine does not stall past the limit.
    config = ChannelConfig(keepalive_interval=0.5)
    async with channel_pair(client_config=config, server_config=config) as (near, far):
        await asyncio.sleep(2.5)  # well past the 1.5 s silence limit
        assert not near.is_closed and not far.is_closed
        await near.send(b"still here")
        assert await far.receive() == b"still here"


@async_test
async def test_a_real_silent_peer_is_dropped_after_three_intervals() -> None:
    async with Server() as listener:
        accepting = asyncio.create_task(_accept_with(listener, keepalive=0.05))
        peer = await RawPeer.connect_and_handshake(listener, Device.make("client"))
        channel = await accepting
        started = asyncio.get_running_loop().time()
        with pytest.raises(KeepaliveTimeout):
            await channel.receive()
        elapsed = asyncio.get_running_loop().time() - started
        assert 0.1 <= elapsed < 60.0  # dropped by the keepalive, not a hang; no upper timing
        await peer.close()


async def _accept_with(listener: Server, keepalive: float | None) -> SecureChannel:
    reader, writer = await listener.connections.get()
    return await accept_secure_channel(
        reader,
        writer,
        config=ChannelConfig(keepalive_interval=keepalive),
        **Device.make("server").channel_kwargs(),
    )


@async_test
async def test_without_keepalive_a_silent_peer_is_kept() -> None:
    async with Server() as listener:
        accepting = asyncio.create_task(_accept_with(listener, keepalive=None))
        peer = await RawPeer.connect_and_handshake(listener, Device.make("client"))
        channel = await accepting
        await asyncio.sleep(0.3)
        assert not channel.is_closed
        await channel.aclose()
        await peer.close()


@async_test
async def test_a_receiver_that_stops_reading_does_not_mistake_backpressure_for_silence() -> None:
    config = ChannelConfig(keepalive_interval=0.2, max_message_size=1000)
    async with channel_pair(client_config=config, server_config=config) as (near, far):
        for n in range(5):
            await near.send(bytes([n]) * 1000)
        await asyncio.sleep(1.0)  # far's reader is paused on a full inbox all this time
        assert not far.is_closed
        assert [await far.receive() for _ in range(5)] == [bytes([n]) * 1000 for n in range(5)]
