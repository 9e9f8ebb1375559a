"""Real ``hutong node`` processes, driven through their control sockets."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from hutong.control import call


class NodeProcess:
    """A ``hutong node`` subprocess; ``wrapper`` runs it elsewhere (e.g. ``ip netns exec``)."""

    def __init__(
        self,
        profile: Path,
        name: str,
        *,
        wrapper: tuple[str, ...] = (),
        host: str = "127.0.0.1",
        discovery: bool = False,
    ) -> None:
        self.profile = profile
        self.name = name
        self.wrapper = wrapper
        self.host = host
        self.discovery = discovery
        self.process: subprocess.Popen[str] | None = None
        self.log = profile.parent / f"{name}.log"
        self.port = 0

    def start(self, port: int = 0, extra: tuple[str, ...] = ()) -> None:
        self.profile.mkdir(parents=True, exist_ok=True)
        command = [
            *self.wrapper,
            sys.executable,
            "-m",
            "hutong",
            "node",
            "--profile",
            str(self.profile),
            "--name",
            self.name,
            "--host",
            self.host,
            "--port",
            str(port or self.port),
            *(() if self.discovery else ("--no-discovery",)),
            *extra,
        ]
        self.process = subprocess.Popen(
            command, stdout=self.log.open("a"), stderr=subprocess.STDOUT, text=True
        )
        deadline = time.monotonic() + 120  # a hang, not slowness: a loaded machine starts slowly
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"node {self.name} exited: {self.log.read_text()}")
            if (self.profile / "control.sock").exists():
                try:
                    self.port = int(self.ctl("whoami")["port"])
                    return
                except RuntimeError:
                    pass
            time.sleep(0.05)
        raise AssertionError(f"node {self.name} did not start: {self.log.read_text()}")

    def ctl(self, op: str, **arguments: Any) -> Any:
        return call(self.profile, op, **arguments)

    @property
    def identity(self) -> str:
        return str(self.ctl("whoami")["identity"])

    def stop(self) -> int:
        if self.process is None:
            return 0
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=20)
        self.process = None
        return code

    def kill(self) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        self.process = None


def wait_for(condition: Callable[[], object], timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = condition()
        except RuntimeError:
            value = None
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"condition not met within {timeout} s")


def node_fixture(tmp_path: Path) -> Iterator[Callable[[str], NodeProcess]]:
    started: list[NodeProcess] = []

    def make(name: str) -> NodeProcess:
        node = NodeProcess(tmp_path / name, name)
        node.start()
        started.append(node)
        return node

    yield make
    for node in started:
        if node.process is not None:
            node.stop()
