"""A LAN of four namespaces: discovery by real multicast, partitions, healing, forged identities."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable

import pytest

from core.feeds import feed_id_for, group_topic
from core.ids import GroupId
from hutong.bench.netlab import NetLab
from hutong.bench.nodes import NodeProcess, wait_for

pytestmark = [pytest.mark.lan, pytest.mark.slow, pytest.mark.xdist_group("lan")]
LanNodes = Callable[[NetLab, int, str], NodeProcess]


def seen_by(observer: NodeProcess, identity: str) -> bool:
    return any(peer["identity"] == identity for peer in observer.ctl("status"))


def befriend(a: NodeProcess, b: NodeProcess) -> None:
    a.ctl("add_contact", card=b.ctl("card"))
    try:
        wait_for(lambda: a.identity in b.ctl("requests"))
    except AssertionError:
        raise AssertionError(f"no request\n{a.log.read_text()}\n{b.log.read_text()}") from None
    b.ctl("accept", identity=a.identity)
    wait_for(
        lambda: any(
            c["identity"] == b.identity and c["state"] == "friend" for c in a.ctl("contacts")
        )
    )


def texts(node: NodeProcess, conversation: str) -> set[str]:
    return {
        m["text"] for m in node.ctl("messages", conversation=conversation) if m["system"] is None
    }


def test_peers_find_each_other_by_multicast(lab_factory, lan_nodes: LanNodes) -> None:
    """How soon is a figure of ``hutong bench sync`` (DESIGN: within a second), not a bound."""
    lab = lab_factory(4)
    first = [lan_nodes(lab, i, name) for i, name in enumerate(("Ann", "Ben", "Cai"))]
    for node in first:
        wait_for(lambda node=node: node.ctl("whoami")["announced_at_ms"])
    late = lan_nodes(lab, 3, "Dee")
    late_id = late.identity
    assert wait_for(lambda: late.ctl("whoami")["announced_at_ms"])
    for observer in first:  # every earlier node lists the newcomer
        wait_for(lambda observer=observer: seen_by(observer, late_id))
    # No address was given by hand: each side found the other by multicast (the newcomer may
    # dial first, so an observer can list it as an incoming peer).
    for observer in first:
        sources = {p["source"] for p in observer.ctl("status") if p["identity"] == late_id}
        assert sources and sources <= {"mdns", "incoming"}, sources


def test_a_partition_heals_and_everyone_converges(lab_factory, lan_nodes: LanNodes) -> None:
    lab = lab_factory(4)
    nodes = [lan_nodes(lab, i, name) for i, name in enumerate(("Ann", "Ben", "Cai", "Dee"))]
    ann = nodes[0]
    for other in nodes[1:]:
        befriend(ann, other)
    group = ann.ctl("create_group", name="Four", members=[n.identity for n in nodes[1:]])
    for node in nodes:
        wait_for(lambda node=node: node.ctl("messages", conversation=group))
    lab.split()  # the link between the two switches goes down: {Ann, Ben} | {Cai, Dee}
    ann.ctl("send", conversation=group, text="from the first half")
    nodes[2].ctl("send", conversation=group, text="from the second half")
    wait_for(lambda: "from the first half" in texts(nodes[1], group))
    wait_for(lambda: "from the second half" in texts(nodes[3], group))
    time.sleep(1.0)
    assert "from the second half" not in texts(ann, group)
    assert "from the first half" not in texts(nodes[3], group)
    lab.join()
    both = {"from the first half", "from the second half"}
    for node in nodes:
        wait_for(lambda node=node: texts(node, group) == both, timeout=90)
    group_feed = feed_id_for(group_topic(GroupId(bytes.fromhex(group[2:])))).hex()

    def group_notes(node: NodeProcess) -> list[tuple[str, int, str]]:
        return sorted(
            (n["author"], n["seq"], n["head"]) for n in node.ctl("feeds") if n["feed"] == group_feed
        )

    wait_for(lambda: all(group_notes(node) == group_notes(ann) for node in nodes), timeout=30)
    assert len(group_notes(ann)) >= 2  # Ann's and Cai's group feeds, the same everywhere


def test_a_device_claiming_another_identity_is_refused(lab_factory, lan_nodes: LanNodes) -> None:
    lab = lab_factory(3)
    ann, ben = lan_nodes(lab, 0, "Ann"), lan_nodes(lab, 1, "Ben")
    befriend(ann, ben)
    ben_id = ben.identity
    ben.stop()
    mallory = lan_nodes(lab, 2, "Mallory")
    # Mallory also announces Ben's id over mDNS, pointing at her own node.
    spoof = subprocess.Popen(
        [*lab.wrapper(2), sys.executable, "-c", SPOOF, ben_id, str(mallory.port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_for(lambda: "not the device we expected" in ann.log.read_text(), timeout=30)
        # Ann never took Mallory for Ben, and Mallory (a stranger to Ann) got nothing of hers.
        ben_entry = [p for p in ann.ctl("status") if p["identity"] == ben_id]
        assert ben_entry and ben_entry[0]["state"] not in ("idle", "syncing")
        ann_id = ann.identity
        assert all(note["author"] != ann_id for note in mallory.ctl("feeds"))
    finally:
        spoof.terminate()
        spoof.wait(10)


SPOOF = """
import sys, time
from zeroconf import ServiceInfo, Zeroconf
from sync.discovery import encode_txt
device_id, port = sys.argv[1], int(sys.argv[2])
zc = Zeroconf()
info = ServiceInfo("_hutong._tcp.local.", "Ben (spoof)._hutong._tcp.local.", port=port,
                   properties=encode_txt(1, device_id), server="spoof.local.", parsed_addresses=["10.77.0.3"])
zc.register_service(info)
time.sleep(120)
"""
