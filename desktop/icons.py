"""SVG icons from resources/icons, tinted for the theme, sharp at any device pixel ratio."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.resources import resource_path

_SIZES = (16, 20, 24, 32, 48, 64)


@lru_cache(maxsize=512)
def icon(name: str, color: str = "#5f6368") -> QIcon:
    """The icon ``resources/icons/<name>.svg`` with ``currentColor`` painted in ``color``."""
    path = resource_path("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    svg = path.read_text("utf-8").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in _SIZES:
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result
