from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.crypto import EncryptionKeyPair
from core.envelopes import (
    decrypt_with_key,
    encrypt_with_key,
    envelope_key_id,
    key_id,
    open_sealed,
    recipient_count,
    seal,
)
from core.errors import InvalidEnvelope

PEOPLE = [EncryptionKeyPair(bytes([i]) * 32) for i in range(1, 6)]


@given(st.binary(max_size=500), st.integers(1, 5))
def test_every_recipient_and_only_recipients_can_open(body: bytes, count: int) -> None:
    recipients = PEOPLE[:count]
    envelope = seal(body, [p.public_key for p in recipients], b"ad")
    assert recipient_count(envelope) == count
    for person in recipients:
        assert open_sealed(envelope, person, b"ad") == body
    for outsider in PEOPLE[count:]:
        assert open_sealed(envelope, outsider, b"ad") is None


def test_envelopes_are_bound_to_their_feed() -> None:
    envelope = seal(b"body", [PEOPLE[0].public_key], b"author-1|feed")
    assert open_sealed(envelope, PEOPLE[0], b"author-2|feed") is None


@given(st.integers(min_value=0), st.integers(1, 255))
def test_tampering_never_yields_a_different_body(position: int, flip: int) -> None:
    envelope = bytearray(seal(b"secret body", [PEOPLE[0].public_key], b"ad"))
    envelope[position % len(envelope)] ^= flip
    try:
        assert open_sealed(bytes(envelope), PEOPLE[0], b"ad") in (None, b"secret body")
    except InvalidEnvelope:
        pass


def test_duplicate_recipients_are_sealed_once_and_limits_hold() -> None:
    envelope = seal(b"x", [PEOPLE[0].public_key] * 3, b"")
    assert recipient_count(envelope) == 1
    with pytest.raises(InvalidEnvelope):
        seal(b"x", [], b"")
    with pytest.raises(InvalidEnvelope, match="valid X25519"):
        seal(b"x", [bytes(32)], b"")


@given(st.binary(max_size=300))
def test_symmetric_envelopes_open_only_with_their_key(body: bytes) -> None:
    key, other = bytes(range(32)), bytes(range(1, 33))
    envelope = encrypt_with_key(body, key, b"ad")
    assert envelope_key_id(envelope) == key_id(key) != key_id(other)
    assert decrypt_with_key(envelope, key, b"ad") == body
    assert decrypt_with_key(envelope, other, b"ad") is None
    assert decrypt_with_key(envelope, key, b"other ad") is None


@given(st.binary(max_size=200))
def test_envelope_decoders_raise_only_their_own_errors(data: bytes) -> None:
    for decode in (
        lambda: open_sealed(data, PEOPLE[0], b""),
        lambda: decrypt_with_key(data, bytes(32), b""),
        lambda: recipient_count(data),
    ):
        try:
            decode()
        except InvalidEnvelope:
            pass
