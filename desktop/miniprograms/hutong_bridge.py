"""The object ``window.hutong`` talks to over QWebChannel (registered as ``hutong``).

One slot, ``call(id, text)``: it answers the JSON text of the result at once, or
``{"pending": true}`` when a prompt or a dialog must be answered first; the result then comes
through ``answered(id, text)``. ``id`` is the page's own tag for the call (hostile like the
rest: it is only echoed back). Nothing here can raise into Qt.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QObject, Signal, Slot

from desktop.miniprograms.hutong_api import CallRefused, HutongApi, parse_call, refused

log = logging.getLogger(__name__)
MAX_ID_CHARS = 20
PENDING = json.dumps({"pending": True})


class HutongBridge(QObject):
    answered = Signal(str, str)

    def __init__(self, api: HutongApi, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.api = api
        self.refused_calls = 0

    @Slot(str, str, result=str)
    def call(self, request: str, text: str) -> str:
        if not isinstance(request, str) or not 0 < len(request) <= MAX_ID_CHARS:
            self.refused_calls += 1
            return refused("invalid", "bad call id")
        try:
            parsed = parse_call(text)
        except CallRefused as exc:
            self.refused_calls += 1
            return refused(exc.code, exc.message)
        now: list[str] = []
        returned = False

        def answer(result: str) -> None:
            if returned:
                self.answered.emit(request, result)
            else:
                now.append(result)

        try:
            self.api.start(parsed, answer)
        except Exception:  # a bug must not reach Qt or leave the page waiting forever
            log.exception("window.hutong %s failed", parsed.method)
            return refused("failed", "the call failed")
        returned = True
        return now[0] if now else PENDING
