"""The scripts injected into every mini-program page before its own scripts run."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtWebEngineCore import QWebEngineScript

from core.miniprograms import MAX_UPDATE_BYTES, UPDATE_INTERVAL_MS

RUNTIME = Path(__file__).resolve().parent / "runtime"


@cache
def _source(name: str) -> str:
    return (RUNTIME / name).read_text(encoding="utf-8")


@cache
def _qwebchannel_js() -> str:
    file = QFile(":/qtwebchannel/qwebchannel.js")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError("qwebchannel.js is missing from this Qt installation")
    return bytes(file.readAll().data()).decode("utf-8")


def _script(name: str, source: str, *, subframes: bool) -> QWebEngineScript:
    script = QWebEngineScript()
    script.setName(name)
    script.setSourceCode(source)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    script.setRunsOnSubFrames(subframes)
    return script


def guard_script() -> QWebEngineScript:
    """Removes the web APIs that open network connections, in every frame."""
    return _script("hutong-guard", _source("guard.js"), subframes=True)


def _call(name: str) -> str:
    """A runtime file's source as an expression (a function to call)."""
    return _source(name).rstrip().rstrip(";")


def webxdc_script(self_addr: str, self_name: str) -> QWebEngineScript:
    """``window.webxdc`` with this member's address and name baked in, and ``window.hutong``
    (its calls fail with "unavailable" unless the host registered a Hutong bridge)."""
    config = json.dumps(
        {
            "selfAddr": self_addr,
            "selfName": self_name,
            "sendUpdateInterval": UPDATE_INTERVAL_MS,
            "sendUpdateMaxSize": MAX_UPDATE_BYTES,
        }
    )
    source = (
        "(function () {\n"
        f"{_qwebchannel_js()}\n"
        f"const onChannel = {_call('channel.js')}(window, QWebChannel);\n"
        f"{_call('webxdc.js')}(window, {config}, onChannel);\n"
        f"{_call('hutong.js')}(window, onChannel);\n"
        "})();"
    )
    return _script("hutong-webxdc", source, subframes=False)
