"""Which interface addresses we announce, and whether the set changed."""

from __future__ import annotations

import ifaddr
import pytest

from sync.discovery import AddressChange, diff_addresses, host_addresses

ADAPTERS = [
    ifaddr.Adapter(
        "lo", "lo", [ifaddr.IP("127.0.0.1", 8, "lo"), ifaddr.IP(("::1", 0, 0), 128, "lo")], 1
    ),
    ifaddr.Adapter(
        "eth0",
        "eth0",
        [
            ifaddr.IP("192.168.1.20", 24, "eth0"),
            ifaddr.IP(("fd00::2", 0, 0), 64, "eth0"),
            ifaddr.IP(("fe80::fc:ff:fe00:1", 0, 4), 64, "eth0"),
        ],
        4,
    ),
    ifaddr.Adapter("odd", "odd", [ifaddr.IP("0.0.0.0", 0, "odd")], 5),
]


def test_equal_sets_are_no_change() -> None:
    assert diff_addresses(frozenset({"10.0.0.1"}), frozenset({"10.0.0.1"})) is None
    assert diff_addresses(frozenset(), frozenset()) is None


def test_change_lists_added_and_removed() -> None:
    change = diff_addresses(frozenset({"10.0.0.1", "fd00::1"}), frozenset({"10.0.0.2", "fd00::1"}))
    assert change == AddressChange(added=frozenset({"10.0.0.2"}), removed=frozenset({"10.0.0.1"}))


def test_losing_every_address_is_a_change() -> None:
    change = diff_addresses(frozenset({"10.0.0.1"}), frozenset())
    assert change == AddressChange(added=frozenset(), removed=frozenset({"10.0.0.1"}))


def test_all_interfaces_skips_loopback_and_unspecified() -> None:
    assert host_addresses(None, ADAPTERS) == {"192.168.1.20", "fd00::2", "fe80::fc:ff:fe00:1"}


def test_listed_interfaces_keep_only_addresses_the_host_has() -> None:
    assert host_addresses(["127.0.0.1", "10.9.9.9"], ADAPTERS) == {"127.0.0.1"}


def test_listed_interfaces_compare_canonical_text() -> None:
    assert host_addresses(["FD00:0::2"], ADAPTERS) == {"fd00::2"}


def test_rejects_an_interface_that_is_not_an_address() -> None:
    with pytest.raises(ValueError):
        host_addresses(["eth0"], ADAPTERS)
