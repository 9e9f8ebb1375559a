"""The "Who can see" row of the compose dialog: an icon, the label, the current choice and a
chevron, all one button (WeChat's row under the pictures)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop.icons import icon
from desktop.moments.colors import MomentsColors

ICON = 18


class AudienceRow(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composeAudience")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.glyph = QLabel(self)
        self.label = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("composeAudienceSummary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.chevron = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 2, 0)
        layout.setSpacing(8)
        layout.addWidget(self.glyph)
        layout.addWidget(self.label)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.chevron)
        for child in (self.glyph, self.label, self.summary, self.chevron):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def show_choice(self, label: str, summary: str, icon_name: str, colors: MomentsColors) -> None:
        self.label.setText(label)
        metrics = self.summary.fontMetrics()
        room = max(80, self.width() - self.label.sizeHint().width() - 80)
        self.summary.setText(metrics.elidedText(summary, Qt.TextElideMode.ElideRight, room))
        self.setToolTip(f"{label}: {summary}")
        ratio = self.devicePixelRatioF() or 1.0
        self.glyph.setPixmap(icon(icon_name, colors.link).pixmap(QSize(ICON, ICON), ratio))
        self.chevron.setPixmap(icon("chevron-right", colors.time).pixmap(QSize(ICON, ICON), ratio))
