from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import InvalidInput
from core.identity import display_id, parse_display_id

_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@given(st.binary(min_size=32, max_size=32))
def test_display_ids_round_trip_and_have_eight_groups_of_seven(key: bytes) -> None:
    text = display_id(key)
    groups = text.split("-")
    assert len(groups) == 8 and all(len(g) == 7 for g in groups)
    assert parse_display_id(text) == key
    assert parse_display_id(text.lower().replace("-", " ")) == key


@given(st.binary(min_size=32, max_size=32), st.integers(0, 55), st.integers(1, 31))
def test_any_single_character_typo_is_detected(key: bytes, position: int, shift: int) -> None:
    compact = display_id(key).replace("-", "")
    wrong = _ALPHABET[(_ALPHABET.index(compact[position]) + shift) % 32]
    typo = compact[:position] + wrong + compact[position + 1 :]
    with pytest.raises(InvalidInput):
        parse_display_id(typo)


@pytest.mark.parametrize("text", ["", "ABC", "1" * 56, "A" * 55])
def test_malformed_display_ids_are_rejected(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_display_id(text)
