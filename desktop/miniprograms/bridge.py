"""The object ``window.webxdc`` talks to over QWebChannel.

Every slot takes one text argument from the page (hostile until validated) and answers a
JSON text: ``{"ok": value}`` or ``{"error": "why"}``. Nothing here can raise into Qt.

Signals: ``updatesAvailable()`` (the app has updates to fetch), ``filesChosen(request,
files_json)`` (an ``importFiles`` dialog closed), ``chatShareRequested(ChatShare)``,
``throttled(refused_count)``.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from core.miniprograms import (
    AppSession,
    ChatShare,
    FileFilter,
    UpdateRefused,
    parse_chat_share,
    parse_file_filter,
)

log = logging.getLogger(__name__)
FileChooser = Callable[[FileFilter, Callable[[str], None]], None]


def _ok(value: object = None) -> str:
    return json.dumps({"ok": value})


def _error(reason: str) -> str:
    return json.dumps({"error": reason})


class WebxdcBridge(QObject):
    updatesAvailable = Signal()  # noqa: N815 (a name the JS side sees)
    filesChosen = Signal(str, str)  # noqa: N815
    chatShareRequested = Signal(object)  # noqa: N815
    throttled = Signal(int)

    def __init__(
        self,
        session: AppSession,
        choose_files: FileChooser,
        parent: QObject | None = None,
        *,
        now_ms: Callable[[], int] = lambda: time.monotonic_ns() // 1_000_000,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._choose_files = choose_files
        self._now_ms = now_ms
        self._dialog_open = False
        self.refused_calls = 0

    @Slot(str, result=str)
    def sendUpdate(self, text: str) -> str:  # noqa: N802
        refused_before = self.session.throttle.refused
        try:
            delivered = self.session.send(text, self._now_ms())
        except UpdateRefused as exc:
            self.refused_calls += 1
            if self.session.throttle.refused != refused_before:
                self.throttled.emit(self.session.throttle.refused)
            return _error(str(exc))
        return _ok(delivered.serial)

    @Slot(str, result=str)
    def updatesSince(self, serial: str) -> str:  # noqa: N802
        try:
            return f'{{"ok":{self.session.updates_json(serial)}}}'
        except UpdateRefused as exc:
            self.refused_calls += 1
            return _error(str(exc))

    @Slot(str, result=str)
    def sendToChat(self, text: str) -> str:  # noqa: N802
        try:
            share: ChatShare = parse_chat_share(text)
        except UpdateRefused as exc:
            self.refused_calls += 1
            return _error(str(exc))
        self.chatShareRequested.emit(share)
        return _ok()

    @Slot(str, result=str)
    def importFiles(self, text: str) -> str:  # noqa: N802
        try:
            request, wanted = parse_file_filter(text)
        except UpdateRefused as exc:
            self.refused_calls += 1
            return _error(str(exc))
        if self._dialog_open:
            return _error("a file dialog is already open")
        self._dialog_open = True

        def chosen(files_json: str) -> None:
            self._dialog_open = False
            self.filesChosen.emit(request, files_json)

        self._choose_files(wanted, chosen)
        return _ok()
