"""Small painting helpers for message rows: bubble shapes, delivery marks, file icons."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from desktop.chats.messages.rows import SendState

_FILE_COLOURS = {
    "pdf": "#e5484d", "doc": "#2f6fde", "docx": "#2f6fde", "xls": "#1f9d55", "xlsx": "#1f9d55",
    "csv": "#1f9d55", "ppt": "#e8772e", "pptx": "#e8772e", "zip": "#8e6bd1", "rar": "#8e6bd1",
    "7z": "#8e6bd1", "txt": "#6b7280", "md": "#6b7280", "mp3": "#d9467a", "mp4": "#d9467a",
}  # fmt: skip


def bubble_path(rect: QRectF, radius: float, tail_right: bool, tail: bool = True) -> QPainterPath:
    """A rounded bubble with a small triangle pointing at the sender's avatar."""
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    if tail:
        y = rect.top() + 14
        triangle = QPainterPath()
        if tail_right:
            x = rect.right()
            triangle.moveTo(x - 1, y - 5)
            triangle.lineTo(x + 5, y)
            triangle.lineTo(x - 1, y + 5)
        else:
            x = rect.left()
            triangle.moveTo(x + 1, y - 5)
            triangle.lineTo(x - 5, y)
            triangle.lineTo(x + 1, y + 5)
        triangle.closeSubpath()
        path = path.united(triangle)
    return path


def paint_delivery(
    painter: QPainter, centre: QPointF, state: SendState, delivered: bool, colours: dict[str, str]
) -> None:
    """Sending (a clock), sent (one tick), delivered (two ticks), failed (a red "!")."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    x, y = centre.x(), centre.y()
    if state is SendState.FAILED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours["failed"]))
        painter.drawEllipse(centre, 8, 8)
        painter.setPen(QPen(QColor("#ffffff"), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(x, y - 4), QPointF(x, y + 1))
        painter.drawPoint(QPointF(x, y + 4))
    elif state is SendState.SENDING:
        painter.setPen(QPen(QColor(colours["faint"]), 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, 6, 6)
        painter.drawLine(QPointF(x, y), QPointF(x, y - 3.5))
        painter.drawLine(QPointF(x, y), QPointF(x + 2.5, y + 1.5))
    else:
        colour = QColor(colours["delivered"] if delivered else colours["faint"])
        painter.setPen(QPen(colour, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))  # fmt: skip
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ticks = (-2.5, 2.0) if delivered else (0.0,)
        for shift in ticks:
            tick = QPainterPath()
            tick.moveTo(x - 5 + shift, y)
            tick.lineTo(x - 2 + shift, y + 3)
            tick.lineTo(x + 4 + shift, y - 4)
            painter.drawPath(tick)
    painter.restore()


def paint_file_icon(painter: QPainter, rect: QRectF, name: str, base: QFont) -> None:
    """A document with a folded corner, coloured and labelled by the file's extension."""
    extension = PurePath(name).suffix.lstrip(".").lower()
    colour = QColor(_FILE_COLOURS.get(extension, "#4f8ef7"))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fold = rect.width() * 0.32
    path = QPainterPath()
    path.moveTo(rect.left() + 3, rect.top())
    path.lineTo(rect.right() - fold, rect.top())
    path.lineTo(rect.right(), rect.top() + fold)
    path.lineTo(rect.right(), rect.bottom() - 3)
    path.quadTo(rect.right(), rect.bottom(), rect.right() - 3, rect.bottom())
    path.lineTo(rect.left() + 3, rect.bottom())
    path.quadTo(rect.left(), rect.bottom(), rect.left(), rect.bottom() - 3)
    path.lineTo(rect.left(), rect.top() + 3)
    path.quadTo(rect.left(), rect.top(), rect.left() + 3, rect.top())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(path)
    corner = QPainterPath()
    corner.moveTo(rect.right() - fold, rect.top())
    corner.lineTo(rect.right() - fold, rect.top() + fold)
    corner.lineTo(rect.right(), rect.top() + fold)
    corner.closeSubpath()
    painter.setBrush(colour.lighter(140))
    painter.drawPath(corner)
    font = QFont(base)
    font.setPixelSize(10)
    font.setWeight(QFont.Weight.Bold)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    label = (extension or "file")[:4].upper()
    painter.drawText(
        QRectF(rect.left(), rect.bottom() - 20, rect.width(), 16), Qt.AlignmentFlag.AlignCenter,
        label,
    )  # fmt: skip
    painter.restore()


def paint_check(painter: QPainter, centre: QPointF, chosen: bool, on: str, off: str) -> None:
    """The round box of a message while choosing several, ticked when chosen."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(on if chosen else off), 1.2))
    painter.setBrush(QColor(on) if chosen else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, 5, 5)
    if chosen:
        painter.setPen(QPen(QColor("#ffffff"), 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        tick = QPainterPath()
        tick.moveTo(centre + QPointF(-2.5, 0))
        tick.lineTo(centre + QPointF(-0.8, 2))
        tick.lineTo(centre + QPointF(2.5, -2))
        painter.drawPath(tick)
    painter.restore()


def paint_bar(painter: QPainter, box: QRectF, fraction: float, track: str, done: str) -> None:
    """A thin progress bar along the bottom of a picture or file card (``fraction`` 0..1)."""
    painter.save()
    line = QRectF(box.left() + 8, box.bottom() - 7, box.width() - 16, 3)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(track))
    painter.drawRoundedRect(line, 1.5, 1.5)
    painter.setBrush(QColor(done))
    filled = QRectF(line.left(), line.top(), line.width() * max(0.0, min(1.0, fraction)), 3)
    painter.drawRoundedRect(filled, 1.5, 1.5)
    painter.restore()
