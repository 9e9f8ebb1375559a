"""Building a PeerSighting from what zeroconf resolved."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.discovery import MalformedAdvert, PeerSighting, sighting_from_service

DEVICE_ID = "cd" * 32
PROPERTIES: dict[bytes, bytes | None] = {b"v": b"3", b"id": DEVICE_ID.encode()}
NAME = "Bob (cdcdcd)._hutong._tcp.local."


def sighting(**overrides: object) -> PeerSighting:
    arguments: dict[str, object] = {
        "service_name": NAME,
        "properties": PROPERTIES,
        "addresses": ["127.0.0.1"],
        "port": 4000,
        "now": 12.5,
    }
    arguments.update(overrides)
    return sighting_from_service(**arguments)  # type: ignore[arg-type]


def test_carries_the_hints_port_and_clock_reading() -> None:
    assert sighting() == PeerSighting(NAME, DEVICE_ID, 3, ("127.0.0.1",), 4000, 12.5)


def test_addresses_are_deduplicated_ipv4_first_and_canonical() -> None:
    found = sighting(addresses=["fe80::1%2", "10.0.0.2", "::0001", "10.0.0.1", "10.0.0.2"])
    assert found.addresses == ("10.0.0.1", "10.0.0.2", "::1", "fe80::1%2")


@pytest.mark.parametrize("port", [None, 0, -1, 65536])
def test_rejects_unusable_ports(port: int | None) -> None:
    with pytest.raises(MalformedAdvert):
        sighting(port=port)


@pytest.mark.parametrize("addresses", [[], ["not-an-ip"], ["127.0.0.1", "300.1.1.1"]])
def test_rejects_unusable_addresses(addresses: list[str]) -> None:
    with pytest.raises(MalformedAdvert):
        sighting(addresses=addresses)


def test_rejects_malformed_txt() -> None:
    with pytest.raises(MalformedAdvert):
        sighting(properties={b"v": b"1"})


def test_same_advert_ignores_last_seen_only() -> None:
    first = sighting(now=1.0)
    assert first.same_advert(sighting(now=2.0))
    assert not first.same_advert(sighting(port=4001))
    assert not first.same_advert(sighting(addresses=["127.0.0.2"]))


@given(
    properties=st.dictionaries(st.binary(max_size=4), st.one_of(st.none(), st.binary(max_size=70))),
    addresses=st.lists(st.one_of(st.ip_addresses().map(str), st.text(max_size=10)), max_size=4),
    port=st.one_of(st.none(), st.integers(-5, 70_000)),
)
def test_fuzz_returns_sighting_or_raises_malformed(
    properties: dict[bytes, bytes | None], addresses: list[str], port: int | None
) -> None:
    try:
        found = sighting(properties=properties, addresses=addresses, port=port)
    except MalformedAdvert:
        return
    assert found.addresses
    assert 1 <= found.port <= 65535
