"""Bases for widgets and dialogs whose strings follow the interface language live."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget


class TranslatedWidget(QWidget):
    """Calls :meth:`retranslate` whenever the language changes."""

    def retranslate(self) -> None:
        """Re-set every visible string."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def grow_to_fit(window: QWidget) -> None:
    """Make a window at least as large as its contents want, never smaller than it is.

    A window is sized before its style sheet's fonts apply (and before a longer translation
    or a larger system font arrives); wrapped labels then need more height than the layout's
    minimum admits, and Qt squeezes everything (a button 4 px high). Growing after each show
    and language change keeps every word visible; what the person resized stays.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    hint = window.sizeHint().expandedTo(layout.totalMinimumSize())
    width = max(window.width(), hint.width())
    height = max(window.height(), hint.height())
    if layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    screen = window.screen()
    if screen is not None:  # never past the screen: a scroll area is better than no buttons
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    if width > window.width() or height > window.height():
        window.resize(max(width, window.width()), max(height, window.height()))


class TranslatedDialog(QDialog):
    """A dialog that calls :meth:`retranslate` whenever the language changes, and grows to
    fit its contents when shown and after each change of language (see :func:`grow_to_fit`)."""

    def retranslate(self) -> None:
        """Re-set every visible string."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            QTimer.singleShot(0, self, lambda: grow_to_fit(self))
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        grow_to_fit(self)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))  # once the style has applied


def set_role(widget: QWidget, role: str, **properties: str) -> QWidget:
    """Tag a widget for the style sheets (``role`` plus e.g. ``tone``) and re-polish it."""
    widget.setProperty("role", role)
    for name, value in properties.items():
        widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    return widget
