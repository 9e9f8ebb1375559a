"""Signed events: creation, structural checks, signature verification and event ids.

Signature = Ed25519 over ``b"hutong/event/v1\\x00" || header``; event id =
BLAKE2b-256(header || signature). The payload is bound by the hash in the header, so it can be
dropped later (recall, "delete for me") without breaking the chain.
"""

from __future__ import annotations

from typing import NamedTuple

from core.crypto import SIGNATURE_BYTES, SigningKeyPair, blake2b_256, verify_signature
from core.errors import InvalidEvent
from core.feeds.header import (
    HEADER_BYTES,
    MAX_PAYLOAD_BYTES,
    NO_PREVIOUS,
    EventHeader,
    Kind,
    unpack_header,
)
from core.ids import EventId, FeedId, PublicKey

SIGNING_PREFIX = b"hutong/event/v1\x00"


class RawEvent(NamedTuple):
    """An event as it travels and is exported: header bytes, signature, payload (if kept)."""

    header: bytes
    signature: bytes
    payload: bytes | None


class Event(NamedTuple):
    """An event whose structure and payload hash have been checked."""

    id: EventId
    header: EventHeader
    raw: RawEvent

    @property
    def author(self) -> PublicKey:
        return self.header.author

    @property
    def feed_id(self) -> FeedId:
        return self.header.feed_id

    @property
    def seq(self) -> int:
        return self.header.seq

    @property
    def payload(self) -> bytes | None:
        return self.raw.payload


def event_id(header: bytes, signature: bytes) -> EventId:
    return EventId(blake2b_256(header, signature))


def sign_event(
    signing: SigningKeyPair,
    kind: Kind,
    feed_id: FeedId,
    seq: int,
    previous: EventId | None,
    timestamp_ms: int,
    payload: bytes,
) -> Event:
    """Build and sign the next event of one of our feeds."""
    if len(payload) > MAX_PAYLOAD_BYTES:
        raise InvalidEvent(f"payload of {len(payload)} bytes is over the limit")
    header = EventHeader(
        kind=kind,
        author=PublicKey(signing.public_key),
        feed_id=feed_id,
        seq=seq,
        previous=previous or NO_PREVIOUS,
        timestamp_ms=timestamp_ms,
        payload_length=len(payload),
        payload_hash=blake2b_256(payload),
    )
    raw_header = header.pack()
    signature = signing.sign(SIGNING_PREFIX + raw_header)
    return Event(event_id(raw_header, signature), header, RawEvent(raw_header, signature, payload))


def check_event(raw: RawEvent) -> Event:
    """Parse the header and check sizes and the payload hash (not the signature)."""
    if len(raw.signature) != SIGNATURE_BYTES:
        raise InvalidEvent("an event signature is 64 bytes")
    header = unpack_header(raw.header)
    if raw.payload is not None:
        if len(raw.payload) != header.payload_length:
            raise InvalidEvent("payload length does not match the header")
        if blake2b_256(raw.payload) != header.payload_hash:
            raise InvalidEvent("payload does not match the hash in the header")
    return Event(event_id(raw.header, raw.signature), header, raw)


def signature_is_valid(raw: RawEvent, author: bytes) -> bool:
    """True when the signature over the header verifies under ``author``."""
    if len(raw.header) != HEADER_BYTES:
        return False
    return verify_signature(author, SIGNING_PREFIX + raw.header, raw.signature)
