"""Real GUI processes for benchmarks and end-to-end tests: a private X server (Xvfb) and
``python -m hutong`` driven through its automation socket (see ``desktop/automation.py``)."""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class AutomationFailed(RuntimeError):
    """The app answered a request with an error (no such widget, ...)."""


def process_rss_mb(pid: int) -> float:
    """Resident memory of a process, from ``/proc/<pid>/status``."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def poll(condition: Callable[[], T | None], timeout: float, what: str, every: float = 0.05) -> T:
    """The first truthy value of ``condition()``; AutomationFailed counts as not yet."""
    deadline = time.monotonic() + timeout
    last_error = ""
    while True:
        try:
            value = condition()
            if value:
                return value
        except (AutomationFailed, OSError) as exc:
            last_error = str(exc)
        if time.monotonic() >= deadline:
            detail = f" (last error: {last_error})" if last_error else ""
            raise TimeoutError(f"{what}: not within {timeout:.0f} s{detail}")
        time.sleep(every)


class VirtualDisplay:
    """An Xvfb server on a free display number (Xvfb picks it: ``-displayfd``)."""

    def __init__(self, size: str = "1400x900x24") -> None:
        self.size = size
        self.process: subprocess.Popen[bytes] | None = None
        self.display = ""

    @staticmethod
    def available() -> bool:
        return shutil.which("Xvfb") is not None

    def start(self, timeout: float = 15.0) -> str:
        """Start the server; returns its display name (``":3"``)."""
        read_end, write_end = os.pipe()
        command = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", self.size]
        try:
            self.process = subprocess.Popen(
                [*command, "-nolisten", "tcp"],
                pass_fds=(write_end,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        finally:
            os.close(write_end)
        number = b""
        deadline = time.monotonic() + timeout
        with os.fdopen(read_end, "rb", buffering=0) as pipe:
            while not number.endswith(b"\n"):
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([pipe], [], [], left)[0]:
                    break
                chunk = pipe.read(16)
                if not chunk:
                    break
                number += chunk
        if not number.strip():
            self.stop()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{int(number)}"
        return self.display

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
            self.process = None


class AppProcess:
    """``python -m hutong --profile DIR`` with its automation socket; one JSON line each way."""

    def __init__(
        self, profile: Path, log: Path, *, display: str | None = None, language: str | None = None
    ) -> None:
        self.profile = profile
        self.log = log
        self.display = display
        self.language = language
        self._folder = tempfile.mkdtemp(prefix="hutong-app-")  # short: socket paths are capped
        self.socket_path = os.path.join(self._folder, "automation.sock")
        self.process: subprocess.Popen[bytes] | None = None
        self._socket: socket.socket | None = None
        self._pending = b""

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env["HUTONG_AUTOMATION"] = self.socket_path
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox --disable-gpu"
        if self.display:
            env["DISPLAY"] = self.display
            env["QT_QPA_PLATFORM"] = "xcb"
        else:
            env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    def start(self) -> float:
        """Launch; returns the ``perf_counter`` just before ``Popen``."""
        self.profile.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "hutong", "--profile", str(self.profile)]
        if self.language:
            command += ["--language", self.language]
        started = time.perf_counter()
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                command, env=self.environment(), stdout=log, stderr=subprocess.STDOUT
            )
        return started

    def exited(self) -> int | None:
        return None if self.process is None else self.process.poll()

    # -- the automation socket -----------------------------------------------------------------

    def connect(self, timeout: float = 30.0, every: float = 0.005) -> None:
        def attempt() -> bool:
            if self.exited() is not None:
                raise AssertionError(f"the app exited early: {self.log.read_text()[-3000:]}")
            client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                client.connect(self.socket_path)
            except OSError:
                client.close()
                raise
            self._socket = client
            self._pending = b""
            return True

        poll(attempt, timeout, "the automation socket", every)

    def request(self, op: str, timeout: float = 60.0, **arguments: Any) -> Any:
        if self._socket is None:
            self.connect()
        assert self._socket is not None
        self._socket.settimeout(timeout)
        self._socket.sendall(json.dumps({"op": op, **arguments}).encode("utf-8") + b"\n")
        while b"\n" not in self._pending:
            chunk = self._socket.recv(65536)
            if not chunk:
                self._socket = None
                raise OSError("the app closed the automation socket")
            self._pending += chunk
        line, self._pending = self._pending.split(b"\n", 1)
        answer = json.loads(line)
        if not answer.get("ok"):
            raise AutomationFailed(f"{op} {arguments}: {answer.get('error')}")
        return answer.get("result")

    def wait_for(
        self,
        condition: Callable[[], T | None],
        what: str,
        timeout: float = 30.0,
        every: float = 0.05,
    ) -> T:
        def checked() -> T | None:
            if self.exited() is not None:
                raise AssertionError(f"the app exited: {self.log.read_text()[-3000:]}")
            return condition()

        return poll(checked, timeout, what, every)

    def visible(self, name: str) -> bool:
        return any(w["name"] == name for w in self.request("windows"))

    def rows(self, name: str) -> list[str]:
        result = self.request("text", name=name)
        return result if isinstance(result, list) else []

    # -- ending --------------------------------------------------------------------------------

    def close_socket(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    def quit(self, timeout: float = 30.0) -> int:
        """Close the main window as a person would; the exit code."""
        with contextlib.suppress(AutomationFailed, OSError):  # it may be gone before answering
            self.request("call", name="mainWindow", method="close", timeout=timeout)
        self.close_socket()
        assert self.process is not None
        return self.process.wait(timeout=timeout)

    def stop(self, timeout: float = 20.0) -> int | None:
        """Terminate if still running (then kill); the exit code, or None if never started."""
        self.close_socket()
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        shutil.rmtree(self._folder, ignore_errors=True)
        return self.process.returncode
