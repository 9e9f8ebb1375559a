"""Discovery figure: how soon peers on a LAN list a newcomer, by real multicast DNS-SD.

Four ``hutong node`` processes, each in its own network namespace on one bridge (root only;
skipped with the reason otherwise). Three are up and announced; the fourth starts, and the
figure is the time from its own announcement (``announced_at_ms``, its wall clock) until the
last of the three lists it, polled through their control sockets every few milliseconds.
DESIGN's target is within a second. ``tests/lan`` checks that they find each other by
multicast, without a clock.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hutong.bench.netlab import NetLab, lab_unavailable_reason
from hutong.bench.nodes import NodeProcess, wait_for
from hutong.bench.report import Figure, Report


def _lists(observer: NodeProcess, identity: str) -> bool:
    return any(peer["identity"] == identity for peer in observer.ctl("status"))


def _announced(node: NodeProcess) -> Callable[[], object]:
    return lambda: node.ctl("whoami")["announced_at_ms"]


def discovery_figure(report: Report) -> None:
    reason = lab_unavailable_reason()
    if reason:
        print(f"discovery on a LAN: skipped ({reason})", flush=True)
        return
    lab = NetLab(4).up()
    folder = Path(tempfile.mkdtemp(prefix="hutong-discovery-"))
    nodes = [
        NodeProcess(folder / name, name, wrapper=lab.wrapper(i), host="0.0.0.0", discovery=True)
        for i, name in enumerate(("Ann", "Ben", "Cai", "Dee"))
    ]
    try:
        first, late = nodes[:3], nodes[3]
        for node in first:
            node.start(port=7733)
        for node in first:
            wait_for(_announced(node))
        late.start(port=7733)
        identity = late.identity
        announced = wait_for(_announced(late))
        waiting = set(range(len(first)))
        deadline = time.monotonic() + 30
        while waiting and time.monotonic() < deadline:
            waiting = {i for i in waiting if not _lists(first[i], identity)}
            time.sleep(0.002)
        seen_ms = time.time() * 1000 - announced
        report.add(
            Figure(
                "a newcomer listed by 3 peers on a 4-namespace LAN (multicast), slowest",
                seen_ms,
                "ms",
                "< 1,000 ms",
                not waiting and seen_ms < 1000,
                note=f"{len(first) - len(waiting)}/{len(first)} listed it",
            )
        )
    finally:
        for node in nodes:
            if node.process is not None:
                node.stop()
        lab.down()
