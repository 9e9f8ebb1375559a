"""The 2-byte length framing, on a real `asyncio.StreamReader`."""

from __future__ import annotations

import asyncio

import pytest

from sync.transport import ConnectionLost, FrameTooLarge, ProtocolViolation
from sync.transport.framing import MAX_FRAME_LEN, encode_frame, parse_frame_length, read_frame
from tests.unit.sync.transport.helpers import async_test


def _reader(data: bytes, *, eof: bool = True) -> asyncio.StreamReader:
    reader = asyncio.StreamReader()
    reader.feed_data(data)
    if eof:
        reader.feed_eof()
    return reader


def test_a_frame_is_a_big_endian_length_then_the_body() -> None:
    assert encode_frame(b"abc") == b"\x00\x03abc"
    assert encode_frame(bytes(MAX_FRAME_LEN))[:2] == b"\xff\xff"
    for bad in (b"", bytes(MAX_FRAME_LEN + 1)):
        with pytest.raises(ValueError):
            encode_frame(bad)


def test_the_length_is_checked_against_the_limit() -> None:
    assert parse_frame_length(b"\x01\x00", limit=256) == 256
    with pytest.raises(FrameTooLarge):
        parse_frame_length(b"\x01\x01", limit=256)
    with pytest.raises(ProtocolViolation, match="empty frame"):
        parse_frame_length(b"\x00\x00", limit=256)
    with pytest.raises(ProtocolViolation, match="2 bytes"):
        parse_frame_length(b"\x00", limit=256)


@async_test
async def test_frames_are_read_one_by_one() -> None:
    reader = _reader(encode_frame(b"one") + encode_frame(b"two"))
    assert await read_frame(reader) == b"one"
    assert await read_frame(reader) == b"two"
    with pytest.raises(ConnectionLost, match="between frames"):
        await read_frame(reader)


@async_test
async def test_an_oversized_length_is_refused_before_the_body_is_read() -> None:
    reader = _reader(b"\x08\x01" + bytes(10), eof=False)  # announces 2049, body never comes
    with pytest.raises(FrameTooLarge) as caught:
        await read_frame(reader, limit=2048)
    assert (caught.value.length, caught.value.limit) == (2049, 2048)
    assert await reader.read(100) == bytes(10)  # nothing past the prefix was consumed


@pytest.mark.parametrize(
    ("data", "match"),
    [(b"\x00", "inside a length prefix"), (b"\x00\x05abc", r"inside a frame \(3 of 5 bytes\)")],
)
@async_test
async def test_a_cut_stream_is_connection_lost(data: bytes, match: str) -> None:
    with pytest.raises(ConnectionLost, match=match):
        await read_frame(_reader(data))


@async_test
async def test_a_reset_stream_is_connection_lost() -> None:
    reader = asyncio.StreamReader()
    reader.set_exception(ConnectionResetError("reset by peer"))
    with pytest.raises(ConnectionLost, match="reset by peer"):
        await read_frame(reader)
