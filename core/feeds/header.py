"""The fixed binary event header (154 bytes). Never re-serialized: the bytes are what is signed.

| offset | size | field                                  |
|--------|------|----------------------------------------|
| 0      | 4    | magic ``HTEV``                         |
| 4      | 1    | version (1)                            |
| 5      | 1    | kind (see :class:`Kind`)               |
| 6      | 32   | author: Ed25519 public key             |
| 38     | 32   | feed id: BLAKE2b-256 of the topic      |
| 70     | 8    | sequence number, u64 big-endian, from 1 |
| 78     | 32   | previous event id (zeros at seq 1)     |
| 110    | 8    | timestamp, ms since epoch, u64 BE      |
| 118    | 4    | payload length, u32 BE                 |
| 122    | 32   | payload hash: BLAKE2b-256              |
"""

from __future__ import annotations

import struct
from enum import IntEnum
from typing import NamedTuple

from core.errors import InvalidEvent
from core.ids import EventId, FeedId, PublicKey

MAGIC = b"HTEV"
VERSION = 1
HEADER_STRUCT = struct.Struct(">4sBB32s32sQ32sQI32s")
HEADER_BYTES = HEADER_STRUCT.size
MAX_PAYLOAD_BYTES = 1 << 20
NO_PREVIOUS = EventId(bytes(32))
_MAX_SEQ = (1 << 63) - 1


class Kind(IntEnum):
    """How the payload is encoded; what it *means* is inside it, hidden from relays."""

    PUBLIC = 1
    """UTF-8 JSON readable by anyone (profile, published keys)."""
    SEALED = 2
    """An envelope whose content key is sealed to each recipient."""
    GROUP = 3
    """An envelope encrypted under a symmetric group (or post) key."""


_KINDS = {int(kind): kind for kind in Kind}


class EventHeader(NamedTuple):
    """A parsed header. ``pack()`` gives back the exact bytes for a header built here.

    A NamedTuple rather than a frozen dataclass: ingest builds one per event, and a tuple is
    several times cheaper to construct.
    """

    kind: Kind
    author: PublicKey
    feed_id: FeedId
    seq: int
    previous: EventId
    timestamp_ms: int
    payload_length: int
    payload_hash: bytes

    def pack(self) -> bytes:
        return HEADER_STRUCT.pack(
            MAGIC,
            VERSION,
            int(self.kind),
            self.author,
            self.feed_id,
            self.seq,
            self.previous,
            self.timestamp_ms,
            self.payload_length,
            self.payload_hash,
        )


def unpack_header(data: bytes) -> EventHeader:
    """Parse and sanity-check a header; anything off raises :class:`InvalidEvent`."""
    if len(data) != HEADER_BYTES:
        raise InvalidEvent(f"an event header is {HEADER_BYTES} bytes, not {len(data)}")
    magic, version, kind, author, feed, seq, previous, timestamp, length, digest = (
        HEADER_STRUCT.unpack(data)
    )
    if magic != MAGIC:
        raise InvalidEvent("not a Hutong event (bad magic)")
    if version != VERSION:
        raise InvalidEvent(
            f"event version {version} is not supported (this Hutong reads {VERSION})"
        )
    if kind not in _KINDS:
        raise InvalidEvent(f"unknown event kind {kind}")
    if not 1 <= seq <= _MAX_SEQ:
        raise InvalidEvent("sequence numbers start at 1")
    if (seq == 1) != (previous == NO_PREVIOUS):
        raise InvalidEvent("only the first event of a feed has no previous event")
    if length > MAX_PAYLOAD_BYTES:
        raise InvalidEvent(f"payload of {length} bytes is over the {MAX_PAYLOAD_BYTES}-byte limit")
    if timestamp > _MAX_SEQ:
        raise InvalidEvent("timestamp out of range")
    return EventHeader(
        _KINDS[kind],
        PublicKey(author),
        FeedId(feed),
        seq,
        EventId(previous),
        timestamp,
        length,
        digest,
    )
