"""Wallet dialogs that follow the theme (the wallet's additions to the style, kept current)
and grow when a message appears in them, so that no line is squeezed or hidden."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.wallet.style import dialog_style
from desktop.widgets import TranslatedDialog, theme_colors
from desktop.widgets.translated import grow_to_fit


class WalletDialog(TranslatedDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        context.themes.changed.connect(self._restyle)
        self._restyle()

    def _restyle(self, *_theme: object) -> None:
        self.setStyleSheet(dialog_style(theme_colors(self._context)))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            grow_to_fit(self)  # an error shown, a page changed: only ever larger
        return handled
