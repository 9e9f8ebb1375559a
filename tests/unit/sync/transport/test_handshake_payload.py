"""The identity payload: exact layout and every way it can be malformed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.transport import HandshakeError
from sync.transport.handshake_payload import (
    HEADER_LEN,
    MAX_HELLO_LEN,
    HandshakePayload,
    decode_handshake_payload,
)

KEY = bytes(range(32))
SIGNATURE = bytes(range(64, 128))


def test_layout_is_version_key_signature_length_hello() -> None:
    encoded = HandshakePayload(KEY, SIGNATURE, b"hello").encode()
    assert HEADER_LEN == 99
    assert encoded == b"\x01" + KEY + SIGNATURE + b"\x00\x05" + b"hello"
    assert decode_handshake_payload(encoded) == HandshakePayload(KEY, SIGNATURE, b"hello")


@given(hello=st.binary(max_size=MAX_HELLO_LEN))
def test_round_trip(hello: bytes) -> None:
    payload = HandshakePayload(KEY, SIGNATURE, hello)
    assert decode_handshake_payload(payload.encode()) == payload


def _with_hello_length(length: int, actual: int) -> bytes:
    return b"\x01" + KEY + SIGNATURE + length.to_bytes(2, "big") + bytes(actual)


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (b"", "shorter than 99"),
        (b"\x01" + KEY + SIGNATURE + b"\x00", "shorter than 99"),
        (b"\x02" + KEY + SIGNATURE + b"\x00\x00", "version 2"),
        (b"\x00" + KEY + SIGNATURE + b"\x00\x00", "version 0"),
        (_with_hello_length(1025, 1025), "exceeds 1024"),
        (_with_hello_length(3, 2), "fields say 102"),
        (_with_hello_length(3, 4), "fields say 102"),
        (_with_hello_length(0, 1), "fields say 99"),
    ],
)
def test_malformed_payloads_are_refused(data: bytes, match: str) -> None:
    with pytest.raises(HandshakeError, match=match):
        decode_handshake_payload(data)


def test_our_own_payload_is_checked_when_built() -> None:
    with pytest.raises(ValueError):
        HandshakePayload(KEY[:31], SIGNATURE)
    with pytest.raises(ValueError):
        HandshakePayload(KEY, SIGNATURE[:63])
    with pytest.raises(ValueError):
        HandshakePayload(KEY, SIGNATURE, bytes(MAX_HELLO_LEN + 1))
