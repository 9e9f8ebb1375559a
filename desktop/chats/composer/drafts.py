"""Drafts kept per conversation: saved a moment after typing stops, when switching chats and
when the pane closes; restored when a chat opens (``core.chat.draft``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from core.facade import Core
from desktop.chats.scoped_runner import Runner

SAVE_AFTER_MS = 800


class DraftKeeper(QObject):
    def __init__(self, core: Core, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self._runner = runner
        self._conversation = ""
        self._text = ""
        self._saved: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)

    def switch_to(self, conversation: str, known_draft: str) -> None:
        """Save the current chat's draft, then follow ``conversation``."""
        self.flush()
        self._conversation = conversation
        self._text = known_draft
        self._saved[conversation] = known_draft

    def edited(self, text: str) -> None:
        self._text = text
        self._timer.start()

    def sent(self) -> None:
        """core.chat.send_text clears the draft itself."""
        self._timer.stop()
        self._text = ""
        self._saved[self._conversation] = ""

    def flush(self) -> None:
        self._timer.stop()
        conversation, text = self._conversation, self._text
        if not conversation or self._saved.get(conversation) == text:
            return
        self._saved[conversation] = text
        core = self._core
        self._runner.run(lambda: core.chat.set_draft(conversation, text), None, lambda _m: None)
