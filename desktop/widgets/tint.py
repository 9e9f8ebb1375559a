"""Icons in the current theme's colours, and SVG pictures rendered sharp at any pixel ratio."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.context import AppContext
from desktop.icons import icon
from desktop.resources import resource_path
from desktop.widgets.colors import Palette, colors_for


def theme_colors(context: AppContext) -> Palette:
    return colors_for(context.themes.effective)


def themed_icon(context: AppContext, name: str, role: str = "icon") -> QIcon:
    """The icon ``name`` painted in the theme colour ``role`` (a :class:`Palette` field)."""
    return icon(name, str(getattr(theme_colors(context), role)))


def two_state_icon(name: str, off_color: str, on_color: str) -> QIcon:
    """One icon that is ``off_color`` normally and ``on_color`` when checked."""
    result = QIcon()
    for color, state in ((off_color, QIcon.State.Off), (on_color, QIcon.State.On)):
        source = icon(name, color)
        for size in source.availableSizes():
            result.addPixmap(source.pixmap(size), QIcon.Mode.Normal, state)
    return result


@lru_cache(maxsize=256)
def svg_pixmap(path_parts: tuple[str, ...], color: str, size: int, ratio: float) -> QPixmap:
    """An SVG from resources rendered at ``size`` logical pixels for a ``ratio`` screen."""
    path = resource_path(*path_parts)
    text = path.read_text("utf-8").replace("currentColor", color) if path.exists() else ""
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon_pixmap(name: str, color: str, size: int, ratio: float) -> QPixmap:
    return svg_pixmap(("icons", f"{name}.svg"), color, size, ratio)


def app_icon() -> QIcon:
    """Hutong's own icon (full colour), for windows, the tray and dialogs."""
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        result.addPixmap(svg_pixmap(("icons", "app.svg"), "", size, 1.0))
    return result
