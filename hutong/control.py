"""A running node's control socket: JSON lines over a Unix socket in the profile folder.

Scripts, bots and the tests drive a headless node through it (``hutong ctl``). The socket is
created with mode 0600 inside the profile folder, so only the profile's owner can use it.
One request per line, ``{"op": NAME, ...}``; one answer per line, ``{"ok": true, "result": …}``
or ``{"ok": false, "error": "…"}``.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from core.blobs import BlobRef
from core.changes import Change, ConversationChanged
from core.chat import Message, OutgoingFile
from core.errors import HutongError
from core.facade import Core
from core.feeds import check_fork_proof
from hutong.control_wallet import WalletCommands
from sync import SyncService

log = logging.getLogger(__name__)
SOCKET_NAME = "control.sock"
Handler = Callable[[dict[str, Any]], Any]


def _hex(value: bytes | None) -> str | None:
    return None if value is None else value.hex()


def _message(core: Core, message: Message) -> dict[str, Any]:
    return {
        "event_id": message.event_id.hex(),
        "author": message.author.hex(),
        "text": message.text,
        "recalled": message.recalled,
        "delivery": message.delivery.value,
        "system": None if message.system is None else message.system.kind,
        "files": [
            {
                "blob": a.blob_id.hex(),
                "name": a.name,
                "size": a.size,
                "here": core.blobs.has(a.blob_id),
            }
            for a in message.attachments
        ],
    }


class NodeCommands:
    """What the control socket can do, each a small function of a JSON request."""

    def __init__(self, core: Core, sync: SyncService) -> None:
        self.core = core
        self.sync = sync

    def handlers(self) -> dict[str, Handler]:
        core = self.core
        return {
            "card": lambda r: core.card().to_text(),
            "whoami": lambda r: {
                "identity": core.me.hex(),
                "name": core.name,
                "port": self.sync.port,
                "announced_at_ms": self.sync.status().announced_at_ms,
            },
            "status": lambda r: [
                {
                    "identity": _hex(p.identity),
                    "name": p.name,
                    "state": p.state.value,
                    "source": p.source.value,
                    "reason": p.reason,
                }
                for p in self.sync.status().peers
            ],
            "sync_counters": lambda r: {
                **dataclasses.asdict(self.sync.counters()),
                "bounds": dataclasses.asdict(self.sync.limits),
            },
            "add_peer": lambda r: self.sync.add_peer_address(str(r["host"]), int(r["port"])),
            "add_contact": lambda r: (
                core.contacts.add_from_card(str(r["card"]), str(r.get("message", ""))).state.value
            ),
            "requests": lambda r: [c.identity.hex() for c in core.contacts.requests()],
            "accept": lambda r: core.contacts.accept(bytes.fromhex(r["identity"])).state.value,
            "contacts": lambda r: [
                {"identity": c.identity.hex(), "name": c.name, "state": c.state.value}
                for c in core.contacts.all_contacts()
            ],
            "create_group": lambda r: core.groups.create(
                str(r["name"]), [bytes.fromhex(m) for m in r["members"]]
            ),
            "send": self._send,
            "wait_message": self._wait_message,
            "messages": lambda r: [
                _message(core, m)
                for m in core.chat.history(str(r["conversation"]), limit=int(r.get("limit", 1000)))
            ],
            "save_file": self._save_file,
            "feeds": lambda r: [
                {
                    "author": n.author.hex(),
                    "feed": n.feed_id.hex(),
                    "seq": n.seq,
                    "head": n.head_id.hex(),
                }
                for n in core.feeds.notes()
            ],
            "fork_proofs": lambda r: [
                {"author": author.hex(), "feed": feed.hex(), "seq": seq}
                for author, feed, seq in map(check_fork_proof, core.feeds.fork_proofs())
            ],
            **WalletCommands(core).handlers(),
        }

    def _wait_message(self, request: dict[str, Any]) -> int | None:
        """Block until a message with this text is in the conversation; its arrival time (ms)."""
        conversation, text = str(request["conversation"]), str(request["text"])
        arrived = threading.Event()
        when: list[int] = []

        def present() -> bool:
            return any(m.text == text for m in self.core.chat.history(conversation, limit=50))

        def listener(changes: Sequence[Change]) -> None:
            if (
                not arrived.is_set()
                and any(
                    isinstance(c, ConversationChanged) and c.conversation_id == conversation
                    for c in changes
                )
                and present()
            ):
                when.append(time.time_ns() // 1_000_000)
                arrived.set()

        unsubscribe = self.core.subscribe(listener)
        try:
            if present():
                return time.time_ns() // 1_000_000
            arrived.wait(float(request.get("timeout", 30)))
        finally:
            unsubscribe()
        return when[0] if when else None

    def _send(self, request: dict[str, Any]) -> str:
        files = []
        if request.get("file"):
            path = Path(request["file"])
            files.append(OutgoingFile(str(path), path.name, "application/octet-stream", "file"))
        message = self.core.chat.send_text(
            str(request["conversation"]), str(request.get("text", "")), files=files
        )
        return message.event_id.hex()

    def _save_file(self, request: dict[str, Any]) -> int:
        message = self.core.chat.require_message(bytes.fromhex(request["event_id"]))
        attachment = message.attachments[int(request.get("index", 0))]
        self.core.blobs.export_to(
            BlobRef(attachment.blob_id, attachment.key, attachment.size), Path(request["path"])
        )
        return attachment.size


class _RequestHandler(socketserver.StreamRequestHandler):
    server: _ControlServer

    def handle(self) -> None:
        for line in self.rfile:
            try:
                request = json.loads(line)
                handler = self.server.handlers[str(request["op"])]
                answer: dict[str, Any] = {"ok": True, "result": handler(request)}
            except HutongError as exc:
                answer = {"ok": False, "error": str(exc)}
            except (KeyError, ValueError, TypeError, IndexError) as exc:
                answer = {"ok": False, "error": f"bad request: {exc!r}"}
            except Exception as exc:
                log.exception("control request failed")
                answer = {"ok": False, "error": f"internal error: {exc}"}
            self.wfile.write(json.dumps(answer).encode("utf-8") + b"\n")
            self.wfile.flush()


class _ControlServer(socketserver.ThreadingUnixStreamServer):
    daemon_threads = True
    handlers: dict[str, Handler]


class ControlSocket:
    """Serves :class:`NodeCommands` on ``<profile>/control.sock`` in a background thread."""

    def __init__(self, profile: Path, commands: NodeCommands) -> None:
        self.path = profile / SOCKET_NAME
        self._commands = commands
        self._server: _ControlServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self.path.unlink(missing_ok=True)
        old_mask = os.umask(0o177)
        try:
            server = _ControlServer(str(self.path), _RequestHandler)
        finally:
            os.umask(old_mask)
        server.handlers = self._commands.handlers()
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, name="hutong-control", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self.path.unlink(missing_ok=True)


def call(profile: Path, op: str, timeout: float = 30.0, **arguments: Any) -> Any:
    """Send one request to a running node and return its result (raises RuntimeError)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(timeout)
        try:
            connection.connect(str(profile / SOCKET_NAME))
        except OSError as exc:
            raise RuntimeError(f"no node is running on {profile} ({exc.strerror})") from exc
        connection.sendall(json.dumps({"op": op, **arguments}).encode("utf-8") + b"\n")
        data = b""
        while not data.endswith(b"\n"):
            chunk = connection.recv(65536)
            if not chunk:
                break
            data += chunk
    answer = json.loads(data)
    if not answer["ok"]:
        raise RuntimeError(answer["error"])
    return answer["result"]
