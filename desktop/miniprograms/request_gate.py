"""The request interceptor: every request that is not for the app's own origin is blocked."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from desktop.miniprograms.chromium import SCHEME

log = logging.getLogger(__name__)
MAX_REMEMBERED = 200


class RequestGate(QWebEngineUrlRequestInterceptor):
    """Allows ``webxdc://<instance>/...`` (and in-memory ``blob:``/``data:``); blocks the rest.

    ``blocked`` keeps the first blocked URLs, for the window's menu and for tests.
    """

    def __init__(self, instance: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.instance = instance
        self.blocked: list[str] = []
        self.blocked_count = 0

    def allows(self, scheme: str, host: str) -> bool:
        if scheme == SCHEME:
            return host == self.instance
        return scheme in ("blob", "data")

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt)
        url = info.requestUrl()
        if self.allows(url.scheme(), url.host()):
            return
        info.block(True)
        self.blocked_count += 1
        if len(self.blocked) < MAX_REMEMBERED:
            self.blocked.append(url.toString()[:200])
        log.debug("mini-program %s: blocked %s", self.instance, url.toString()[:200])
