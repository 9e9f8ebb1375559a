"""Fuzzing every decoder with hypothesis: hostile bytes raise only our own error types."""

from __future__ import annotations

import asyncio

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.transport import TransportError
from sync.transport.framing import read_frame
from sync.transport.handshake_payload import HandshakePayload, decode_handshake_payload
from sync.transport.records import MessageReassembler, RecordType
from tests.unit.sync.transport.helpers import Device

SAMPLE_PAYLOAD = HandshakePayload(bytes(32), bytes(64), b"hello").encode()

# Bytes that look like the real thing often enough to get past the first checks.
record_types = st.sampled_from([int(t) for t in RecordType] + [0x00, 0xFF])
records = st.one_of(
    st.binary(max_size=40),
    st.builds(lambda kind, body: bytes([kind]) + body, record_types, st.binary(max_size=12)),
    st.builds(
        lambda total, chunk: b"\x01" + total.to_bytes(4, "big") + chunk,
        st.integers(min_value=0, max_value=40) | st.integers(min_value=0, max_value=2**32 - 1),
        st.binary(max_size=20),
    ),
)
payloads = st.one_of(
    st.binary(max_size=300),
    st.builds(
        lambda cut, tail: SAMPLE_PAYLOAD[:cut] + tail,
        st.integers(min_value=0, max_value=len(SAMPLE_PAYLOAD)),
        st.binary(max_size=10),
    ),
    st.builds(
        lambda index, value: SAMPLE_PAYLOAD[:index] + bytes([value]) + SAMPLE_PAYLOAD[index + 1 :],
        st.integers(min_value=0, max_value=len(SAMPLE_PAYLOAD) - 1),
        st.integers(min_value=0, max_value=255),
    ),
)


@given(
    stream=st.binary(max_size=400)
    | st.lists(st.binary(max_size=30), max_size=8).map(
        lambda bodies: b"".join(len(b).to_bytes(2, "big") + b for b in bodies)
    ),
    limit=st.integers(min_value=1, max_value=65535),
    cut=st.integers(min_value=0, max_value=400),
)
def test_frame_reader(stream: bytes, limit: int, cut: int) -> None:
    async def read_all() -> None:
        reader = asyncio.StreamReader()
        reader.feed_data(stream[: len(stream) - cut] if cut else stream)
        reader.feed_eof()
        while True:
            try:
                frame = await read_frame(reader, limit)
            except TransportError:
                return
            assert 1 <= len(frame) <= limit

    asyncio.run(read_all())


@given(data=payloads)
def test_handshake_payload_decoder(data: bytes) -> None:
    try:
        decoded = decode_handshake_payload(data)
    except TransportError:
        return
    assert decoded.encode() == data


@given(sequence=st.lists(records, max_size=12), cap=st.integers(min_value=0, max_value=64))
def test_continuation_reassembler(sequence: list[bytes], cap: int) -> None:
    reassembler = MessageReassembler(max_message_size=cap)
    for record in sequence:
        try:
            event = reassembler.feed(record)
        except TransportError:
            return
        if isinstance(event, bytes):
            assert len(event) <= cap


@settings(max_examples=50)
@given(junk=st.lists(st.binary(max_size=250), min_size=1, max_size=3), role=st.booleans())
def test_handshake_receiver(junk: list[bytes], role: bool) -> None:
    handshake = Device.make("fuzzed").handshake(initiator=role)
    handshake.start()
    for message in junk:
        try:
            handshake.receive(message)
        except TransportError:
            return
