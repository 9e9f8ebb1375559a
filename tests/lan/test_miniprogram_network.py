"""A mini-program cannot reach the network: a probe app makes 40+ escape attempts (fetch,
XHR, WebSocket, EventSource, WebTransport, img/script/iframe/video, preconnect, DNS
prefetch, prefetch, CSS url()/@import/fonts, WebRTC with STUN/TURN over UDP and TCP,
sendBeacon, window.open, service and plain workers, form submit, meta refresh, pings,
navigation, another instance's origin) from a real QtWebEngine inside a network namespace,
while listeners on the next host (and on loopback) count every packet: none arrives, with the
CSP and the JS guard on, with the CSP removed, and with both removed. A control run without
the sandbox shows the listeners do catch escapes (so the test can fail)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hutong.bench.netlab import NetLab, lab_unavailable_reason

pytestmark = [pytest.mark.lan, pytest.mark.slow, pytest.mark.xdist_group("lan")]
ROOT = Path(__file__).resolve().parents[2]
NAME = "probe.hutong.test"


@pytest.fixture(scope="module")
def lab() -> Iterator[NetLab]:
    reason = lab_unavailable_reason()
    if reason:
        pytest.skip(reason)
    lab = NetLab(2).up()
    app_ns = lab.namespaces[0]
    # The app's namespace resolves names through the listener host, so a DNS query escaping
    # would be counted there (``ip netns exec`` mounts this file over /etc/resolv.conf).
    resolv = Path("/etc/netns") / app_ns
    resolv.mkdir(parents=True, exist_ok=True)
    (resolv / "resolv.conf").write_text(f"nameserver {lab.addresses[1]}\n")
    for namespace in lab.namespaces:
        subprocess.run(
            ["ip", "netns", "exec", namespace, "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1"],
            check=True,
        )
    yield lab
    shutil.rmtree(resolv, ignore_errors=True)
    lab.down()


class Listeners:
    def __init__(self, lab: NetLab, index: int, address: str, interface: str) -> None:
        self.process = subprocess.Popen(
            [
                *lab.wrapper(index),
                sys.executable,
                str(Path(__file__).parent / "miniprogram_listeners.py"),
                address,
                interface,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None and self.process.stdout.readline().strip() == "ready"

    def stop(self) -> dict[str, object]:
        out, _ = self.process.communicate("", timeout=30)
        return json.loads(out.strip().splitlines()[-1])


def run_probe(lab: NetLab, tmp_path: Path, *switches: str) -> tuple[dict, dict, dict]:
    remote = Listeners(lab, 1, "0.0.0.0", "eth0")
    local = Listeners(lab, 0, "127.0.0.1", "lo")
    out = tmp_path / f"probe{'-'.join(switches)}.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox --disable-gpu",
        "PYTHONPATH": str(ROOT),
    }
    result = subprocess.run(
        [
            *lab.wrapper(0),
            sys.executable,
            "-m",
            "tests.lan.miniprogram_probe_run",
            "--out",
            str(out),
            "--ip",
            lab.addresses[1],
            "--name",
            NAME,
            "--local",
            "8081",
            *switches,
        ],
        cwd=ROOT,
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
    )
    remote_seen, local_seen = remote.stop(), local.stop()
    assert out.exists(), result.stderr[-3000:]
    report = json.loads(out.read_text())
    return report, remote_seen, local_seen


@pytest.mark.parametrize(
    "switches",
    [(), ("--no-csp",), ("--no-csp", "--no-guard")],
    ids=["full-sandbox", "without-csp", "without-csp-and-guard"],
)
def test_no_packet_leaves_a_mini_program(
    lab: NetLab, tmp_path: Path, switches: tuple[str, ...]
) -> None:
    report, remote, local = run_probe(lab, tmp_path, *switches)
    attempts = report.get("attempts")
    assert attempts and len(attempts) >= 20, report
    assert remote["counts"] == {} and remote["frames"] == 0, (remote, attempts)
    assert local["counts"] == {} and local["frames"] == 0, (local, attempts)
    assert f"http://{lab.addresses[1]}/navigate" in report["refused_navigations"]


def test_the_listeners_catch_an_unsandboxed_page(lab: NetLab, tmp_path: Path) -> None:
    """The control: the same probe without the sandbox's switches, interceptor, CSP or guard."""
    report, remote, _local = run_probe(lab, tmp_path, "--unsandboxed")
    print(
        f"control run: {len(report['attempts'])} attempts, {remote['frames']} frames, {remote['counts']}"
    )
    assert remote["frames"] > 0
    assert remote["counts"].get("tcp/80", 0) > 0, remote
    assert remote["counts"].get("udp/53", 0) > 0, remote  # DNS for the probe's names
