"""Panes whose features land in a later release show a clear "coming" state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.shell.pane import Pane
from desktop.widgets import PageHeader, icon_pixmap, theme_colors


class ComingSoonPane(Pane):
    """A header, a large faint icon, what the feature will do, and a "coming" pill."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("surface", "content")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = PageHeader(self)
        outer.addWidget(self.header)
        body = QVBoxLayout()
        body.setContentsMargins(48, 24, 48, 48)
        body.setSpacing(14)
        body.addStretch(1)
        self._picture = QLabel(self)
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pill = QLabel(self)
        self._pill.setObjectName("comingPill")
        self._headline = QLabel(self)
        self._headline.setObjectName("comingHeadline")
        self._headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body = QLabel(self)
        self._body.setObjectName("comingBody")
        self._body.setWordWrap(True)
        self._body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body.setFixedWidth(440)
        for widget in (self._picture, self._pill, self._headline):
            body.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self._body)
        centred.addStretch(1)
        body.addLayout(centred)
        body.addStretch(2)
        outer.addLayout(body, 1)
        context.themes.changed.connect(self._paint_picture)
        self._paint_picture()
        self.retranslate()

    def description(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.header.set_title(self.title())
        self._pill.setText(self.tr("Coming soon"))
        self._headline.setText(self.tr("%1 is on its way").replace("%1", self.title()))
        self._body.setText(self.description())

    def _paint_picture(self, *_theme: object) -> None:
        colors = theme_colors(self.context)
        ratio = self.devicePixelRatioF() or 1.0
        self._picture.setPixmap(icon_pixmap(self.icon_name, colors.faint_text, 96, ratio))
