"""The automation socket, spoken to over a real Unix socket from the test (offscreen)."""

from __future__ import annotations

import json
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from desktop.automation import ENVIRONMENT, AutomationServer, start_automation
from desktop.runner import OperationRunner


class Client:
    """One connection; each request waits for its answer while Qt keeps running."""

    def __init__(self, path: str, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.socket.connect(path)
        self.socket.setblocking(False)
        self.pending = b""

    def raw(self, line: bytes) -> dict[str, Any]:
        self.socket.sendall(line + b"\n")

        def answered() -> bool:
            try:
                self.pending += self.socket.recv(65536)
            except BlockingIOError:
                pass
            return b"\n" in self.pending

        self.qtbot.waitUntil(answered, timeout=5000)
        line, self.pending = self.pending.split(b"\n", 1)
        return dict(json.loads(line))

    def __call__(self, op: str, **arguments: Any) -> Any:
        answer = self.raw(json.dumps({"op": op, **arguments}).encode())
        assert answer["ok"], answer
        return answer["result"]


@pytest.fixture
def form(qtbot: QtBot) -> QDialog:
    dialog = QDialog()
    dialog.setObjectName("form")
    dialog.setWindowTitle("A form")
    layout = QVBoxLayout(dialog)
    field = QLineEdit(dialog)
    field.setObjectName("field")
    label = QLabel("hello", dialog)
    label.setObjectName("label")
    button = QPushButton("Go", dialog)
    button.setObjectName("go")
    button.clicked.connect(lambda: label.setText(f"went: {field.text()}"))
    rows = QListView(dialog)
    rows.setObjectName("rows")
    rows.setModel(QStringListModel(["first", "second"], rows))
    for widget in (field, label, button, rows):
        layout.addWidget(widget)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[OperationRunner]:
    runner = OperationRunner()
    yield runner
    runner.wait_for_done()


@pytest.fixture
def client(
    qtbot: QtBot, runner: OperationRunner, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Client]:
    with tempfile.TemporaryDirectory(prefix="hutong-auto-") as folder:
        path = str(Path(folder) / "a.sock")
        monkeypatch.setenv(ENVIRONMENT, path)
        server = start_automation(runner)
        assert isinstance(server, AutomationServer)
        connection = Client(path, qtbot)
        yield connection
        connection.socket.close()
        server.deleteLater()


def test_off_unless_the_variable_names_a_socket(
    runner: OperationRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENVIRONMENT, raising=False)
    assert start_automation(runner) is None


def test_reads_types_clicks_and_lists(
    client: Client, form: QDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    assert {"name": "form", "class": "QDialog", "title": "A form"} in client("windows")
    client("type", name="field", text="Zoë 你好")
    assert client("text", name="form/field") == "Zoë 你好"
    client("click", name="go")
    qtbot.waitUntil(lambda: client("text", name="label") == "went: Zoë 你好")
    client("set_text", name="field", text="x")
    assert client("state", name="field")["visible"] is True
    assert client("text", name="rows") == ["first", "second"]
    assert client("call", name="label", method="text") == "went: Zoë 你好"
    shot = tmp_path / "form.png"
    assert client("grab", path=str(shot))["width"] >= form.width()
    assert shot.stat().st_size > 0
    assert client("wait_idle") is True


def test_bad_requests_are_answered_not_fatal(client: Client, form: QDialog) -> None:
    assert "no widget named" in client.raw(b'{"op": "text", "name": "nothing"}')["error"]
    assert "unknown op" in client.raw(b'{"op": "explode"}')["error"]
    assert not client.raw(b"not json")["ok"]
    assert "public" in client.raw(b'{"op": "call", "name": "go", "method": "_x"}')["error"]
    assert client("text", name="label") == "hello"
