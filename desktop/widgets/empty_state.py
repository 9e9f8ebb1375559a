"""A calm placeholder for an empty list or page: a faint picture, a headline, a line of help,
and optional buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.widgets.tint import icon_pixmap, theme_colors

TEXT_WIDTH = 420


class EmptyState(QWidget):
    def __init__(
        self, context: AppContext, icon_name: str, parent: QWidget | None = None, size: int = 72
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._icon_name = icon_name
        self._size = size
        self.setObjectName("emptyState")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        column = QWidget(self)
        column.setFixedWidth(TEXT_WIDTH)
        outer.addWidget(column)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addStretch(1)
        self.picture = QLabel(column)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline = QLabel(column)
        self.headline.setObjectName("emptyHeadline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline.setWordWrap(True)
        self.body = QLabel(column)
        self.body.setObjectName("emptyBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        for widget in (self.picture, self.headline, self.body):
            layout.addWidget(widget)
        self._actions = QHBoxLayout()
        self._actions.setSpacing(10)
        self._actions.addStretch(1)
        self._actions.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(self._actions)
        layout.addStretch(2)
        context.themes.changed.connect(self._repaint_picture)
        self._repaint_picture()

    def add_action(self, button: QWidget) -> None:
        """A button under the text (e.g. "Add contact"), centred with the others."""
        self._actions.insertWidget(self._actions.count() - 1, button)

    def set_actions_visible(self, visible: bool) -> None:
        for index in range(self._actions.count()):
            item = self._actions.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setVisible(visible)

    def set_texts(self, headline: str, body: str = "") -> None:
        self.headline.setText(headline)
        self.headline.setVisible(bool(headline))
        self.body.setText(body)
        self.body.setVisible(bool(body))

    def _repaint_picture(self, *_theme: object) -> None:
        color = theme_colors(self._context).faint_text
        ratio = self.devicePixelRatioF() or 1.0
        self.picture.setPixmap(icon_pixmap(self._icon_name, color, self._size, ratio))
