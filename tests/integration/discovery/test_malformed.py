"""Adverts from other software (or attackers) that we cannot read are ignored, not raised."""

from __future__ import annotations

import logging
import secrets
import time

import pytest

from sync.discovery import SERVICE_TYPE
from tests.integration.discovery.helpers import RawZeroconf, StartNode, raw_info

GOOD_ID = secrets.token_hex(32)

MALFORMED: dict[str, tuple[dict[str, str | None], int]] = {
    "no-version": ({"id": secrets.token_hex(32)}, 4000),
    "no-id": ({"v": "1"}, 4000),
    "version-word": ({"v": "one", "id": secrets.token_hex(32)}, 4000),
    "version-zero": ({"v": "0", "id": secrets.token_hex(32)}, 4000),
    "version-huge": ({"v": "99999999", "id": secrets.token_hex(32)}, 4000),
    "id-short": ({"v": "1", "id": secrets.token_hex(31)}, 4000),
    "id-not-hex": ({"v": "1", "id": "z" * 64}, 4000),
    "id-no-value": ({"v": "1", "id": None}, 4000),
    "port-zero": ({"v": "1", "id": secrets.token_hex(32)}, 0),
}


def test_malformed_adverts_are_ignored(
    start_node: StartNode, raw_zeroconf: RawZeroconf, caplog: pytest.LogCaptureFixture
) -> None:
    tag = secrets.token_hex(3)
    for instance, (properties, port) in MALFORMED.items():
        raw_zeroconf.register(raw_info(f"{instance}-{tag}", properties, port))
    raw_zeroconf.register(raw_info(f"good-{tag}", {"v": "1", "id": GOOD_ID}))

    with caplog.at_level(logging.DEBUG, logger="sync.discovery"):
        node = start_node("Observer")
        node.listener.wait_for(
            lambda: node.listener.latest(GOOD_ID) is not None, timeout=30.0, what="the good one"
        )
        time.sleep(0.3)  # the malformed ones arrived in the same answers as the good one

    ours = {f"{instance}-{tag}.{SERVICE_TYPE}" for instance in [*MALFORMED, "good"]}
    assert node.peer_names(ours) == {f"good-{tag}.{SERVICE_TYPE}"}
    assert [s.service_name for s in node.listener.ups() if s.service_name in ours] == [
        f"good-{tag}.{SERVICE_TYPE}"
    ]
    ignored = {r.getMessage().split("'")[1] for r in caplog.records if "ignoring" in r.message}
    assert ignored >= ours - {f"good-{tag}.{SERVICE_TYPE}"}


def test_advert_turning_malformed_takes_the_peer_down(
    start_node: StartNode, raw_zeroconf: RawZeroconf
) -> None:
    device_id = secrets.token_hex(32)
    info = raw_info(f"flaky-{device_id[:6]}", {"v": "1", "id": device_id})
    raw_zeroconf.register(info)
    node = start_node("Observer")
    node.listener.wait_for(
        lambda: node.listener.latest(device_id) is not None, timeout=30.0, what="the peer"
    )

    raw_zeroconf.update(raw_info(info.get_name(), {"v": "1", "id": "not hex"}))

    node.listener.wait_for(
        lambda: node.listener.downs({info.name}) == [info.name],
        timeout=30.0,
        what="the peer to go down",
    )
    assert node.peer_names({info.name}) == set()
