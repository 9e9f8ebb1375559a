"""An inline line of feedback under a form: an error in red, or a quiet confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class InlineNotice(QLabel):
    """Hidden until told something; ``kind`` is ``error``, ``success`` or ``info`` (for QSS)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineNotice")
        self.setWordWrap(True)
        self.kind = ""
        self.hide()

    def show_error(self, text: str) -> None:
        self._show("error", text)

    def show_success(self, text: str) -> None:
        self._show("success", text)

    def show_info(self, text: str) -> None:
        self._show("info", text)

    def clear_notice(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()

    def _show(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setProperty("kind", kind)
        self.setText(sentence(text))
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()


def sentence(text: str) -> str:
    """Core writes messages for people in lower case ("wrong passphrase"): make a sentence
    (with a full stop of the text's own script: 密码错误。)."""
    text = text.strip()
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    if text[-1] in ".!?…)。！？）":
        return text
    return text + ("。" if "\u2e80" <= text[-1] <= "\u9fff" else ".")
