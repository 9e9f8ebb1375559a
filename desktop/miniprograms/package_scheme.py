"""Serving a validated package from memory under ``webxdc://<instance>/``, with the CSP."""

from __future__ import annotations

import logging
import mimetypes

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlSchemeHandler

from core.miniprograms import Package
from desktop.miniprograms.chromium import SCHEME

log = logging.getLogger(__name__)

_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".wasm": "application/wasm",
    ".txt": "text/plain",
}


def content_security_policy(origin: str) -> str:
    """Everything from the package itself; inline code and eval (webxdc apps rely on them);
    no connection, form, frame or worker to anywhere else."""
    own = f"'self' {origin}"
    return "; ".join(
        (
            f"default-src {own} 'unsafe-inline' 'unsafe-eval' blob: data:",
            f"connect-src {own} blob: data:",
            f"img-src {own} blob: data:",
            f"media-src {own} blob: data:",
            f"font-src {own} blob: data:",
            f"frame-src {own} blob: data:",
            f"worker-src {own} blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'none'",
            "prefetch-src 'none'",
        )
    )


def content_type(path: str) -> bytes:
    suffix = path[path.rfind(".") :].lower() if "." in path else ""
    guessed = _TYPES.get(suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream"
    return guessed.encode()


class PackageSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers GET requests for the package's own files and nothing else."""

    def __init__(
        self, package: Package, instance: str, *, csp: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.package = package
        self.instance = instance
        self.csp = csp
        self.origin = f"{SCHEME}://{instance}"

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt override)
        url = job.requestUrl()
        if job.requestMethod() != b"GET" or url.host() != self.instance:
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        path = url.path().lstrip("/") or "index.html"
        content = self.package.files.get(path)
        if content is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        headers = {QByteArray(b"X-Content-Type-Options"): [QByteArray(b"nosniff")]}
        if self.csp:
            headers[QByteArray(b"Content-Security-Policy")] = [
                QByteArray(content_security_policy(self.origin).encode())
            ]
        # A QMultiMap in C++: PySide wants a list of values per name (a bare QByteArray would
        # be taken as a sequence of one-byte values).
        job.setAdditionalResponseHeaders(headers)  # type: ignore[arg-type]
        buffer = QBuffer(job)
        buffer.setData(content)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(content_type(path), buffer)
