"""The peer table: change detection and filtering of our own advert."""

from __future__ import annotations

from sync.discovery import PeerSighting, PeerTable

OWN_ID = "aa" * 32
PEER_ID = "bb" * 32


def seen(
    name: str = "Bob (bbbbbb)._hutong._tcp.local.",
    device_id: str = PEER_ID,
    addresses: tuple[str, ...] = ("10.0.0.2",),
    at: float = 1.0,
) -> PeerSighting:
    return PeerSighting(name, device_id, 1, addresses, 4000, at)


def test_new_peer_is_a_change_then_repeats_are_not() -> None:
    table = PeerTable(OWN_ID)
    assert table.observe(seen(at=1.0))
    assert not table.observe(seen(at=2.0))
    assert table.snapshot() == (seen(at=2.0),)


def test_changed_addresses_are_a_change() -> None:
    table = PeerTable(OWN_ID)
    table.observe(seen())
    assert table.observe(seen(addresses=("10.0.0.3",)))


def test_own_device_id_is_never_a_peer() -> None:
    table = PeerTable(OWN_ID)
    assert not table.observe(seen(device_id=OWN_ID))
    assert table.snapshot() == ()


def test_own_service_name_is_never_a_peer_whatever_its_case() -> None:
    table = PeerTable(OWN_ID)
    table.own_service_name = "Alice (aaaaaa)._hutong._tcp.local."
    assert not table.observe(seen(name="ALICE (aaaaaa)._hutong._tcp.local."))
    assert table.is_own_name("alice (AAAAAA)._hutong._tcp.local.")
    assert table.snapshot() == ()


def test_forget_reports_whether_the_peer_was_known() -> None:
    table = PeerTable(OWN_ID)
    table.observe(seen())
    assert table.forget("bob (bbbbbb)._hutong._tcp.local.")
    assert not table.forget("Bob (bbbbbb)._hutong._tcp.local.")


def test_snapshot_is_ordered_by_name() -> None:
    table = PeerTable(OWN_ID)
    table.observe(seen(name="b._hutong._tcp.local."))
    table.observe(seen(name="a._hutong._tcp.local."))
    assert [p.service_name for p in table.snapshot()] == [
        "a._hutong._tcp.local.",
        "b._hutong._tcp.local.",
    ]


def test_clear_forgets_peers_and_our_name() -> None:
    table = PeerTable(OWN_ID)
    table.own_service_name = "x._hutong._tcp.local."
    table.observe(seen())
    table.clear()
    assert table.snapshot() == ()
    assert table.own_service_name is None
