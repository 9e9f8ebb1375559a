"""Real zeroconf on 127.0.0.1: multicast on loopback, node factories, no thread left behind.

Multicast over ``lo`` works on Linux whenever the kernel delivers looped-back multicast to a
socket that joined the group on 127.0.0.1, which is the case here even though ``lo`` does not
carry the MULTICAST flag. Where it does not, ``ip link set lo multicast on`` (root) fixes it;
without root the tests skip and say so.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from sync.discovery import LanDiscovery, ServiceAdvert
from tests.integration.discovery.helpers import (
    LOOPBACK,
    Node,
    RawZeroconf,
    RecordingListener,
    StartNode,
)

MDNS_GROUP = "224.0.0.251"


def _loopback_multicast_works() -> bool:
    """Send one datagram to the mDNS group via 127.0.0.1 and see whether it comes back."""
    try:
        with (
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as receiver,
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender,
        ):
            receiver.bind(("", 0))
            membership = socket.inet_aton(MDNS_GROUP) + socket.inet_aton(LOOPBACK)
            receiver.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)
            receiver.settimeout(1.0)
            sender.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(LOOPBACK))
            sender.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 1)
            token = secrets.token_bytes(8)
            sender.sendto(token, (MDNS_GROUP, receiver.getsockname()[1]))
            return receiver.recv(64) == token
    except OSError:
        return False


@pytest.fixture(scope="session", autouse=True)
def loopback_multicast() -> None:
    """Make sure multicast works on 127.0.0.1, enabling it on ``lo`` as root if needed."""
    if _loopback_multicast_works():
        return
    ip = shutil.which("ip")
    if os.geteuid() == 0 and ip is not None:
        subprocess.run([ip, "link", "set", "lo", "multicast", "on"], check=False)
        if _loopback_multicast_works():
            return
    pytest.skip(
        "multicast on loopback does not work here: a datagram sent to 224.0.0.251 through "
        "127.0.0.1 never came back. As root, `ip link set lo multicast on` usually fixes it."
    )


@pytest.fixture(autouse=True)
def no_thread_outlives_the_test() -> Iterator[None]:
    """Every zeroconf thread a test starts must be joined by the time it ends."""
    before = set(threading.enumerate())
    yield
    leaked = set(threading.enumerate()) - before
    assert not leaked, f"threads outlived the test: {sorted(t.name for t in leaked)}"


@pytest.fixture
def start_node() -> Iterator[StartNode]:
    """Start LanDiscovery nodes on 127.0.0.1; all are stopped when the test ends."""
    nodes: list[Node] = []

    def start(
        display_name: str = "Peer",
        *,
        device_id: str | None = None,
        addresses: tuple[str, ...] | None = None,
        **options: Any,
    ) -> Node:
        advert = ServiceAdvert(
            display_name,
            port=40_000 + len(nodes),
            protocol_version=1,
            device_id=device_id or secrets.token_hex(32),
            addresses=addresses,
        )
        listener = RecordingListener()
        options.setdefault("interfaces", [LOOPBACK])
        node = Node(LanDiscovery(advert, listener, **options), listener, advert)
        nodes.append(node)
        node.discovery.start()
        return node

    yield start
    # Each stop() waits for its goodbye packets; stopping them together keeps teardown short.
    stoppers = [threading.Thread(target=node.discovery.stop) for node in nodes]
    for stopper in stoppers:
        stopper.start()
    for stopper in stoppers:
        stopper.join()


@pytest.fixture
def raw_zeroconf() -> Iterator[RawZeroconf]:
    raw = RawZeroconf()
    yield raw
    raw.close()
