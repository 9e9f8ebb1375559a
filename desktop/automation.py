"""Driving the running app from another process: end-to-end tests and ``hutong bench gui``.

Off unless the environment variable ``HUTONG_AUTOMATION`` names a socket path; then
:func:`start_automation` listens there (a ``QLocalServer``, readable by this user only), and
anyone who connects can do what a person at the keyboard can. The protocol is one JSON object
per line each way. A request is ``{"op": ..., ...}``; the answer is ``{"ok": true, "result":
...}`` or ``{"ok": false, "error": "..."}``. Widgets are named by ``objectName`` across all
top-level windows and dialogs (visible ones first); ``"dialog/child"`` narrows the search to
one window's children.

- ``windows``: the visible top-level windows: ``objectName``, ``class``, ``title``.
- ``grab {path, name?}``: save a PNG of one widget, or (no name) of the whole app as it looks:
  its windows, dialogs painted over at their places.
- ``text {name}``: a label's, field's or button's text, or the rows of an item view.
- ``state {name}``: whether the widget is visible, enabled, focused, checked.
- ``set_text {name, text}``, ``type {name, text}`` (key events, one per character).
- ``click {name, item?}``: a mouse click on the widget (or on the row of an item view whose
  text is ``item``), done just after the answer, so that a click opening a modal dialog does
  not hold the answer back.
- ``key {name, key, modifiers?}``: a key click, e.g. ``"Return"``.
- ``call {name, method, args?}``: call a public method (hand a file path to a dialog instead
  of a native picker); its result if it is JSON, else its text.
- ``wait_idle {timeout_ms?}``: answered once the :class:`OperationRunner` is idle.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPixmap
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.runner import OperationRunner

log = logging.getLogger(__name__)
ENVIRONMENT = "HUTONG_AUTOMATION"
MAX_LINE = 1 << 20
IDLE_POLL_MS = 10


class AutomationError(Exception):
    """A request that cannot be done (no such widget, bad arguments); sent back as text."""


def start_automation(
    runner: OperationRunner, parent: QObject | None = None
) -> AutomationServer | None:
    """Listen on ``$HUTONG_AUTOMATION`` if it is set; None (and nothing listens) otherwise."""
    path = os.environ.get(ENVIRONMENT, "")
    if not path:
        return None
    server = AutomationServer(runner, parent)
    server.listen(path)
    return server


class AutomationServer(QObject):
    def __init__(self, runner: OperationRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._ops: dict[str, Callable[[dict[str, Any]], Any]] = {
            "windows": self._windows,
            "grab": self._grab,
            "text": self._text,
            "state": self._state,
            "set_text": self._set_text,
            "type": self._type,
            "click": self._click,
            "key": self._key,
            "call": self._call,
        }

    def listen(self, path: str) -> None:
        QLocalServer.removeServer(path)
        if not self._server.listen(path):
            raise OSError(f"automation socket {path}: {self._server.errorString()}")
        log.warning("automation socket listening at %s", path)

    # -- the wire ------------------------------------------------------------------------------

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _on_ready(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        while b"\n" in data:
            line, data = data.split(b"\n", 1)
            if line.strip():
                self._handle(socket, line)
        if len(data) > MAX_LINE:
            socket.abort()
            return
        if socket in self._buffers:
            self._buffers[socket] = data

    def _handle(self, socket: QLocalSocket, line: bytes) -> None:
        try:
            request = json.loads(line)
            if not isinstance(request, dict):
                raise AutomationError("a request is a JSON object")
            op = str(request.get("op", ""))
            if op == "wait_idle":
                self._wait_idle(socket, int(request.get("timeout_ms", 30_000)))
                return
            handler = self._ops.get(op)
            if handler is None:
                raise AutomationError(f"unknown op {op!r}")
            answer = {"ok": True, "result": handler(request)}
        except (AutomationError, ValueError, TypeError, KeyError, AttributeError) as exc:
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        except Exception as exc:  # the edge: a bad request must never take the app down
            log.exception("automation request failed")
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        self._reply(socket, answer)

    def _reply(self, socket: QLocalSocket, answer: dict[str, Any]) -> None:
        if socket not in self._buffers:
            return
        socket.write(json.dumps(answer, default=str).encode("utf-8") + b"\n")
        socket.flush()

    # -- finding widgets -----------------------------------------------------------------------

    @staticmethod
    def _top_levels() -> list[QWidget]:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        windows += [w for w in QApplication.topLevelWidgets() if not w.isVisible()]
        return windows

    def _find(self, name: str) -> QWidget:
        scope, _, leaf = name.rpartition("/")
        roots = self._top_levels()
        if scope:
            roots = [self._find(scope)]
        found: list[QWidget] = []
        for root in roots:
            if root.objectName() == leaf and not scope:
                found.append(root)
            found.extend(root.findChildren(QWidget, leaf))
        if not found:
            raise AutomationError(f"no widget named {name!r}")
        visible = [w for w in found if w.isVisible()]
        return (visible or found)[0]

    @staticmethod
    def _name(request: dict[str, Any]) -> str:
        name = request.get("name")
        if not isinstance(name, str) or not name:
            raise AutomationError("this op needs a widget name")
        return name

    # -- ops -----------------------------------------------------------------------------------

    def _windows(self, _request: dict[str, Any]) -> list[dict[str, str]]:
        return [
            {"name": w.objectName(), "class": type(w).__name__, "title": w.windowTitle()}
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.windowType() != Qt.WindowType.ToolTip
        ]

    def _grab(self, request: dict[str, Any]) -> dict[str, int]:
        path = str(request["path"])
        name = request.get("name")
        pixmap = self._find(str(name)).grab() if name else self._grab_app()
        if pixmap.isNull() or not pixmap.save(path, "PNG"):
            raise AutomationError(f"cannot save a picture to {path}")
        return {"width": pixmap.width(), "height": pixmap.height()}

    def _grab_app(self) -> QPixmap:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.windowType() != Qt.WindowType.ToolTip
        ]
        if not windows:
            raise AutomationError("no window is visible")
        windows.sort(key=lambda w: (w.isModal() or w.parentWidget() is not None, w.isModal()))
        area = QRect()
        for window in windows:
            area = area.united(window.geometry())
        canvas = QPixmap(area.size())
        canvas.fill(QColor("#3c3f44"))
        painter = QPainter(canvas)
        for window in windows:
            place = window.geometry().translated(-area.topLeft())
            painter.drawPixmap(place.topLeft(), window.grab())
            if window is not windows[0]:  # no window manager draws a frame: outline dialogs
                painter.setPen(QColor("#7d8288"))
                painter.drawRect(place.adjusted(0, 0, -1, -1))
        painter.end()
        return canvas

    def _text(self, request: dict[str, Any]) -> object:
        widget = self._find(self._name(request))
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            return widget.text()
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QAbstractItemView):
            return self._rows(widget)
        if widget.isWindow():
            return widget.windowTitle()
        raise AutomationError(f"{type(widget).__name__} has no text")

    def _state(self, request: dict[str, Any]) -> dict[str, bool]:
        widget = self._find(self._name(request))
        checked = isinstance(widget, QAbstractButton) and widget.isChecked()
        return {
            "visible": widget.isVisible(),
            "enabled": widget.isEnabled(),
            "focused": widget.hasFocus(),
            "checked": checked,
        }

    @staticmethod
    def _rows(view: QAbstractItemView) -> list[str]:
        model = view.model()
        if model is None:
            return []
        texts = []
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            text = index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data(
                Qt.ItemDataRole.DisplayRole
            )
            texts.append(str(text) if text is not None else "")
        return texts

    def _set_text(self, request: dict[str, Any]) -> None:
        widget = self._find(self._name(request))
        text = str(request.get("text", ""))
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.setPlainText(text)
        else:
            raise AutomationError(f"cannot set the text of a {type(widget).__name__}")

    def _type(self, request: dict[str, Any]) -> None:
        # One key event per character, so non-ASCII text works too (QTest.keyClicks aborts).
        widget = self._find(self._name(request))
        widget.setFocus()
        for char in str(request.get("text", "")):
            code = ord(char.upper()) if char.isascii() and char.isalnum() else 0
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)

    def _click(self, request: dict[str, Any]) -> None:
        widget = self._find(self._name(request))
        if not widget.isVisible():
            raise AutomationError(f"{widget.objectName()!r} is not visible")
        target, where = widget, widget.rect().center()
        item = request.get("item")
        if item is not None:
            if not isinstance(widget, QAbstractItemView):
                raise AutomationError("item is for item views")
            target, where = self._row_spot(widget, str(item))
        QTimer.singleShot(0, lambda: _click_now(target, where))

    def _row_spot(self, view: QAbstractItemView, item: str) -> tuple[QWidget, QPoint]:
        texts = self._rows(view)
        matches = [row for row, text in enumerate(texts) if item in text]
        if not matches:
            raise AutomationError(f"no row shows {item!r} (rows: {texts})")
        model = view.model()
        index = model.index(matches[0], 0)
        view.scrollTo(index)
        return view.viewport(), view.visualRect(index).center()

    def _key(self, request: dict[str, Any]) -> None:
        widget = self._find(self._name(request))
        key = getattr(Qt.Key, f"Key_{request['key']}", None)
        if key is None:
            raise AutomationError(f"unknown key {request['key']!r}")
        modifiers = Qt.KeyboardModifier.NoModifier
        for modifier in request.get("modifiers", []):
            modifiers |= getattr(Qt.KeyboardModifier, f"{modifier}Modifier")
        QTest.keyClick(widget, key, modifiers)

    def _call(self, request: dict[str, Any]) -> object:
        widget = self._find(self._name(request))
        method = str(request.get("method", ""))
        if not method or method.startswith("_"):
            raise AutomationError("only public methods can be called")
        function = getattr(widget, method)
        args = request.get("args", [])
        if not isinstance(args, list):
            raise AutomationError("args is a list")
        result = function(*args)
        try:
            json.dumps(result)
        except (TypeError, ValueError):
            return None if isinstance(result, QObject) else str(result)
        return result

    def _wait_idle(self, socket: QLocalSocket, timeout_ms: int) -> None:
        deadline = time.monotonic() + timeout_ms / 1000

        def check() -> None:
            if not self._runner.busy:
                self._reply(socket, {"ok": True, "result": True})
            elif time.monotonic() >= deadline:
                self._reply(socket, {"ok": False, "error": "the app is still busy"})
            else:
                QTimer.singleShot(IDLE_POLL_MS, check)

        check()


def _click_now(widget: QWidget, where: QPoint) -> None:
    try:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    except RuntimeError:  # the widget went away before the click (its dialog closed)
        log.warning("automation: the widget to click is gone")
