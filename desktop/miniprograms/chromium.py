"""What must happen before the QApplication exists: Chromium's switches and the scheme.

QtWebEngine reads ``QTWEBENGINE_CHROMIUM_FLAGS`` once, when its first profile is made, and
custom schemes must be registered before the application object is created. These switches
apply to every page of the process; Hutong runs no other web content, so they cost nothing.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWebEngineCore import QWebEngineUrlScheme

SCHEME = "webxdc"

# A port nothing listens on: whatever escapes every other layer is sent to a dead proxy.
DEAD_PROXY = "http://127.0.0.1:9"

SANDBOX_SWITCHES = (
    # No name resolves, so no DNS packet is ever sent (DNS prefetch, preconnect, TURN names).
    "--host-resolver-rules=MAP * ~NOTFOUND",
    # WebRTC may use UDP only through a proxy (there is none that carries UDP) and TCP only
    # through the dead proxy: no STUN, no TURN over UDP or TCP, no host candidates.
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
    f"--proxy-server={DEAD_PROXY}",
    # Chromium sends loopback directly by default; here loopback goes to the dead proxy too.
    "--proxy-bypass-list=<-loopback>",
    "--disable-quic",
    "--dns-prefetch-disable",
    "--no-pings",
    "--disable-background-networking",
    "--disable-domain-reliability",
    "--disable-component-update",
    "--disable-features=DnsOverHttps,AsyncDns,WebRtcHideLocalIpsWithMdns,Prerender2,"
    "LoadingPredictorPrefetch,SpeculationRulesPrefetchFuture,MediaRouter",
)


def chromium_flags(existing: str = "") -> str:
    """``existing`` switches followed by the sandbox's that are not there yet (for a switch
    given twice, Chromium takes the later value, so ours win)."""
    # The host resolver rule holds spaces: quote it the way Qt splits the variable.
    quoted = [f'"{switch}"' if " " in switch else switch for switch in SANDBOX_SWITCHES]
    missing = [switch for switch in quoted if switch not in existing]
    return " ".join([existing.strip(), *missing]).strip()


def register_scheme() -> None:
    """Register ``webxdc://<instance>/`` (a secure, host-style scheme); safe to call twice."""
    if QWebEngineUrlScheme.schemeByName(SCHEME.encode()).name():
        return
    scheme = QWebEngineUrlScheme(SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme | QWebEngineUrlScheme.Flag.FetchApiAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)


def prepare_webengine(environ: MutableMapping[str, str] | None = None) -> None:
    """Call once, before ``QApplication(...)``: switches, scheme, shared GL contexts."""
    environ = os.environ if environ is None else environ
    environ["QTWEBENGINE_CHROMIUM_FLAGS"] = chromium_flags(
        environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    )
    register_scheme()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
