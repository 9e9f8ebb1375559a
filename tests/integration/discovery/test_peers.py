"""Peers on 127.0.0.1 find each other, never list themselves, and leave cleanly."""

from __future__ import annotations

import time

from tests.integration.discovery.helpers import LOOPBACK, Node, StartNode


def wait_until_all_meet(nodes: list[Node], deadline: float) -> None:
    for node in nodes:
        others = [other for other in nodes if other is not node]
        node.listener.wait_for(
            lambda node=node, others=others: all(node.sees(o) for o in others),
            timeout=deadline - time.monotonic(),
            what=f"{node.advert.display_name} to see the others",
        )


def test_peers_meet_without_listing_themselves_and_part(start_node: StartNode) -> None:
    started = time.monotonic()
    alice, bob, carol = (start_node(n, clock=lambda: 1234.5) for n in ("Alice", "Bob", "Carol"))
    # A second instance of Alice's device (same id, other name) is not a peer of hers.
    alice_copy = start_node("Alice, second copy", device_id=alice.device_id)

    wait_until_all_meet([alice, bob, carol], deadline=started + 30.0)
    wait_until_all_meet([alice_copy, bob, carol], deadline=started + 30.0)
    time.sleep(0.2)  # each node's own announcement went out with the others: it has looped back

    for node in (alice, bob, carol, alice_copy):
        peers = node.discovery.peers()
        assert node.device_id not in {p.device_id_hint for p in peers}
        assert node.discovery.service_name not in {p.service_name for p in peers}
        assert node.device_id not in {s.device_id_hint for s in node.listener.ups()}
    names = {n.discovery.service_name: n for n in (alice, bob, carol, alice_copy)}
    for node in (alice, bob, carol, alice_copy):
        expected = {name for name, other in names.items() if other.device_id != node.device_id}
        assert node.peer_names(names) == expected

    seen_bob = alice.listener.latest(bob.device_id)
    assert seen_bob is not None
    assert seen_bob.service_name == bob.discovery.service_name
    assert seen_bob.service_name == f"Bob ({bob.device_id[:6]})._hutong._tcp.local."
    assert (seen_bob.port, seen_bob.protocol_version) == (bob.advert.port, 1)
    assert seen_bob.addresses == (LOOPBACK,)
    assert seen_bob.last_seen == 1234.5

    carol_name = carol.discovery.service_name
    stopped = time.monotonic()
    carol.discovery.stop()
    for node in (alice, bob):
        node.listener.wait_for(
            lambda node=node: carol_name in node.listener.downs(),
            timeout=stopped + 30.0 - time.monotonic(),
            what="Carol's goodbye",
        )
        assert not node.sees(carol)
        assert node.sees(alice if node is bob else bob)
        assert node.listener.downs(names) == [carol_name]
