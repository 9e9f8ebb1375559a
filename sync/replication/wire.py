"""Replication messages: one byte of type, then a fixed binary body (docs/protocol.md §7).

Every count and length is checked against the bytes actually present and against a cap
before anything is allocated, so a hostile peer cannot make us build huge lists.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from core.feeds import HEADER_BYTES, MAX_PAYLOAD_BYTES, ForkProof, Note, RawEvent
from core.ids import EventId, FeedId, PublicKey
from sync.errors import WireError

SIGNATURE_BYTES = 64
MAX_NOTES = 50_000
MAX_EVENTS = 10_000
MAX_PROOFS = 1_000
MAX_CHUNK = 512 * 1024
_NOTE = struct.Struct(">32s32sQ32s")
_FEED_SEQ = struct.Struct(">32s32sQ")
_COUNT32 = struct.Struct(">I")
_COUNT16 = struct.Struct(">H")
_CHUNK_REF = struct.Struct(">32sI")


class Kind(IntEnum):
    NOTES = 1
    WANT = 2
    EVENTS = 3
    CAUGHT_UP = 4
    FORK_PROOFS = 5
    BLOB_WANT = 6
    BLOB_MANIFEST = 7
    CHUNK_WANT = 8
    CHUNK = 9


@dataclass(frozen=True)
class Notes:
    notes: tuple[Note, ...]


@dataclass(frozen=True)
class Want:
    author: PublicKey
    feed_id: FeedId
    after_seq: int


@dataclass(frozen=True)
class Events:
    events: tuple[RawEvent, ...]


@dataclass(frozen=True)
class CaughtUp:
    author: PublicKey
    feed_id: FeedId
    seq: int


@dataclass(frozen=True)
class ForkProofs:
    proofs: tuple[ForkProof, ...]


@dataclass(frozen=True)
class BlobWant:
    blob_id: bytes


@dataclass(frozen=True)
class BlobManifest:
    """The manifest of a blob; empty when the sender does not have it."""

    blob_id: bytes
    manifest: bytes


@dataclass(frozen=True)
class ChunkWant:
    blob_id: bytes
    index: int


@dataclass(frozen=True)
class Chunk:
    """One ciphertext chunk; empty when the sender does not have it."""

    blob_id: bytes
    index: int
    data: bytes


Message = (
    Notes | Want | Events | CaughtUp | ForkProofs | BlobWant | BlobManifest | ChunkWant | Chunk
)


# -- encoding ---------------------------------------------------------------------------------


def _raw_event(raw: RawEvent) -> bytes:
    if raw.payload is None:
        return raw.header + raw.signature + b"\x00"
    return raw.header + raw.signature + b"\x01" + _COUNT32.pack(len(raw.payload)) + raw.payload


def encode(message: Message) -> bytes:
    match message:
        case Notes(notes):
            body = _COUNT32.pack(len(notes)) + b"".join(
                _NOTE.pack(n.author, n.feed_id, n.seq, n.head_id) for n in notes
            )
            return bytes([Kind.NOTES]) + body
        case Want(author, feed_id, after_seq):
            return bytes([Kind.WANT]) + _FEED_SEQ.pack(author, feed_id, after_seq)
        case Events(events):
            return (
                bytes([Kind.EVENTS])
                + _COUNT32.pack(len(events))
                + b"".join(map(_raw_event, events))
            )
        case CaughtUp(author, feed_id, seq):
            return bytes([Kind.CAUGHT_UP]) + _FEED_SEQ.pack(author, feed_id, seq)
        case ForkProofs(proofs):
            parts = [
                p.first.header + p.first.signature + p.second.header + p.second.signature
                for p in proofs
            ]
            return bytes([Kind.FORK_PROOFS]) + _COUNT16.pack(len(proofs)) + b"".join(parts)
        case BlobWant(blob_id):
            return bytes([Kind.BLOB_WANT]) + blob_id
        case BlobManifest(blob_id, manifest):
            return bytes([Kind.BLOB_MANIFEST]) + blob_id + manifest
        case ChunkWant(blob_id, index):
            return bytes([Kind.CHUNK_WANT]) + _CHUNK_REF.pack(blob_id, index)
        case Chunk(blob_id, index, data):
            return bytes([Kind.CHUNK]) + _CHUNK_REF.pack(blob_id, index) + data
    raise TypeError(f"not a replication message: {message!r}")


# -- decoding ---------------------------------------------------------------------------------


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = memoryview(data)
        self.at = 0

    def take(self, size: int) -> bytes:
        if size < 0 or self.at + size > len(self.data):
            raise WireError("message cut short")
        chunk = bytes(self.data[self.at : self.at + size])
        self.at += size
        return chunk

    def count(self, unpacker: struct.Struct, limit: int, item_bytes: int) -> int:
        (value,) = unpacker.unpack(self.take(unpacker.size))
        if value > limit or value * item_bytes > len(self.data) - self.at:
            raise WireError("count larger than the message allows")
        return int(value)

    def rest(self) -> bytes:
        chunk = bytes(self.data[self.at :])
        self.at = len(self.data)
        return chunk

    def finish(self) -> None:
        if self.at != len(self.data):
            raise WireError("extra bytes after the message")


def _read_event(reader: _Reader) -> RawEvent:
    header = reader.take(HEADER_BYTES)
    signature = reader.take(SIGNATURE_BYTES)
    flag = reader.take(1)[0]
    if flag == 0:
        return RawEvent(header, signature, None)
    if flag != 1:
        raise WireError("bad payload flag")
    (length,) = _COUNT32.unpack(reader.take(4))
    if length > MAX_PAYLOAD_BYTES:
        raise WireError("payload larger than allowed")
    return RawEvent(header, signature, reader.take(length))


def decode(data: bytes) -> Message:
    """Parse one message; anything malformed raises :class:`WireError`."""
    if not data:
        raise WireError("empty message")
    try:
        kind = Kind(data[0])
    except ValueError as exc:
        raise WireError(f"unknown message type {data[0]}") from exc
    reader = _Reader(data[1:])
    message: Message
    if kind is Kind.NOTES:
        count = reader.count(_COUNT32, MAX_NOTES, _NOTE.size)
        notes = []
        for _ in range(count):
            author, feed, seq, head = _NOTE.unpack(reader.take(_NOTE.size))
            notes.append(Note(PublicKey(author), FeedId(feed), seq, EventId(head)))
        message = Notes(tuple(notes))
    elif kind in (Kind.WANT, Kind.CAUGHT_UP):
        author, feed, seq = _FEED_SEQ.unpack(reader.take(_FEED_SEQ.size))
        cls = Want if kind is Kind.WANT else CaughtUp
        message = cls(PublicKey(author), FeedId(feed), seq)
    elif kind is Kind.EVENTS:
        count = reader.count(_COUNT32, MAX_EVENTS, HEADER_BYTES + SIGNATURE_BYTES + 1)
        message = Events(tuple(_read_event(reader) for _ in range(count)))
    elif kind is Kind.FORK_PROOFS:
        size = 2 * (HEADER_BYTES + SIGNATURE_BYTES)
        count = reader.count(_COUNT16, MAX_PROOFS, size)
        proofs = []
        for _ in range(count):
            first = RawEvent(reader.take(HEADER_BYTES), reader.take(SIGNATURE_BYTES), None)
            second = RawEvent(reader.take(HEADER_BYTES), reader.take(SIGNATURE_BYTES), None)
            proofs.append(ForkProof(first, second))
        message = ForkProofs(tuple(proofs))
    elif kind is Kind.BLOB_WANT:
        message = BlobWant(reader.take(32))
    elif kind is Kind.BLOB_MANIFEST:
        message = BlobManifest(reader.take(32), reader.rest())
    elif kind is Kind.CHUNK_WANT:
        blob_id, index = _CHUNK_REF.unpack(reader.take(_CHUNK_REF.size))
        message = ChunkWant(blob_id, index)
    else:
        blob_id, index = _CHUNK_REF.unpack(reader.take(_CHUNK_REF.size))
        data = reader.rest()
        if len(data) > MAX_CHUNK:
            raise WireError("chunk larger than allowed")
        message = Chunk(blob_id, index, data)
    reader.finish()
    return message


def batch_events(events: Sequence[RawEvent], max_bytes: int = 4 * 1024 * 1024) -> list[Events]:
    """Split events into EVENTS messages under ``max_bytes`` each (a channel message is 8 MiB)."""
    batches: list[Events] = []
    current: list[RawEvent] = []
    size = 5
    for raw in events:
        item = HEADER_BYTES + SIGNATURE_BYTES + 5 + (len(raw.payload) if raw.payload else 0)
        if current and (size + item > max_bytes or len(current) >= MAX_EVENTS):
            batches.append(Events(tuple(current)))
            current, size = [], 5
        current.append(raw)
        size += item
    if current:
        batches.append(Events(tuple(current)))
    return batches
