"""The app.update body from a peer: mutated bytes or any JSON in its fields raise only
InvalidInput, and what decodes encodes back to a body that decodes the same."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from core.bodies import decode_body
from core.errors import InvalidInput
from core.miniprograms.bodies import AppUpdateBody
from tests.unit.core.miniprograms.golden_apps import app_vectors

VALID = bytes.fromhex(app_vectors()["app-update-body"])
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def decode(data: bytes) -> AppUpdateBody | None:
    try:
        return AppUpdateBody.decode(decode_body(data))
    except InvalidInput:
        return None


def test_a_valid_body_round_trips() -> None:
    body = decode(VALID)
    assert body is not None and body.encode() == VALID


@given(st.data())
def test_mutated_bodies_raise_only_invalid_input(data: st.DataObject) -> None:
    mutated = bytearray(VALID)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(mutated) - 1))
        mutated[at] = data.draw(st.integers(0, 255))
    decoded = decode(bytes(mutated))
    if decoded is not None:
        assert decode(decoded.encode()) == decoded


@given(JSON, JSON)
def test_any_json_in_the_fields_raises_only_invalid_input(update: object, other: object) -> None:
    for body in (
        {"t": "app.update", "p": "ab" * 32, "s": "cd" * 16, "u": update},
        {"t": "app.update", "p": other, "s": "cd" * 16, "u": {"v": 1, "after": update}},
        {
            "t": "app.update",
            "p": "ab" * 32,
            "s": other,
            "u": {
                "v": 1,
                "author": "a",
                "seq": 1,
                "after": {},
                "update": {"payload": update, "info": other},
            },
        },
    ):
        decoded = decode(json.dumps(body).encode())
        if decoded is not None:
            assert decode(decoded.encode()) == decoded
