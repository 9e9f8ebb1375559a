"""A small LAN of network namespaces joined by a bridge, for tests that cross a real network.

Each host is a namespace with one interface ``eth0`` (10.77.0.N/24, a default route so that
multicast leaves through it). A separate "switch" namespace holds two bridges (multicast
snooping off, so mDNS floods like on a cheap switch) joined by a trunk link: the first half of
the hosts hang off one bridge, the rest off the other. Taking the trunk down splits the LAN in
two halves; taking a host's port down cuts that host off. Needs root; nothing touches the
host's own network.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from collections.abc import Sequence


def lab_unavailable_reason() -> str | None:
    """Why namespace labs cannot run here, or None when they can."""
    if os.geteuid() != 0:
        return "network-namespace LAN tests need root (ip netns); run them as root or in CI"
    if shutil.which("ip") is None:
        return "network-namespace LAN tests need iproute2 (the ip command)"
    probe = f"htprobe{secrets.token_hex(3)}"
    result = subprocess.run(
        ["ip", "netns", "add", probe], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        return f"cannot create network namespaces here: {result.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], check=False)
    return None


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True)


class NetLab:
    def __init__(self, hosts: int) -> None:
        self.tag = f"ht{secrets.token_hex(2)}"
        self.hosts = hosts
        self.switch = f"{self.tag}-sw"
        self.namespaces = [f"{self.tag}-h{i}" for i in range(hosts)]
        self.addresses = [f"10.77.0.{i + 1}" for i in range(hosts)]

    def bridge_of(self, index: int) -> str:
        return "br0" if index < (self.hosts + 1) // 2 else "br1"

    def up(self) -> NetLab:
        _ip("netns", "add", self.switch)
        _ip("-n", self.switch, "link", "set", "lo", "up")
        for bridge in ("br0", "br1"):
            _ip("-n", self.switch, "link", "add", bridge, "type", "bridge", "mcast_snooping", "0")
            _ip("-n", self.switch, "link", "set", bridge, "up")
        _ip("-n", self.switch, "link", "add", "trunk0", "type", "veth", "peer", "name", "trunk1")
        _ip("-n", self.switch, "link", "set", "trunk0", "master", "br0", "up")
        _ip("-n", self.switch, "link", "set", "trunk1", "master", "br1", "up")
        for index, namespace in enumerate(self.namespaces):
            host_end, switch_end = f"{self.tag}h{index}", f"{self.tag}s{index}"
            _ip("netns", "add", namespace)
            _ip("link", "add", host_end, "type", "veth", "peer", "name", switch_end)
            _ip("link", "set", host_end, "netns", namespace)
            _ip("link", "set", switch_end, "netns", self.switch)
            _ip("-n", self.switch, "link", "set", switch_end, "master", self.bridge_of(index), "up")
            _ip("-n", namespace, "link", "set", host_end, "name", "eth0")
            _ip("-n", namespace, "addr", "add", f"{self.addresses[index]}/24", "dev", "eth0")
            _ip("-n", namespace, "link", "set", "eth0", "up", "multicast", "on")
            _ip("-n", namespace, "link", "set", "lo", "up")
            _ip("-n", namespace, "route", "add", "default", "dev", "eth0")
        return self

    def down(self) -> None:
        for namespace in [*self.namespaces, self.switch]:
            subprocess.run(["ip", "netns", "del", namespace], capture_output=True, check=False)

    def wrapper(self, index: int) -> tuple[str, ...]:
        """The command prefix that runs a program on host ``index``."""
        return ("ip", "netns", "exec", self.namespaces[index])

    def split(self) -> None:
        """Partition the LAN into its two halves by taking the trunk link down."""
        _ip("-n", self.switch, "link", "set", "trunk0", "down")

    def join(self) -> None:
        """Heal the partition."""
        _ip("-n", self.switch, "link", "set", "trunk0", "up")

    def cut(self, indexes: Sequence[int]) -> None:
        """Partition: take these hosts' switch ports down."""
        for index in indexes:
            _ip("-n", self.switch, "link", "set", f"{self.tag}s{index}", "down")

    def heal(self, indexes: Sequence[int]) -> None:
        for index in indexes:
            _ip("-n", self.switch, "link", "set", f"{self.tag}s{index}", "up")
