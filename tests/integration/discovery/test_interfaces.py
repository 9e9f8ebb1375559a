"""Address changes: refresh_interfaces(), the poller, and peers that change addresses."""

from __future__ import annotations

import contextlib
import secrets
import time

from sync.discovery import SERVICE_TYPE, AddressChange, PeerSighting
from tests.integration.discovery.helpers import LOOPBACK, Node, RawZeroconf, StartNode, raw_info


class Addresses:
    """An address source the test can change, standing in for the host's interfaces."""

    def __init__(self, *addresses: str) -> None:
        self.current = frozenset(addresses)

    def __call__(self) -> frozenset[str]:
        return self.current


def addresses_seen(observer: Node, peer: Node) -> tuple[str, ...] | None:
    sighting = observer.listener.latest(peer.device_id)
    return None if sighting is None else sighting.addresses


def test_address_changes_reach_peers(start_node: StartNode) -> None:
    alice_addresses, dave_addresses = Addresses(LOOPBACK), Addresses(LOOPBACK)
    alice = start_node("Alice", address_source=alice_addresses, poll_interval=None)
    dave = start_node("Dave", address_source=dave_addresses, poll_interval=0.1)
    bob = start_node("Bob")
    bob.listener.wait_for(
        lambda: bob.sees(alice) and bob.sees(dave), timeout=30.0, what="Bob to see Alice, Dave"
    )

    # An explicit refresh with nothing changed re-announces and keeps Alice visible.
    assert alice.discovery.refresh_interfaces() is None
    carol = start_node("Carol")
    carol.listener.wait_for(lambda: carol.sees(alice), timeout=30.0, what="Carol to see Alice")

    # An explicit refresh after a change withdraws the old address and announces the new one.
    alice_addresses.current = frozenset({"127.0.0.2"})
    change = alice.discovery.refresh_interfaces()
    assert change == AddressChange(added=frozenset({"127.0.0.2"}), removed=frozenset({LOOPBACK}))

    ours = {n.discovery.service_name for n in (alice, dave, bob, carol)}
    # The poller notices a change on its own.
    dave_addresses.current = frozenset({"127.0.0.2", LOOPBACK})

    for observer in (bob, carol):
        observer.listener.wait_for(
            lambda observer=observer: addresses_seen(observer, alice) == ("127.0.0.2",),
            timeout=30.0,
            what="Alice's new address, and only it",
        )
        observer.listener.wait_for(
            lambda observer=observer: addresses_seen(observer, dave) == (LOOPBACK, "127.0.0.2"),
            timeout=30.0,
            what="Dave's added address",
        )
        assert observer.listener.downs(ours) == []
    assert [s.addresses for s in bob.listener.ups({alice.device_id})] == [
        (LOOPBACK,),
        ("127.0.0.2",),
    ]


def test_peer_changing_addresses_without_goodbyes_settles_on_the_new_ones(
    start_node: StartNode, raw_zeroconf: RawZeroconf
) -> None:
    device_id = secrets.token_hex(32)
    instance = f"mover-{secrets.token_hex(3)}"
    raw_zeroconf.register(raw_info(instance, {"v": "1", "id": device_id}, address="127.0.0.3"))
    node = start_node("Observer", poll_interval=0.2)
    node.listener.wait_for(
        lambda: node.listener.latest(device_id) is not None, timeout=30.0, what="the peer"
    )
    time.sleep(1.1)  # RFC 6762 §10.2 only flushes records received more than a second ago

    def settled() -> bool:
        latest: PeerSighting | None = node.listener.latest(device_id)
        return latest is not None and latest.addresses == ("127.0.0.4",)

    moved = raw_info(instance, {"v": "1", "id": device_id}, address="127.0.0.4")
    raw_zeroconf.update(moved)
    with contextlib.suppress(AssertionError):  # a soft first try: re-announced after 2 s
        node.listener.wait_for(settled, timeout=2.0, what="the stale address to go")
    if not settled():
        # Another process's query made the responder repeat the old address within the last
        # second, so the first announcement could not flush it; a later one always does.
        raw_zeroconf.update(moved)
        node.listener.wait_for(settled, timeout=30.0, what="the stale address to go")
    assert node.listener.downs({f"{instance}.{SERVICE_TYPE}"}) == []
