"""The rounded grey search box at the top of a list column (WeChat's), with a clear button."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.context import AppContext
from desktop.widgets.tint import themed_icon


class SearchField(QLineEdit):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("searchField")
        self.setClearButtonEnabled(True)
        self._action = self.addAction(
            themed_icon(context, "search", "faint_text"), QLineEdit.ActionPosition.LeadingPosition
        )
        context.themes.changed.connect(self._restyle)

    def _restyle(self, _theme: str) -> None:
        self._action.setIcon(themed_icon(self._context, "search", "faint_text"))
