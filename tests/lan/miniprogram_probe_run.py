"""Run the network probe mini-program in a real QtWebEngine and write what it tried as JSON.

Started by tests/lan/test_miniprogram_network.py inside a network namespace
(``ip netns exec``); ``--unsandboxed`` drops the Chromium switches and the request
interceptor (a control run that shows the listeners do catch escapes).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication

PROBE = Path(__file__).resolve().parent / "miniprogram_probe"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--ip", default="10.77.0.2")
    parser.add_argument("--name", default="probe.hutong.test")
    parser.add_argument("--local", default="8081")
    parser.add_argument("--no-csp", action="store_true")
    parser.add_argument("--no-guard", action="store_true")
    parser.add_argument("--unsandboxed", action="store_true")
    arguments = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

    from PySide6 import QtWebEngineWidgets  # noqa: F401  (before the QApplication)

    from core.miniprograms import LocalUpdateHub, read_package
    from desktop.miniprograms import MiniProgramHost, pack_folder, prepare_webengine
    from desktop.miniprograms.chromium import register_scheme

    if arguments.unsandboxed:
        register_scheme()
    else:
        prepare_webengine()
    app = QApplication(sys.argv[:1])
    package = read_package(pack_folder(PROBE), file_name="probe.xdc")
    host = MiniProgramHost(
        package,
        instance="probe",
        self_addr="probe@hutong",
        self_name="Probe",
        transport=LocalUpdateHub().join("probe@hutong"),
        csp=not (arguments.no_csp or arguments.unsandboxed),
        guard=not (arguments.no_guard or arguments.unsandboxed),
        gate=not arguments.unsandboxed,
    )
    host.page.load(
        QUrl(
            f"{host.url.toString()}#ip={arguments.ip}&name={arguments.name}&local={arguments.local}"
        )
    )
    report: dict[str, object] = {}

    def poll() -> None:
        def got(results: object) -> None:
            if results:
                report["attempts"] = json.loads(str(results))
                report["blocked"] = host.gate.blocked_count
                report["refused_navigations"] = host.page.refused_navigations
                arguments.out.write_text(json.dumps(report))
                timer.stop()
                host.close()
                QTimer.singleShot(500, app.quit)

        host.page.runJavaScript(
            "window.probeResults ? JSON.stringify(window.probeResults) : null", 0, got
        )

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(500)

    def give_up() -> None:
        def partial(results: object) -> None:
            report["partial"] = results
            report["url"] = host.page.url().toString()
            report["refused_navigations"] = host.page.refused_navigations
            report["blocked"] = host.gate.blocked_count
            arguments.out.write_text(json.dumps(report))
            app.quit()

        host.page.runJavaScript(
            "JSON.stringify(typeof results === 'undefined' ? null : results)", 0, partial
        )
        QTimer.singleShot(5000, app.quit)

    QTimer.singleShot(int(os.environ.get("PROBE_TIMEOUT_MS", "240000")), give_up)
    app.exec()
    return 0 if report.get("attempts") else 1


if __name__ == "__main__":
    sys.exit(main())
