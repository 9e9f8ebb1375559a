"""The zeroconf records we publish, built without touching the network."""

from __future__ import annotations

from zeroconf import DNSAddress

from sync.discovery import SERVICE_TYPE, ServiceAdvert
from sync.discovery.records import address_goodbye, service_info

DEVICE_ID = "12" * 32
ADVERT = ServiceAdvert("Alice", 4000, 2, DEVICE_ID)
NAME = f"Alice (121212).{SERVICE_TYPE}"


def test_service_info_announces_txt_port_and_addresses() -> None:
    info = service_info(ADVERT, NAME, "host.local.", {"10.0.0.1", "fd00::1"})
    assert info.properties == {b"v": b"2", b"id": DEVICE_ID.encode()}
    assert info.port == 4000
    assert info.server == "host.local."
    assert sorted(info.parsed_addresses()) == ["10.0.0.1", "fd00::1"]


def test_goodbye_withdraws_only_the_removed_addresses() -> None:
    info = service_info(ADVERT, NAME, "host.local.", {"10.0.0.2"})
    goodbye = address_goodbye(info, {"10.0.0.1"})
    assert goodbye is not None
    records = [record for record, _ in goodbye.answers]
    assert len(records) == 1
    assert isinstance(records[0], DNSAddress)
    assert records[0].ttl == 0
    assert records[0].address == bytes([10, 0, 0, 1])
    assert records[0].name == "host.local."


def test_no_goodbye_when_nothing_was_removed() -> None:
    assert address_goodbye(service_info(ADVERT, NAME, "host.local.", set()), set()) is None
