"""One running mini-program instance: its profile, page, channel, session and watchdog."""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEngineScript
from PySide6.QtWidgets import QWidget

from core.miniprograms import AppSession, AppUpdate, Package, UpdateThrottle, UpdateTransport
from desktop.miniprograms.bridge import FileChooser, WebxdcBridge
from desktop.miniprograms.chromium import SCHEME
from desktop.miniprograms.file_import import dialog_chooser
from desktop.miniprograms.hutong_api import HutongApi
from desktop.miniprograms.hutong_bridge import HutongBridge
from desktop.miniprograms.package_scheme import PackageSchemeHandler
from desktop.miniprograms.request_gate import RequestGate
from desktop.miniprograms.runtime_script import guard_script, webxdc_script
from desktop.miniprograms.sandbox_page import SandboxPage, sandbox_profile

log = logging.getLogger(__name__)
UNANSWERED_PINGS = 3


class _GuiThreadHop(QObject):
    """Transports may call back from any thread (the sync layer's); updates reach the
    session on the GUI thread, one event loop turn later (no re-entrancy either)."""

    arrived = Signal(object)

    def __init__(self, transport: UpdateTransport, parent: QObject) -> None:
        super().__init__(parent)
        self._transport = transport

    def send(self, update: AppUpdate) -> None:
        self._transport.send(update)

    def listen(self, receive: Callable[[AppUpdate], None]) -> Callable[[], None]:
        self.arrived.connect(receive, Qt.ConnectionType.QueuedConnection)
        stop = self._transport.listen(self.arrived.emit)

        def stop_both() -> None:
            stop()
            self.arrived.disconnect(receive)

        return stop_both


class MiniProgramHost(QObject):
    """Runs ``package`` as app instance ``instance`` for the member ``self_addr``.

    Signals: ``chatShareRequested(ChatShare)``, ``throttled(int)`` (refused sends so far),
    ``unresponsive()`` (the page stopped answering: an endless loop), ``loaded(bool)``.
    ``csp``, ``guard`` and ``gate`` (the request interceptor) can be turned off only so that
    tests can show the other layers hold on their own. ``hutong`` serves ``window.hutong``
    (without it, its calls fail "unavailable"). Dialogs the app opens (importFiles) are
    parented to ``dialog_parent`` (the app's window sets itself there).
    """

    chatShareRequested = Signal(object)  # noqa: N815
    throttled = Signal(int)
    unresponsive = Signal()
    loaded = Signal(bool)

    def __init__(
        self,
        package: Package,
        *,
        instance: str,
        self_addr: str,
        self_name: str,
        transport: UpdateTransport,
        parent: QObject | None = None,
        choose_files: FileChooser | None = None,
        hutong: HutongApi | None = None,
        throttle: UpdateThrottle | None = None,
        csp: bool = True,
        guard: bool = True,
        gate: bool = True,
        ping_ms: int = 2000,
    ) -> None:
        super().__init__(parent)
        if not (instance.isascii() and instance.isalnum() and instance == instance.lower()):
            raise ValueError("an instance id is lower-case letters and digits")
        self.package = package
        self.instance = instance
        self.url = QUrl(f"{SCHEME}://{instance}/index.html")
        self.profile = sandbox_profile(instance, self)
        self.gate = RequestGate(instance, self)
        if gate:
            self.profile.setUrlRequestInterceptor(self.gate)
        self.scheme_handler = PackageSchemeHandler(package, instance, csp=csp, parent=self)
        self.profile.installUrlSchemeHandler(SCHEME.encode(), self.scheme_handler)
        if guard:
            self.profile.scripts().insert(guard_script())
        self.profile.scripts().insert(webxdc_script(self_addr, self_name))
        self.page = SandboxPage(self.profile, instance)
        self.dialog_parent: QWidget | None = None
        self._hop = _GuiThreadHop(transport, self)
        self.session = AppSession(self_addr, self._hop, throttle=throttle)
        chooser = choose_files or dialog_chooser(lambda: self.dialog_parent)
        self.bridge = WebxdcBridge(self.session, chooser, self)
        self.session.on_new_updates = self.bridge.updatesAvailable.emit
        self.bridge.chatShareRequested.connect(self.chatShareRequested)
        self.bridge.throttled.connect(self.throttled)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("webxdc", self.bridge)
        self.hutong = HutongBridge(hutong, self) if hutong is not None else None
        if self.hutong is not None:
            self.channel.registerObject("hutong", self.hutong)
        self.page.setWebChannel(self.channel, QWebEngineScript.ScriptWorldId.MainWorld)
        self.page.loadFinished.connect(self.loaded)
        self.is_unresponsive = False
        self._unanswered = 0
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(ping_ms)
        self._watchdog.timeout.connect(self._ping)

    def load(self) -> None:
        self.page.load(self.url)
        self._watchdog.start()

    def stop_runaway(self) -> None:
        """End the page's renderer (an app stuck in a loop); the window shows it ended."""
        pid = self.page.renderProcessPid()
        if pid > 0:
            os.kill(pid, signal.SIGKILL)

    def close(self) -> None:
        """Stop listening and free the page before its profile (Qt needs that order)."""
        self._watchdog.stop()
        self.session.close()
        self.page.setWebChannel(None)  # type: ignore[arg-type]
        self.page.deleteLater()
        self.profile.deleteLater()

    def _ping(self) -> None:
        self._unanswered += 1
        if self._unanswered > UNANSWERED_PINGS and not self.is_unresponsive:
            self.is_unresponsive = True
            log.info("mini-program %s stopped answering", self.instance)
            self.unresponsive.emit()
        self.page.runJavaScript("0", QWebEngineScript.ScriptWorldId.ApplicationWorld, self._pong)

    def _pong(self, _result: object) -> None:
        self._unanswered = 0
        self.is_unresponsive = False
