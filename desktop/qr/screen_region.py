"""Scanning a QR code shown on screen: a full-screen overlay over a screenshot, where the
person drags a rectangle around the code (WeChat's "screenshot to scan").

Signals (RegionPicker):
    picked(QImage): the chosen part of the screenshot, in device pixels.
    cancelled(): Esc, or a click without a rectangle.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

from desktop.widgets.colors import ACCENT

MIN_SIDE = 12


def grab_screen() -> tuple[QPixmap, QRect]:
    """A screenshot of the screen under the mouse, and that screen's geometry."""
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return screen.grabWindow(0), screen.geometry()


class RegionPicker(QWidget):
    picked = Signal(object)
    cancelled = Signal()

    def __init__(self, screenshot: QPixmap, geometry: QRect) -> None:
        super().__init__(None)
        self._shot = screenshot
        self._origin: QPoint | None = None
        self._selection = QRect()
        self.setObjectName("regionPicker")
        self.setWindowFlags(
            Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.Tool
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setGeometry(geometry)

    @property
    def selection(self) -> QRect:
        return QRect(self._selection)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), self._shot)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))
        if not self._selection.isEmpty():
            painter.drawPixmap(self._selection, self._shot, self._source_rect(self._selection))
            painter.setPen(QPen(QColor(ACCENT), 2))
            painter.drawRect(self._selection.adjusted(0, 0, -1, -1))
        hint = self.tr("Drag a rectangle around the QR code  ·  Esc to cancel")
        box = QRectF(0, 24, self.width(), 40)
        metrics = painter.fontMetrics()
        pill = QRectF(0, 0, metrics.horizontalAdvance(hint) + 36, 36)
        pill.moveCenter(box.center())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawRoundedRect(pill, 18, 18)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, hint)
        painter.end()

    def _source_rect(self, rect: QRect) -> QRect:
        scale_x = self._shot.width() / max(1, self.width())
        scale_y = self._shot.height() / max(1, self.height())
        return QRect(
            round(rect.x() * scale_x),
            round(rect.y() * scale_y),
            round(rect.width() * scale_x),
            round(rect.height() * scale_y),
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.RightButton:
            self._cancel()
            return
        self._origin = event.position().toPoint()
        self._selection = QRect(self._origin, self._origin)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._origin is not None:
            self._selection = QRect(self._origin, event.position().toPoint()).normalized()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._origin is None:
            return
        self._selection = QRect(self._origin, event.position().toPoint()).normalized()
        self._origin = None
        if self._selection.width() < MIN_SIDE or self._selection.height() < MIN_SIDE:
            self._selection = QRect()
            self.update()
            return
        image = self._shot.copy(self._source_rect(self._selection)).toImage()
        self.picked.emit(image)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self._cancel()
            return
        super().keyPressEvent(event)

    def _cancel(self) -> None:
        self.cancelled.emit()
        self.close()
