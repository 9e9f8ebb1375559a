"""One running Hutong per profile: the first start listens on a local socket named after the
profile; a second start asks it to come to the front, then exits.

A lock file decides who is first (two starts at the same moment cannot both win), and a stale
lock from a crashed run is taken over (QLockFile checks whether its process still lives).

Signals:
    activationRequested(): another start on this profile asked us to show our window.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 1500
CONNECT_ATTEMPTS = 6


def instance_key(profile: Path) -> str:
    """A short socket name unique to this user and profile folder."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    folder = str(profile.expanduser().resolve())
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]
    return f"hutong-{digest}"


class SingleInstance(QObject):
    activationRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._lock = QLockFile(QDir.temp().filePath(f"{key}.lock"))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def is_first(self) -> bool:
        return self._server is not None

    def claim(self) -> bool:
        """Become the running instance; False if another one already is."""
        if not self._lock.tryLock(100):
            return False
        QLocalServer.removeServer(self.key)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            self._lock.unlock()
            return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def activate_running(self) -> bool:
        """Ask the running instance to show itself (blocks briefly; before any window)."""
        for _attempt in range(CONNECT_ATTEMPTS):
            socket = QLocalSocket()
            socket.connectToServer(self.key)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS // CONNECT_ATTEMPTS):
                socket.write(ACTIVATE)
                socket.flush()
                if socket.bytesToWrite():
                    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
                sent = socket.bytesToWrite() == 0
                socket.disconnectFromServer()
                return sent
        return False

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._on_message)
            if socket.bytesAvailable():
                self._read(socket)

    def _on_message(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if ACTIVATE.strip() in data:
            socket.readyRead.disconnect(self._on_message)
            socket.abort()
            socket.deleteLater()
            self.activationRequested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
