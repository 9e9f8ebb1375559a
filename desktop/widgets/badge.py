"""Red unread badges: a pill with a count (99+ above 99), painted or as a small widget."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.widgets.colors import BADGE_RED


def badge_text(count: int) -> str:
    return "99+" if count > 99 else str(count)


def badge_rect(center_top_left: QPointF, count: int, height: float = 18.0) -> QRectF:
    """Where a badge for ``count`` goes when its left-centre sits at ``center_top_left``."""
    font = _badge_font(height)
    width = max(height, QFontMetricsF(font).horizontalAdvance(badge_text(count)) + height * 0.6)
    return QRectF(center_top_left.x(), center_top_left.y() - height / 2, width, height)


def _badge_font(height: float) -> QFont:
    font = QFont()
    font.setPixelSize(max(8, round(height * 0.64)))
    font.setWeight(QFont.Weight.DemiBold)
    return font


def paint_badge(
    painter: QPainter,
    rect: QRectF,
    count: int,
    color: str = BADGE_RED,
    outline: str | None = None,
) -> None:
    """A rounded red pill holding the count (a plain dot when ``count`` is negative)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if outline is not None:
        painter.setPen(QColor(outline))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    radius = rect.height() / 2
    painter.drawRoundedRect(rect, radius, radius)
    if count >= 0:
        painter.setPen(QColor("#ffffff"))
        painter.setFont(_badge_font(rect.height()))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge_text(count))
    painter.restore()


class CountBadge(QWidget):
    """A badge inside a layout (list rows, page headers); hidden while the count is 0."""

    def __init__(self, parent: QWidget | None = None, height: int = 18) -> None:
        super().__init__(parent)
        self._count = 0
        self._height = height
        self.setObjectName("countBadge")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.hide()

    @property
    def count(self) -> int:
        return self._count

    def set_count(self, count: int) -> None:
        self._count = max(0, count)
        self.setVisible(self._count > 0)
        self.setAccessibleName(badge_text(self._count))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        rect = badge_rect(QPointF(0, self._height / 2), self._count, self._height)
        return QSize(int(rect.width()) + 1, self._height)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        rect = badge_rect(QPointF(0, self._height / 2), self._count, self._height)
        paint_badge(painter, rect, self._count)
        painter.end()
