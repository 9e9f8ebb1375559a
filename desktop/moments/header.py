"""The strip at the top of the Moments pane: back, the page's title, and the pane's actions
(my album, notifications, settings, a new post).

Signals:
    backClicked(): go back one page.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.icons import icon
from desktop.widgets import CountBadge

HEIGHT = 60


class MomentsHeader(QWidget):
    backClicked = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedHeight(HEIGHT)
        self.back = QToolButton(self)
        self.back.setObjectName("momentsBack")
        self.back.setIconSize(QSize(20, 20))
        self.back.setCursor(Qt.CursorShape.PointingHandCursor)
        self.back.clicked.connect(self.backClicked.emit)
        self.back.hide()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.album = self._button()
        self.bell = self._button()
        self.settings = self._button()
        self.compose = self._button()
        self.badge = CountBadge(self.bell, 16)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 0, 14, 0)
        layout.setSpacing(6)
        layout.addWidget(self.back)
        layout.addSpacing(4)
        layout.addWidget(self.title, 1)
        for button in (self.album, self.bell, self.settings, self.compose):
            layout.addWidget(button)

    def _button(self) -> QToolButton:
        button = QToolButton(self)
        button.setIconSize(QSize(22, 22))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def set_colours(self, colour: str) -> None:
        self.back.setIcon(icon("moments/back", colour))
        self.album.setIcon(icon("moments/album", colour))
        self.bell.setIcon(icon("moments/bell", colour))
        self.settings.setIcon(icon("settings", colour))
        self.compose.setIcon(icon("moments/camera", colour))

    def set_page(self, title: str, can_go_back: bool) -> None:
        self.title.setText(title)
        self.back.setVisible(can_go_back)

    def set_unread(self, count: int) -> None:
        self.badge.set_count(count)
        self.badge.resize(self.badge.sizeHint())
        self.badge.move(self.bell.width() - self.badge.width() + 2, -2)
