"""Bases for widgets and dialogs whose strings follow the interface language live."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget


class TranslatedWidget(QWidget):
    """Calls :meth:`retranslate` whenever the language changes."""

    def retranslate(self) -> None:
        """Re-set every visible string."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TranslatedDialog(QDialog):
    """A dialog that calls :meth:`retranslate` whenever the language changes."""

    def retranslate(self) -> None:
        """Re-set every visible string."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def set_role(widget: QWidget, role: str, **properties: str) -> QWidget:
    """Tag a widget for the style sheets (``role`` plus e.g. ``tone``) and re-polish it."""
    widget.setProperty("role", role)
    for name, value in properties.items():
        widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    return widget
