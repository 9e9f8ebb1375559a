"""ServiceAdvert validates what we are about to announce."""

from __future__ import annotations

import pytest

from sync.discovery import ServiceAdvert

DEVICE_ID = "ef" * 32


def test_accepts_a_valid_advert() -> None:
    advert = ServiceAdvert("Alice", 4000, 1, DEVICE_ID, addresses=("10.0.0.1", "fd00::1"))
    assert advert.addresses == ("10.0.0.1", "fd00::1")


@pytest.mark.parametrize(
    "change",
    [
        {"port": 0},
        {"port": 65536},
        {"protocol_version": 0},
        {"protocol_version": 65536},
        {"device_id": DEVICE_ID.upper()},
        {"device_id": DEVICE_ID[:-2]},
        {"addresses": ("not-an-ip",)},
    ],
)
def test_rejects_invalid_fields(change: dict[str, object]) -> None:
    fields: dict[str, object] = {
        "display_name": "Alice",
        "port": 4000,
        "protocol_version": 1,
        "device_id": DEVICE_ID,
    }
    fields.update(change)
    with pytest.raises(ValueError):
        ServiceAdvert(**fields)  # type: ignore[arg-type]
