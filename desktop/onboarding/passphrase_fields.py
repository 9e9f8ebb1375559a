"""A passphrase field with a show/hide eye, used by first run, unlock and settings."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.context import AppContext
from desktop.icons import icon


class PassphraseEdit(QLineEdit):
    """Hidden by default; the eye at the end shows what was typed."""

    def __init__(self, parent: QWidget | None = None, color: str = "#8c8c8c") -> None:
        super().__init__(parent)
        self._color = color
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(1024)
        self.reveal = QAction(self)
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._toggle)
        self.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)
        self._toggle(False)

    def _toggle(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.reveal.setIcon(icon("eye-off" if shown else "eye", self._color))
        self.reveal.setToolTip(self.tr("Hide passphrase") if shown else self.tr("Show passphrase"))


def passphrase_edit(context: AppContext | None, parent: QWidget) -> PassphraseEdit:
    color = "#9aa0a6" if context is not None and context.themes.effective == "dark" else "#8c8c8c"
    return PassphraseEdit(parent, color)
