from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.crypto import SigningKeyPair
from core.errors import InvalidEvent
from core.feeds import (
    HEADER_BYTES,
    MAIN_FEED,
    Kind,
    RawEvent,
    check_event,
    sign_event,
    unpack_header,
)


def test_header_round_trips_and_is_154_bytes() -> None:
    event = sign_event(SigningKeyPair.generate(), Kind.SEALED, MAIN_FEED, 1, None, 5, b"payload")
    assert len(event.raw.header) == HEADER_BYTES == 154
    assert unpack_header(event.raw.header) == event.header
    assert event.header.pack() == event.raw.header


@pytest.mark.parametrize(
    ("offset", "value", "reason"),
    [(0, 0x00, "magic"), (4, 9, "version 9"), (5, 7, "kind 7")],
)
def test_bad_magic_version_and_kind_are_named(offset: int, value: int, reason: str) -> None:
    header = bytearray(
        sign_event(SigningKeyPair.generate(), Kind.PUBLIC, MAIN_FEED, 1, None, 5, b"x").raw.header
    )
    header[offset] = value
    with pytest.raises(InvalidEvent, match=reason):
        unpack_header(bytes(header))


def test_sequence_and_previous_must_agree() -> None:
    keys = SigningKeyPair.generate()
    first = sign_event(keys, Kind.PUBLIC, MAIN_FEED, 1, None, 5, b"x")
    header = bytearray(first.raw.header)
    header[78] = 1  # seq 1 with a previous id
    with pytest.raises(InvalidEvent, match="first event"):
        unpack_header(bytes(header))
    second = sign_event(keys, Kind.PUBLIC, MAIN_FEED, 2, None, 5, b"x")
    with pytest.raises(InvalidEvent, match="first event"):
        unpack_header(second.raw.header)


def test_payload_must_match_its_hash_and_length() -> None:
    event = sign_event(SigningKeyPair.generate(), Kind.PUBLIC, MAIN_FEED, 1, None, 5, b"payload")
    with pytest.raises(InvalidEvent, match="hash"):
        check_event(RawEvent(event.raw.header, event.raw.signature, b"paylOad"))
    with pytest.raises(InvalidEvent, match="length"):
        check_event(RawEvent(event.raw.header, event.raw.signature, b"pay"))
    assert check_event(RawEvent(event.raw.header, event.raw.signature, None)).id == event.id


def test_oversized_payloads_are_refused_before_signing() -> None:
    with pytest.raises(InvalidEvent, match="limit"):
        sign_event(SigningKeyPair.generate(), Kind.PUBLIC, MAIN_FEED, 1, None, 5, bytes(1_048_577))


@given(st.binary(max_size=300))
def test_unpack_header_raises_only_invalid_event(data: bytes) -> None:
    try:
        unpack_header(data)
    except InvalidEvent:
        pass
