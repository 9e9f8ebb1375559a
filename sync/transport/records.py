"""Records: the plaintext inside each transport-phase Noise message.

Every record starts with a one-byte type:

    0x01 MESSAGE       u32 big-endian total length T, then the first chunk (0..65514 bytes)
    0x02 CONTINUATION  the next chunk of the message in progress (1..65518 bytes)
    0x03 PING          nothing else (keepalive)
    0x04 CLOSE         nothing else (orderly close)

An application message of T bytes is a MESSAGE record followed by as many CONTINUATION
records as needed; it is complete when its chunks add up to exactly T. The receiver checks T
against its cap before buffering anything. `MessageReassembler` enforces every rule here.
"""

from __future__ import annotations

import enum
import struct
from typing import Final

from sync.noise import MAX_PLAINTEXT_LEN
from sync.transport.errors import MessageTooLarge, ProtocolViolation


class RecordType(enum.IntEnum):
    """The first byte of every record."""

    MESSAGE = 0x01
    CONTINUATION = 0x02
    PING = 0x03
    CLOSE = 0x04


class Control(enum.Enum):
    """A record that carries no application data."""

    PING = "ping"
    CLOSE = "close"


_MESSAGE_HEADER = struct.Struct(">BI")
MESSAGE_HEADER_LEN: Final = _MESSAGE_HEADER.size  # 5
CONTINUATION_HEADER_LEN: Final = 1
MAX_RECORD_LEN: Final = MAX_PLAINTEXT_LEN  # 65519: one record fills one Noise message
MAX_FIRST_CHUNK: Final = MAX_RECORD_LEN - MESSAGE_HEADER_LEN  # 65514
MAX_CONTINUATION_CHUNK: Final = MAX_RECORD_LEN - CONTINUATION_HEADER_LEN  # 65518
MAX_MESSAGE_LEN: Final = 2**32 - 1

PING_RECORD: Final = bytes([RecordType.PING])
CLOSE_RECORD: Final = bytes([RecordType.CLOSE])


def encode_message_records(data: bytes) -> list[bytes]:
    """The records carrying one application message, each filled as far as it goes."""
    if len(data) > MAX_MESSAGE_LEN:
        raise ValueError(f"a message is limited to {MAX_MESSAGE_LEN} bytes")
    view = memoryview(data)
    records = [_MESSAGE_HEADER.pack(RecordType.MESSAGE, len(data)) + view[:MAX_FIRST_CHUNK]]
    continuation = bytes([RecordType.CONTINUATION])
    for start in range(MAX_FIRST_CHUNK, len(data), MAX_CONTINUATION_CHUNK):
        records.append(continuation + view[start : start + MAX_CONTINUATION_CHUNK])
    return records


class MessageReassembler:
    """Turns a sequence of records back into application messages and control signals."""

    def __init__(self, max_message_size: int) -> None:
        self._max_message_size = max_message_size
        self._expected = 0
        self._buffer: bytearray | None = None

    @property
    def in_progress(self) -> bool:
        """Whether a message has started and not yet completed."""
        return self._buffer is not None

    def feed(self, record: bytes) -> bytes | Control | None:
        """A complete message, a control signal, or None when a chunk was absorbed."""
        if not record:
            raise ProtocolViolation("empty record")
        kind = record[0]
        if kind == RecordType.MESSAGE:
            return self._start(record)
        if kind == RecordType.CONTINUATION:
            return self._continue(record)
        if kind in (RecordType.PING, RecordType.CLOSE):
            if len(record) != 1:
                raise ProtocolViolation(f"control record of {len(record)} bytes, expected 1")
            if kind == RecordType.PING:
                return Control.PING
            if self.in_progress:
                raise ProtocolViolation("close record in the middle of a message")
            return Control.CLOSE
        raise ProtocolViolation(f"unknown record type 0x{kind:02x}")

    def _start(self, record: bytes) -> bytes | None:
        if self.in_progress:
            raise ProtocolViolation("a message started before the previous one completed")
        if len(record) < MESSAGE_HEADER_LEN:
            raise ProtocolViolation("message record shorter than its 5-byte header")
        _, total = _MESSAGE_HEADER.unpack_from(record)
        if total > self._max_message_size:
            raise MessageTooLarge(total, self._max_message_size)
        chunk = record[MESSAGE_HEADER_LEN:]
        if len(chunk) > total:
            raise ProtocolViolation(f"first chunk of {len(chunk)} bytes exceeds the total {total}")
        if not chunk and total:
            raise ProtocolViolation("empty first chunk")
        if len(chunk) == total:
            return bytes(chunk)
        self._expected = total
        self._buffer = bytearray(chunk)
        return None

    def _continue(self, record: bytes) -> bytes | None:
        if self._buffer is None:
            raise ProtocolViolation("continuation record without a message in progress")
        chunk = record[CONTINUATION_HEADER_LEN:]
        if not chunk:
            raise ProtocolViolation("empty continuation chunk")
        if len(self._buffer) + len(chunk) > self._expected:
            raise ProtocolViolation("continuation overruns the announced message length")
        self._buffer += chunk
        if len(self._buffer) < self._expected:
            return None
        message = bytes(self._buffer)
        self._buffer = None
        return message
