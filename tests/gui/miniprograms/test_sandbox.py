"""The sandbox's doors, each tested with the layers in front of it turned off where that is
what shows it holds (the network itself is tested from a namespace in tests/lan)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEngineSettings

from core.miniprograms import LocalUpdateHub
from desktop.miniprograms import MiniProgramWindow, content_security_policy
from tests.gui.miniprograms.conftest import js, js_await
from tests.gui.miniprograms.pages import tiny_package

Attribute = QWebEngineSettings.WebAttribute


def test_every_response_carries_the_csp(make_host, qtbot) -> None:
    host = make_host(tiny_package(files={"data.json": b"[1]"}), "ann", LocalUpdateHub())
    headers = js_await(
        qtbot,
        host,
        "fetch('data.json').then(async r => [r.headers.get('content-security-policy'),"
        " r.headers.get('content-type'), await r.json()])",
    )
    assert headers == [content_security_policy("webxdc://0f00d"), "application/json", [1]]
    assert "connect-src 'self' webxdc://0f00d blob: data:" in headers[0]


def test_the_gate_blocks_what_the_csp_would_have(make_host, qtbot) -> None:
    host = make_host(tiny_package(), "ann", LocalUpdateHub(), csp=False)
    answer = js_await(qtbot, host, "fetch('http://192.0.2.7/leak').then(r => r.status)")
    assert answer == {"error": "Failed to fetch"}
    answer = js_await(qtbot, host, "fetch('webxdc://beef/index.html').then(r => r.status)")
    assert answer == {"error": "Failed to fetch"}
    assert host.gate.blocked[:2] == ["http://192.0.2.7/leak", "webxdc://beef/index.html"]


def test_no_window_opens_and_the_page_never_leaves_its_package(make_host, qtbot) -> None:
    host = make_host(tiny_package(), "ann", LocalUpdateHub(), guard=False, csp=False)
    assert js(qtbot, host, "String(window.open('index.html'))") == "null"
    js(qtbot, host, "location.href = 'http://192.0.2.7/away'; 0")
    qtbot.waitUntil(lambda: "http://192.0.2.7/away" in host.page.refused_navigations)
    assert host.page.url().toString() == "webxdc://0f00d/index.html"
    assert js(qtbot, host, "window.listening") is True  # the same document, still running


class OpenedUrls(QObject):
    """Stands in for the desktop's handler of a URL scheme; records what it was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_a_clicked_external_link_is_never_handed_to_the_desktop(make_host, qtbot) -> None:
    box = "position:fixed;left:0;width:300px;height:140px;display:block"
    body = (
        f"<a href='mailto:someone@example.org' style='{box};top:0'>mail</a>"
        f"<a href='#after' style='{box};top:150px'>after</a>"
    )
    host = make_host(tiny_package(body), "ann", LocalUpdateHub(), guard=False, csp=False)
    assert (
        host.page.settings().unknownUrlSchemePolicy()
        == QWebEngineSettings.UnknownUrlSchemePolicy.DisallowUnknownUrlSchemes
    )
    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("mailto", opened, "open")
    try:
        window = MiniProgramWindow(host)
        window.resize(400, 400)
        window.show()
        qtbot.waitExposed(window)
        target = window.view.focusProxy() or window.view
        qtbot.waitUntil(lambda: (js(qtbot, host, "innerWidth") or 0) > 0)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(50, 200))
        # The second click navigated within the page, so the first one was handled too.
        qtbot.waitUntil(lambda: js(qtbot, host, "location.hash") == "#after", timeout=30_000)
        assert opened.urls == []
        window.view.setPage(None)  # type: ignore[arg-type]
    finally:
        QDesktopServices.unsetUrlHandler("mailto")


def test_permissions_are_denied_unless_granted(make_host, qtbot) -> None:
    host = make_host(tiny_package(), "ann", LocalUpdateHub(), guard=False)
    assert js_await(qtbot, host, "Notification.requestPermission()") == "denied"
    camera = js_await(
        qtbot, host, "navigator.mediaDevices.getUserMedia({video: true, audio: true})"
    )
    assert "error" in camera
    clipboard = js_await(qtbot, host, "navigator.clipboard.readText()")
    assert "error" in clipboard


def test_plugins_pdf_drops_and_clipboard_are_off(make_host, qtbot) -> None:
    host = make_host(tiny_package(), "ann", LocalUpdateHub())
    settings = host.page.settings()
    for attribute in (
        Attribute.PluginsEnabled,
        Attribute.PdfViewerEnabled,
        Attribute.NavigateOnDropEnabled,
        Attribute.JavascriptCanOpenWindows,
        Attribute.JavascriptCanAccessClipboard,
        Attribute.LocalContentCanAccessRemoteUrls,
        Attribute.DnsPrefetchEnabled,
    ):
        assert not settings.testAttribute(attribute), attribute
    assert host.profile.isOffTheRecord()
    assert js(qtbot, host, "navigator.plugins.length + navigator.mimeTypes.length") == 0


def test_each_instance_has_its_own_profile_and_storage(make_host, qtbot) -> None:
    hub = LocalUpdateHub()
    package = tiny_package()
    one = make_host(package, "ann", hub, instance="aaaa")
    two = make_host(package, "ann", LocalUpdateHub(), instance="bbbb")
    assert one.profile is not two.profile
    js(qtbot, one, "localStorage.setItem('k', 'one'); 0")
    assert js(qtbot, one, "JSON.stringify(localStorage.getItem('k'))") == '"one"'
    assert js(qtbot, two, "JSON.stringify(localStorage.getItem('k'))") == "null"


def test_the_guard_removes_network_apis_before_the_app_runs(make_host, qtbot) -> None:
    host = make_host(tiny_package(), "ann", LocalUpdateHub())
    gone = js(
        qtbot,
        host,
        "JSON.stringify([typeof RTCPeerConnection, typeof WebSocket, typeof EventSource,"
        " typeof WebTransport, navigator.sendBeacon('x'), typeof navigator.serviceWorker,"
        " (() => { try { window.RTCPeerConnection = 1; } catch (e) {} return typeof RTCPeerConnection; })()])",
    )
    assert gone == '["undefined","undefined","undefined","undefined",false,"undefined","undefined"]'


def test_the_chromium_switches_are_added_once_after_the_existing_ones() -> None:
    from desktop.miniprograms import SANDBOX_SWITCHES, chromium_flags

    once = chromium_flags("--no-sandbox --disable-gpu")
    assert once.startswith("--no-sandbox --disable-gpu ")
    assert '"--host-resolver-rules=MAP * ~NOTFOUND"' in once
    assert "--force-webrtc-ip-handling-policy=disable_non_proxied_udp" in once
    assert chromium_flags(once) == once
    assert len(SANDBOX_SWITCHES) >= 10


def test_a_granted_permission_is_given_to_its_own_origin_only(make_host, qtbot) -> None:
    from PySide6.QtWebEngineCore import QWebEnginePermission

    host = make_host(tiny_package(), "ann", LocalUpdateHub(), guard=False)
    host.page.granted.add(QWebEnginePermission.PermissionType.Notifications)
    assert js_await(qtbot, host, "Notification.requestPermission()") == "granted"
