"""Starting and stopping: no thread survives stop(), which is idempotent."""

from __future__ import annotations

import secrets
import threading

import pytest

from sync.discovery import DiscoveryUnavailable, LanDiscovery, PeerSighting, ServiceAdvert
from tests.integration.discovery.helpers import LOOPBACK, RawZeroconf, RecordingListener, raw_info


def sees(discovery: LanDiscovery, device_id: str) -> bool:
    return any(p.device_id_hint == device_id for p in discovery.peers())


def advert(name: str = "Alice") -> ServiceAdvert:
    return ServiceAdvert(name, 4000, 1, secrets.token_hex(32))


def test_stop_joins_every_thread_and_is_idempotent() -> None:
    before = set(threading.enumerate())
    discovery = LanDiscovery(advert(), RecordingListener(), interfaces=[LOOPBACK])
    discovery.stop()  # before start: nothing to do

    discovery.start()
    assert set(threading.enumerate()) - before, "zeroconf runs on a thread of its own"
    discovery.stop()
    discovery.stop()

    assert set(threading.enumerate()) == before
    assert discovery.peers() == ()
    assert discovery.service_name is None


def test_stop_during_probing_fails_the_wait_for_registration() -> None:
    discovery = LanDiscovery(advert(), RecordingListener(), interfaces=[LOOPBACK])
    discovery.start()
    discovery.stop()
    with pytest.raises(DiscoveryUnavailable):
        discovery.wait_registered(timeout=1.0)


def test_can_start_again_after_stop(raw_zeroconf: RawZeroconf) -> None:
    peer_id = secrets.token_hex(32)
    raw_zeroconf.register(raw_info(f"raw-{peer_id[:6]}", {"v": "1", "id": peer_id}))
    listener = RecordingListener()
    with LanDiscovery(advert(), listener, interfaces=[LOOPBACK]) as discovery:
        with pytest.raises(RuntimeError):
            discovery.start()
        listener.wait_for(lambda: sees(discovery, peer_id), timeout=30.0, what="first run")
    assert discovery.peers() == ()
    with discovery:
        listener.wait_for(lambda: sees(discovery, peer_id), timeout=30.0, what="second run")

    assert [s.device_id_hint for s in listener.ups({peer_id})] == [peer_id, peer_id]


def test_unknown_interface_address_is_unavailable() -> None:
    discovery = LanDiscovery(advert(), RecordingListener(), interfaces=["192.0.2.254"])
    with pytest.raises(DiscoveryUnavailable):
        discovery.start()


class ExplodingListener(RecordingListener):
    def peer_up(self, sighting: PeerSighting) -> None:
        super().peer_up(sighting)
        raise RuntimeError("listener bug")


def test_a_failing_listener_does_not_stop_discovery(
    raw_zeroconf: RawZeroconf, caplog: pytest.LogCaptureFixture
) -> None:
    ids = [secrets.token_hex(32) for _ in range(2)]
    for peer_id in ids:
        raw_zeroconf.register(raw_info(f"raw-{peer_id[:6]}", {"v": "1", "id": peer_id}))
    listener = ExplodingListener()
    with LanDiscovery(advert(), listener, interfaces=[LOOPBACK]) as discovery:
        listener.wait_for(
            lambda: all(sees(discovery, i) for i in ids),
            timeout=30.0,
            what="both despite the failures",
        )
    assert sorted(s.device_id_hint for s in listener.ups(ids)) == sorted(ids)
    failures = [r for r in caplog.records if r.exc_info and "listener bug" in str(r.exc_info[1])]
    assert len(failures) >= 2
