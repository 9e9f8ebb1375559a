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


def small_book(clock: Clock) -> PeerBook:
    return PeerBook(
        clock,
        lambda: 1000,
        lambda: 0.5,
        Backoff(base=1.0, factor=2.0, ceiling=8.0),
        max_strangers=3,
        stranger_ttl=100.0,
    )


def visit(peers: PeerBook, clock: Clock, identity: bytes) -> None:
    """A stranger connects to us and leaves."""
    clock.now += 1
    peers.connected(identity, b"", None, incoming=True)
    peers.disconnected(identity, "")


def test_strangers_are_capped_least_recently_active_first_and_known_peers_never() -> None:
    clock = Clock()
    peers = small_book(clock)
    friend, manual = bytes([1]) * 32, ("10.0.0.8", 7733)
    peers.add_address(friend, ("10.0.0.9", 7733), PeerSource.CARD)
    peers.add_address(None, manual, PeerSource.MANUAL)
    online = bytes([2]) * 32
    peers.connected(online, b"", None, incoming=True)  # in use: never forgotten
    for n in range(10, 20):
        visit(peers, clock, bytes([n]) * 32)
    kept = {s.identity for s in peers.snapshot()}
    assert kept == {friend, None, online, bytes([17]) * 32, bytes([18]) * 32, bytes([19]) * 32}
    assert peers.stranger_count == 3 and len(peers) == 6
    visit(peers, clock, bytes([17]) * 32)  # back again: now the most recent
    visit(peers, clock, bytes([20]) * 32)
    assert {s.identity for s in peers.snapshot()} - {friend, None, online} == {
        bytes([17]) * 32,
        bytes([19]) * 32,
        bytes([20]) * 32,
    }


def test_strangers_expire_unless_still_announced_or_penalised() -> None:
    clock = Clock()
    peers = small_book(clock)
    friend, gone, nearby, vandal = (bytes([n]) * 32 for n in (1, 2, 3, 4))
    peers.add_address(friend, ("10.0.0.9", 7733), PeerSource.CARD)
    visit(peers, clock, gone)
    peers.saw_mdns("nearby._hutong._tcp.local.", nearby, [("10.0.0.3", 7000)])
    visit(peers, clock, vandal)
    assert peers.penalise(vandal) == 60.0 and peers.penalise(vandal) == 120.0
    assert peers.is_known(friend) and not peers.is_known(nearby) and not peers.is_known(vandal)
    clock.now += 101
    peers.forget_strangers()
    assert {s.identity for s in peers.snapshot()} == {friend, nearby, vandal}
    assert peers.penalty_left(vandal) > 0 and peers.penalised_count == 1
    clock.now += 120
    peers.forget_strangers()
    assert {s.identity for s in peers.snapshot()} == {friend, nearby}
    peers.lost_mdns("nearby._hutong._tcp.local.")
    clock.now += 101
    peers.forget_strangers()
    assert {s.identity for s in peers.snapshot()} == {friend}


def test_a_penalised_peer_is_not_dialled_until_its_penalty_ends() -> None:
    clock = Clock()
    peers = book(clock)
    friend = bytes([1]) * 32
    peers.add_address(friend, ("10.0.0.9", 7733), PeerSource.CARD)
    peers.connected(friend, b"", None, incoming=True)
    penalties = [peers.penalise(friend) for _ in range(8)]
    assert penalties == [60.0, 120.0, 240.0, 480.0, 960.0, 1920.0, 3600.0, 3600.0]
    peers.disconnected(friend, "sent forged events")
    clock.now += 3599
    assert peers.due() == [] and peers.penalty_left(friend) == 1.0
    clock.now += 2
    assert peers.due()[0][2] == friend
