"""Framing: every Noise message travels as a 2-byte big-endian length, then that many bytes.

The length is checked against the cap in force before a single body byte is read, so a
hostile prefix can make us allocate at most `limit` bytes. A zero length is never valid.
"""

from __future__ import annotations

import asyncio
import struct
from typing import Final

from sync.transport.errors import ConnectionLost, FrameTooLarge, ProtocolViolation

MAX_FRAME_LEN: Final = 65535
"""The largest body a 2-byte length can announce (and the largest Noise message)."""

_LENGTH = struct.Struct(">H")
LENGTH_PREFIX_LEN: Final = _LENGTH.size


def encode_frame(body: bytes) -> bytes:
    """The frame carrying `body` (1..65535 bytes)."""
    if not 0 < len(body) <= MAX_FRAME_LEN:
        raise ValueError(f"a frame body must be 1..{MAX_FRAME_LEN} bytes, got {len(body)}")
    return _LENGTH.pack(len(body)) + body


def parse_frame_length(prefix: bytes, limit: int) -> int:
    """The body length announced by a 2-byte prefix, refused if 0 or above `limit`."""
    if len(prefix) != LENGTH_PREFIX_LEN:
        raise ProtocolViolation(f"a frame length prefix is 2 bytes, got {len(prefix)}")
    length = int.from_bytes(prefix, "big")
    if length == 0:
        raise ProtocolViolation("empty frame")
    if length > limit:
        raise FrameTooLarge(length, limit)
    return length


async def read_frame(reader: asyncio.StreamReader, limit: int = MAX_FRAME_LEN) -> bytes:
    """The next frame's body; raises `ConnectionLost` on end of stream, even between frames.

    Whether an end of stream between frames is orderly is for the caller to judge (the
    channel knows whether a close record came first); a cut inside a frame never is.
    """
    prefix = await _read_exactly(reader, LENGTH_PREFIX_LEN, "a length prefix")
    length = parse_frame_length(prefix, limit)
    return await _read_exactly(reader, length, "a frame")


async def _read_exactly(reader: asyncio.StreamReader, count: int, what: str) -> bytes:
    try:
        return await reader.readexactly(count)
    except asyncio.IncompleteReadError as exc:
        if not exc.partial and what == "a length prefix":
            raise ConnectionLost("stream ended between frames") from None
        raise ConnectionLost(
            f"stream ended inside {what} ({len(exc.partial)} of {count} bytes)"
        ) from None
    except OSError as exc:  # reset, broken pipe, ...: the stream reports it on read
        raise ConnectionLost(f"stream failed: {exc}") from exc
