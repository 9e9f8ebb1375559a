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
from types import FrameType

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


def run_node(arguments: argparse.Namespace) -> int:
    peers = [parse_address(text) for text in arguments.peer]
    folder = profile_dir(arguments.profile)
    core = Core.open(
        folder, passphrase=read_passphrase(folder, arguments.passphrase_file), name=arguments.name
    )
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
    try:
        sync.start()
        for host, port in peers:
            sync.add_peer_address(host, port)
        control.start()
        _log(f"node {core.name or '(recovering)'} {core.display_id} ready on port {sync.port}")
        while not stop.wait(0.5):
            pass
        _log("stopping")
    finally:
        control.stop()
        sync.stop()
        core.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    sys.stdout.flush()
    return 0
