"""Mini-program GUI tests: real QtWebEngine, offscreen, with the sandbox's Chromium switches
and the webxdc scheme registered before pytest-qt creates the QApplication."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest
from PySide6 import QtWebEngineWidgets  # noqa: F401  (must be imported before the QApplication)
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from core.miniprograms import LocalUpdateHub, Package, UpdateThrottle
from desktop.context import AppContext
from desktop.miniprograms import MiniProgramHost, prepare_webengine

prepare_webengine()


def js(qtbot, host: MiniProgramHost, script: str, timeout: int = 20_000) -> object:
    """Run ``script`` in the app's own world and return its result."""
    results: list[object] = []
    host.page.runJavaScript(script, 0, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=timeout)
    return results[0]


_awaited = iter(range(1, 1 << 30))


def js_await(qtbot, host: MiniProgramHost, expression: str, timeout: int = 30_000) -> object:
    """Evaluate ``expression``, wait for its promise, and return the value (or {"error": ...})."""
    slot = f"__awaited{next(_awaited)}"
    js(
        qtbot,
        host,
        f"Promise.resolve().then(() => ({expression})).then("
        f"v => {{ window.{slot} = JSON.stringify(v === undefined ? null : v); }},"
        f" e => {{ window.{slot} = JSON.stringify({{error: String(e && e.message || e)}}); }}); 0",
    )
    found: list[object] = []

    def settled() -> bool:
        found[:] = [js(qtbot, host, f"typeof window.{slot} === 'string' ? window.{slot} : false")]
        return isinstance(found[0], str)

    qtbot.waitUntil(settled, timeout=timeout)
    return json.loads(str(found[0]))


def wait_js(
    qtbot, host: MiniProgramHost, script: str, expected: object, timeout: int = 30_000
) -> None:
    """Wait until ``script`` evaluates to ``expected`` in the page."""
    last: list[object] = []

    def matches() -> bool:
        last[:] = [js(qtbot, host, script)]
        return last[0] == expected

    try:
        qtbot.waitUntil(matches, timeout=timeout)
    except Exception:
        raise AssertionError(
            f"{script} is {last[0] if last else None!r}, not {expected!r}"
        ) from None


@pytest.fixture
def make_host(qapp: QApplication, qtbot) -> Iterator[Callable[..., MiniProgramHost]]:
    """Start hosts (loaded, listening); all are closed after the test."""
    hosts: list[MiniProgramHost] = []

    def make(
        package: Package,
        member: str,
        hub: LocalUpdateHub,
        *,
        instance: str = "0f00d",
        wait_for: str | None = "window.listening === true",
        throttle: UpdateThrottle | None = None,
        **options: object,
    ) -> MiniProgramHost:
        host = MiniProgramHost(
            package,
            instance=instance,
            self_addr=f"{member}@hutong",
            self_name=member.capitalize(),
            transport=hub.join(f"{member}@hutong"),
            throttle=throttle,
            **options,  # type: ignore[arg-type]
        )
        hosts.append(host)
        with qtbot.waitSignal(host.loaded, timeout=30_000):
            host.load()
        if wait_for:
            wait_js(qtbot, host, wait_for, True)
        return host

    yield make
    for host in hosts:
        host.close()
    # Pages go before their profiles (deferred deletes run in the order they were posted).
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def app_context(make_core, make_context, qapp: QApplication) -> Iterator[AppContext]:
    """A real profile's AppContext; every mini-program window it opened is closed after."""
    from desktop.miniprograms.launcher import open_windows

    context = make_context(make_core("ann"))
    yield context
    for window in list(open_windows(context).values()):
        window.close()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    context.runner.wait_for_done()


def open_app(
    qtbot,
    context: AppContext,
    program_id: bytes,
    conversation: str | None = None,
    *,
    ready: str = "window.ready === true",
):
    """Open a program's window through the launcher and wait until its page has run."""
    from desktop.miniprograms.launcher import open_program

    window = open_program(context, program_id, conversation, None)
    assert window is not None
    wait_js(qtbot, window.host, ready, True)
    return window


def outcome(qtbot, host: MiniProgramHost, expression: str) -> object:
    """The promise's value, or {"code": ..., "message": ...} if it rejected."""
    return js_await(
        qtbot,
        host,
        f"({expression}).then(v => ({{value: v === undefined ? null : v}}),"
        " e => ({code: e.code, message: e.message}))",
    )


def message_box(widget, name: str):
    """The visible message box ``name`` under ``widget`` (None if there is none)."""
    from PySide6.QtWidgets import QMessageBox

    for box in widget.findChildren(QMessageBox, name):
        if box.isVisible():
            return box
    return None


def answer_box(qtbot, widget, name: str, yes: bool) -> str:
    """Wait for the message box ``name``, click Yes or No, and return its text."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    qtbot.waitUntil(lambda: message_box(widget, name) is not None, timeout=20_000)
    box = message_box(widget, name)
    text = box.text()
    button = box.findChild(QPushButton, f"{name}{'Yes' if yes else 'No'}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return text
