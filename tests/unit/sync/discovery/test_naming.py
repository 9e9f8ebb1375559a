"""Instance names: valid DNS-SD labels, with room left for zeroconf's conflict renaming."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from zeroconf import service_type_name

from sync.discovery import SERVICE_TYPE, instance_name, service_name
from sync.discovery.naming import truncate_utf8

DEVICE_ID = "3fa2c1" + "0" * 58


def test_appends_a_short_device_id_suffix() -> None:
    assert instance_name("Alice's laptop", DEVICE_ID) == "Alice's laptop (3fa2c1)"


def test_service_name_is_fully_qualified() -> None:
    assert service_name("Alice (3fa2c1)") == "Alice (3fa2c1)._hutong._tcp.local."


@pytest.mark.parametrize(
    ("display_name", "expected"),
    [
        ("Dr. Wang", "Dr Wang"),
        ("a\x00b\x1fc\x7fd", "a b c d"),
        ("  spaced \t out\n", "spaced out"),
        ("", "Hutong"),
        ("...", "Hutong"),
        ("王小明", "王小明"),
    ],
)
def test_cleans_the_display_name(display_name: str, expected: str) -> None:
    assert instance_name(display_name, DEVICE_ID) == f"{expected} (3fa2c1)"


def test_truncates_long_names_to_leave_room_for_renames() -> None:
    name = instance_name("x" * 200, DEVICE_ID)
    assert len(name.encode()) == 59
    assert name.endswith("x (3fa2c1)")


def test_truncation_never_splits_a_character() -> None:
    assert truncate_utf8("王" * 20, 10) == "王" * 3
    assert truncate_utf8("ab\u00e9", 3) == "ab"


def test_truncation_drops_a_dangling_joiner() -> None:
    family = "\U0001f468\u200d\U0001f469"  # man ZWJ woman
    assert truncate_utf8(family, 7) == "\U0001f468"


@given(st.text(max_size=120))
def test_any_display_name_gives_a_valid_label(display_name: str) -> None:
    name = instance_name(display_name, DEVICE_ID)
    assert len(name.encode()) <= 59
    assert "." not in name
    # zeroconf renames a conflicting "<name>" to "<name>-2", "-3", ...: those must stay valid.
    for candidate in (name, f"{name}-999"):
        assert service_type_name(service_name(candidate)) == SERVICE_TYPE
