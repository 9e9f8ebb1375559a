"""Loads pages from a local HTTP server in a plain QtWebEngine page (no interceptor, no CSP:
only Chromium's switches stand in the way) and prints what loaded and what the server saw."""

from __future__ import annotations

import http.server
import json
import sys
import threading

from PySide6 import QtWebEngineWidgets  # noqa: F401  (before the QApplication)
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import QApplication

seen: list[str] = []


class Recorder(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        seen.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<title>reached</title>")

    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    app = QApplication(sys.argv[:1])
    page = QWebEnginePage()
    urls = [f"http://127.0.0.1:{port}/by-address", f"http://localhost:{port}/by-name"]
    loaded: list[bool] = []

    def next_url(ok: bool | None = None) -> None:
        if ok is not None:
            loaded.append(ok)
        if len(loaded) == len(urls):
            print(json.dumps({"loaded": loaded, "seen": seen}), flush=True)
            app.quit()
            return
        page.load(QUrl(urls[len(loaded)]))

    page.loadFinished.connect(next_url)
    QTimer.singleShot(0, next_url)
    QTimer.singleShot(60_000, app.quit)
    app.exec()


if __name__ == "__main__":
    main()
