"""A QTableView set up as a list of variable-height rows (the chat history, the Moments feed).

A table rather than a QListView because its vertical header stores each row's height: the
view then places rows without asking the delegate for every row's size hint, which is what
keeps scrolling a long history within a frame.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def set_up_row_table(view: QTableView) -> None:
    """One stretched column, no grid, headers, selection or editing; pixel scrolling; row
    heights fixed by the view's owner (``verticalHeader().resizeSection``)."""
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setShowGrid(False)
    view.setCornerButtonEnabled(False)
    view.setMouseTracking(True)
    view.setFrameShape(QTableView.Shape.NoFrame)
    view.horizontalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    rows = view.verticalHeader()
    rows.hide()
    rows.setMinimumSectionSize(1)
    rows.setDefaultSectionSize(1)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
