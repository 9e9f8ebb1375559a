"""LAN tests: real peers in network namespaces on a bridge (root only; skipped otherwise)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hutong.bench.netlab import NetLab, lab_unavailable_reason
from hutong.bench.nodes import NodeProcess

REASON = lab_unavailable_reason()
pytestmark = pytest.mark.lan


@pytest.fixture
def lab_factory() -> Iterator[Callable[[int], NetLab]]:
    if REASON:
        pytest.skip(REASON)
    labs: list[NetLab] = []

    def make(hosts: int) -> NetLab:
        lab = NetLab(hosts).up()
        labs.append(lab)
        return lab

    yield make
    for lab in labs:
        lab.down()


@pytest.fixture
def lan_nodes(tmp_path: Path) -> Iterator[Callable[[NetLab, int, str], NodeProcess]]:
    started: list[NodeProcess] = []

    def start(lab: NetLab, index: int, name: str) -> NodeProcess:
        node = NodeProcess(
            tmp_path / name, name, wrapper=lab.wrapper(index), host="0.0.0.0", discovery=True
        )
        node.start(port=7733)
        started.append(node)
        return node

    yield start
    for node in started:
        if node.process is not None:
            node.stop()
