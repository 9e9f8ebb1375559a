"""The base of every pane in the main window.

Signals:
    badgeChanged(int): the count to show on this pane's rail button (0 hides it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext


class Pane(QWidget):
    """A pane: an id, a translated title, an icon name, an optional badge."""

    pane_id = "pane"
    icon_name = "chats"
    badgeChanged = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"pane-{self.pane_id}")

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Re-set every visible string (the language changed)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def activated(self) -> None:
        """The pane became visible."""
