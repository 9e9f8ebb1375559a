"""A frameless scroll area whose background is the page's own (no grey box behind content)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def clear_scroll_area(parent: QWidget) -> tuple[QScrollArea, QVBoxLayout]:
    """A scroll area and the vertical layout inside it (ends with a stretch)."""
    scroll = QScrollArea(parent)
    scroll.setObjectName("clearScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.viewport().setAutoFillBackground(False)
    holder = QWidget(scroll)
    holder.setObjectName("scrollHolder")
    holder.setAutoFillBackground(False)
    layout = QVBoxLayout(holder)
    layout.addStretch(1)
    scroll.setWidget(holder)
    return scroll, layout
