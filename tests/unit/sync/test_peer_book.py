from __future__ import annotations

from sync.backoff import Backoff
from sync.peer_book import PeerBook
from sync.status import PeerSource, PeerState


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def book(clock: Clock) -> PeerBook:
    return PeerBook(clock, lambda: 1000, lambda: 0.5, Backoff(base=1.0, factor=2.0, ceiling=8.0))


def test_backoff_grows_and_is_capped() -> None:
    backoff = Backoff(base=1.0, factor=2.0, ceiling=8.0)
    assert [backoff.delay(n, 0.5) for n in range(6)] == [0.0, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff.delay(3, 0.0) == 3.0 and backoff.delay(3, 0.999) < 6.0


def test_failed_dials_wait_longer_each_time_and_manual_adds_retry_now() -> None:
    clock = Clock()
    peers = book(clock)
    peers.add_address(None, ("10.0.0.2", 7733), PeerSource.MANUAL)
    (due,) = peers.due()
    peers.dialing(due[0])
    assert peers.due() == []
    peers.dial_failed(due[0], "connection refused")
    assert (
        peers.snapshot()[0].state is PeerState.FAILED
        and peers.snapshot()[0].reason == "connection refused"
    )
    clock.now += 0.9
    assert peers.due() == []
    clock.now += 0.2
    assert len(peers.due()) == 1
    peers.dial_failed(due[0], "again")
    clock.now += 1.1
    assert peers.due() == []
    peers.add_address(None, ("10.0.0.2", 7733), PeerSource.MANUAL)
    assert len(peers.due()) == 1


def test_an_address_entry_becomes_the_identity_once_connected() -> None:
    clock = Clock()
    peers = book(clock)
    identity = bytes(range(32))
    peers.add_address(None, ("10.0.0.2", 7733), PeerSource.MANUAL)
    (key, address, expected) = peers.due()[0]
    assert expected is None
    peers.dialing(key)
    peers.connected(identity, b"not a card", address, incoming=False, dial_key=key)
    (status,) = peers.snapshot()
    assert (
        status.identity == identity
        and status.state is PeerState.SYNCING
        and status.addresses == ("10.0.0.2:7733",)
    )
    peers.session_state(identity, PeerState.IDLE, sent=5, received=7)
    assert peers.snapshot()[0].events_received == 7
    assert peers.penalise(identity) == 60.0
    peers.disconnected(identity, "connection lost")
    clock.now += 50
    assert peers.due() == []
    clock.now += 15
    assert peers.due()[0][2] == identity


def test_mdns_sightings_come_and_go() -> None:
    clock = Clock()
    peers = book(clock)
    identity = bytes([7]) * 32
    peers.saw_mdns("bob._hutong._tcp.local.", identity, [("10.0.0.3", 7000)])
    assert peers.due()[0][2] == identity
    peers.lost_mdns("bob._hutong._tcp.local.")
    assert peers.due() == []
