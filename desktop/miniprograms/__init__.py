"""Mini-programs on the desktop: webxdc packages run in a QtWebEngine sandbox that cannot
reach the network, with ``window.hutong`` beside ``window.webxdc``. ``prepare_webengine()``
must run before the QApplication is created. The pane is ``desktop.miniprograms.pane``;
other panes open apps and cards through ``desktop.miniprograms.launcher``."""

from desktop.miniprograms.bridge import WebxdcBridge
from desktop.miniprograms.bundled import bundled_names, bundled_package, pack_folder
from desktop.miniprograms.chromium import (
    SANDBOX_SWITCHES,
    SCHEME,
    chromium_flags,
    prepare_webengine,
)
from desktop.miniprograms.host import MiniProgramHost
from desktop.miniprograms.hutong_api import HutongApi
from desktop.miniprograms.hutong_bridge import HutongBridge
from desktop.miniprograms.package_scheme import PackageSchemeHandler, content_security_policy
from desktop.miniprograms.request_gate import RequestGate
from desktop.miniprograms.sandbox_page import SandboxPage, sandbox_profile
from desktop.miniprograms.window import MiniProgramWindow

__all__ = [
    "SANDBOX_SWITCHES",
    "SCHEME",
    "HutongApi",
    "HutongBridge",
    "MiniProgramHost",
    "MiniProgramWindow",
    "PackageSchemeHandler",
    "RequestGate",
    "SandboxPage",
    "WebxdcBridge",
    "bundled_names",
    "bundled_package",
    "chromium_flags",
    "content_security_policy",
    "pack_folder",
    "prepare_webengine",
    "sandbox_profile",
]
