from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.identity import format_safety_number, safety_number


@settings(max_examples=20)
@given(st.binary(min_size=32, max_size=32), st.binary(min_size=32, max_size=32))
def test_safety_number_is_60_digits_and_the_same_from_both_sides(a: bytes, b: bytes) -> None:
    number = safety_number(a, b)
    assert len(number) == 60 and number.isdigit()
    assert safety_number(b, a) == number


def test_a_different_key_changes_the_number() -> None:
    a, b, c = bytes(32), bytes([1] * 32), bytes([2] * 32)
    assert safety_number(a, b) != safety_number(a, c)


def test_formatting_is_three_lines_of_four_groups() -> None:
    lines = format_safety_number("0" * 60).splitlines()
    assert [len(line.split()) for line in lines] == [4, 4, 4]
