"""``hutong node``: the headless peer — a relay and mailbox for a LAN, a bot host.

The headless composition root: open the profile, start sync and the control socket, log one
line per peer event, and stop cleanly on SIGTERM or Ctrl+C. A second node on the same profile
is refused by the profile lock with a clear message.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from types import FrameType

from core.changes import Change, WalletChanged
from core.errors import HutongError
from core.facade import Core
from core.peer_replica import PeerReplica
from hutong.control import ControlSocket, NodeCommands
from hutong.errors import CommandError
from hutong.profiles import profile_dir, read_passphrase
from sync import SyncService


def parse_address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    host = host.strip("[]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise CommandError(f"{text!r} is not HOST:PORT")
    return host, int(port)


def _log(line: str) -> None:
    stamp = time.strftime("%H:%M:%S")
    print(f"{stamp} {line}", flush=True)


class OffsetClock:
    """The wall clock moved by a fixed offset (a node whose clock runs ahead or behind)."""

    def __init__(self, offset_ms: int) -> None:
        self.offset_ms = offset_ms

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000 + self.offset_ms


class ClearingLoop:
    """Runs the wallet's clearing: intents waiting for us as a currency's clearer are decided,
    and held transfers and red envelopes whose 24 hours are over go back.

    Every ``interval`` seconds (expiry is by the clock, with no event to wake on), and at
    once after a wallet change (an intent arrived), in one background thread, so the control
    socket and sync never wait for it.
    """

    def __init__(self, core: Core, interval: float = 1.0, log: Callable[[str], None] = _log):
        self._core = core
        self._interval = interval
        self._log = log
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._last_error = ""

    def start(self) -> None:
        self._unsubscribe = self._core.subscribe(self._changed)
        self._thread = threading.Thread(target=self._run, name="hutong-clearing", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _changed(self, changes: Sequence[Change]) -> None:
        if any(isinstance(change, WalletChanged) for change in changes):
            self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self._interval)
            self._wake.clear()
            if self._stop.is_set():
                return
            self.clear_once()

    def clear_once(self) -> int:
        """One pass; a failure is logged once (not every second) and retried next time."""
        try:
            decided = self._core.wallet.clear_pending()
        except (HutongError, NotImplementedError) as exc:
            if str(exc) != self._last_error:
                self._last_error = str(exc)
                self._log(f"wallet clearing failed: {exc}")
            return 0
        self._last_error = ""
        if decided:
            self._log(f"wallet: cleared {decided}")
        return decided


def run_node(arguments: argparse.Namespace) -> int:
    peers = [parse_address(text) for text in arguments.peer]
    folder = profile_dir(arguments.profile)
    offset = int(arguments.clock_offset_ms)
    core = Core.open(
        folder,
        passphrase=read_passphrase(folder, arguments.passphrase_file),
        name=arguments.name,
        clock=OffsetClock(offset) if offset else None,
    )
    if offset:
        _log(f"clock offset {offset} ms")
    if core.recovering:
        _log(
            f"profile recovering: {core.recovery_reason}; nothing is written until a friend"
            " sends back its history (or import a backup)"
        )
    stop = threading.Event()

    def request_stop(_signal: int, _frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    sync = SyncService(
        PeerReplica(core),
        host=arguments.host,
        port=arguments.port,
        discovery=not arguments.no_discovery,
        name=core.name,
        on_event=_log,
    )
    control = ControlSocket(folder, NodeCommands(core, sync))
    clearing = ClearingLoop(core)
    try:
        clearing.start()
        sync.start()
        for host, port in peers:
            sync.add_peer_address(host, port)
        control.start()
        _log(f"node {core.name or '(recovering)'} {core.display_id} ready on port {sync.port}")
        if not core.recovering:  # public: what an issuer pastes to hand clearing to us
            _log(f"wallet clearer key {core.wallet.clearer_key_text()}")
        while not stop.wait(0.5):
            pass
        _log("stopping")
    finally:
        control.stop()
        sync.stop()
        clearing.stop()
        core.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    sys.stdout.flush()
    return 0
