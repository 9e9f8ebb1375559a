"""Wallet dialogs that follow the theme: the wallet's additions to the style, kept current."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.wallet.style import dialog_style
from desktop.widgets import TranslatedDialog, theme_colors


class WalletDialog(TranslatedDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        context.themes.changed.connect(self._restyle)
        self._restyle()

    def _restyle(self, *_theme: object) -> None:
        self.setStyleSheet(dialog_style(theme_colors(self._context)))
