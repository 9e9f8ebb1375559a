"""TXT record hints: what counts as a readable advert, and that nothing else escapes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.discovery import DiscoveryError, MalformedAdvert, TxtHints, decode_txt, encode_txt

DEVICE_ID = "ab" * 32


def as_properties(txt: dict[str, str]) -> dict[bytes, bytes | None]:
    return {k.encode(): v.encode() for k, v in txt.items()}


def test_round_trip() -> None:
    assert decode_txt(as_properties(encode_txt(7, DEVICE_ID))) == TxtHints(7, DEVICE_ID)


def test_encodes_version_and_id_only() -> None:
    assert encode_txt(1, DEVICE_ID) == {"v": "1", "id": DEVICE_ID}


def test_keys_are_case_insensitive_and_first_occurrence_wins() -> None:
    properties = {b"V": b"2", b"v": b"9", b"ID": DEVICE_ID.upper().encode()}
    assert decode_txt(properties) == TxtHints(2, DEVICE_ID)


def test_unknown_keys_are_ignored() -> None:
    properties = {b"v": b"1", b"id": DEVICE_ID.encode(), b"future": None, b"x": b"\xff"}
    assert decode_txt(properties) == TxtHints(1, DEVICE_ID)


@pytest.mark.parametrize(
    "version",
    [None, b"", b"0", b"01", b"-1", b"+1", b"1.0", b" 1", b"65536", b"999999", b"one", b"\xff"],
)
def test_rejects_bad_versions(version: bytes | None) -> None:
    with pytest.raises(MalformedAdvert):
        decode_txt({b"v": version, b"id": DEVICE_ID.encode()})


@pytest.mark.parametrize(
    "device_id",
    [
        None,
        b"",
        DEVICE_ID[:-1].encode(),
        (DEVICE_ID + "a").encode(),
        b"g" * 64,
        b"0x" + b"a" * 62,
        ("é" * 32).encode(),
        bytes(32),  # raw key bytes instead of hex
    ],
)
def test_rejects_bad_device_ids(device_id: bytes | None) -> None:
    with pytest.raises(MalformedAdvert):
        decode_txt({b"v": b"1", b"id": device_id})


@pytest.mark.parametrize("missing", [b"v", b"id"])
def test_rejects_missing_keys(missing: bytes) -> None:
    properties: dict[bytes, bytes | None] = {b"v": b"1", b"id": DEVICE_ID.encode()}
    del properties[missing]
    with pytest.raises(MalformedAdvert):
        decode_txt(properties)


def test_accepts_the_largest_version() -> None:
    assert decode_txt({b"v": b"65535", b"id": DEVICE_ID.encode()}).protocol_version == 65535


properties_strategy = st.dictionaries(
    st.one_of(st.binary(max_size=12), st.sampled_from([b"v", b"V", b"id", b"Id"])),
    st.one_of(
        st.none(),
        st.binary(max_size=80),
        st.integers(0, 70_000).map(lambda n: str(n).encode()),
        st.text("0123456789abcdefABCDEF", min_size=60, max_size=68).map(str.encode),
    ),
    max_size=6,
)


@given(properties_strategy)
def test_fuzz_returns_hints_or_raises_malformed(properties: dict[bytes, bytes | None]) -> None:
    try:
        hints = decode_txt(properties)
    except DiscoveryError as exc:
        assert isinstance(exc, MalformedAdvert)
        return
    assert 1 <= hints.protocol_version <= 65535
    assert len(hints.device_id_hint) == 64
    assert hints.device_id_hint == hints.device_id_hint.lower()
    int(hints.device_id_hint, 16)
