"""The fixed rows above the friend list ("New friends", "People nearby"): a coloured tile
with a white icon, a title, and an optional red count on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QEnterEvent, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

from desktop.context import AppContext
from desktop.widgets import badge_rect, icon_pixmap, paint_badge, theme_colors

ROW_HEIGHT = 60
TILE = 38
PADDING = 12


class EntryRow(QAbstractButton):
    def __init__(
        self, context: AppContext, icon_name: str, tile_role: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._icon_name = icon_name
        self._tile_role = tile_role
        self._hover = False
        self.count = 0
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedHeight(ROW_HEIGHT)
        context.themes.changed.connect(self._on_theme)

    def _on_theme(self, _theme: str) -> None:
        self.update()

    def set_count(self, count: int) -> None:
        self.count = max(0, count)
        self.setAccessibleDescription(str(self.count) if self.count else "")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(240, ROW_HEIGHT)

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt override
        self._hover = True
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self._hover = False
        self.update()
        super().leaveEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        colors = theme_colors(self._context)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isChecked():
            painter.fillRect(self.rect(), QColor(colors.list_selected))
        elif self._hover:
            painter.fillRect(self.rect(), QColor(colors.list_hover))
        tile = QRectF(PADDING, (ROW_HEIGHT - TILE) / 2, TILE, TILE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(str(getattr(colors, self._tile_role))))
        painter.drawRoundedRect(tile, TILE * 0.16, TILE * 0.16)
        ratio = self.devicePixelRatioF() or 1.0
        glyph = icon_pixmap(self._icon_name, "#ffffff", 22, ratio)
        painter.drawPixmap(int(tile.left() + 8), int(tile.top() + 8), glyph)
        font = QFont(self.font())
        font.setPixelSize(14)
        painter.setFont(font)
        painter.setPen(QColor(colors.text))
        left = PADDING + TILE + 10
        text_rect = QRect(left, 0, self.width() - left - 48, ROW_HEIGHT)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, self.text())
        if self.count > 0:
            anchor = QPointF(self.width() - PADDING - 26, ROW_HEIGHT / 2)
            rect = badge_rect(anchor, self.count, 18.0)
            rect.moveRight(self.width() - PADDING)
            paint_badge(painter, rect, self.count)
        painter.end()
