"""The frame of a settings page: a header, then sections of cards in a scrolling column."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.widgets import PageHeader, TranslatedWidget, clear_scroll_area, set_role

COLUMN_WIDTH = 600


class SettingsPage(TranslatedWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = PageHeader(self)
        outer.addWidget(self.header)
        scroll, holder_layout = clear_scroll_area(self)
        holder_layout.setContentsMargins(32, 20, 32, 32)
        self.column = QWidget(scroll.widget())
        self.column.setMaximumWidth(COLUMN_WIDTH)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.column, 20)
        centred.addStretch(1)
        holder_layout.insertLayout(0, centred)
        self.body = QVBoxLayout(self.column)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(10)
        outer.addWidget(scroll, 1)

    def add_section(self) -> tuple[QLabel, QFrame, QVBoxLayout]:
        """A section title and a card below it; returns (title, card, card layout)."""
        title = QLabel(self.column)
        set_role(title, "section")
        card = QFrame(self.column)
        card.setProperty("surface", "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        self.body.addWidget(title)
        self.body.addWidget(card)
        self.body.addSpacing(8)
        return title, card, layout
