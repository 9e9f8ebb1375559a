"""Painting the feed's rows: the cover, the notifications bar, posts, album entries, footer.

Every function paints in column coordinates (the caller has translated the painter), reads
only cached layouts, avatars and decoded pictures, and never touches the store.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QRadialGradient,
)

from core.blobs import BlobRef
from core.moments import Audience, Post
from desktop.moments.colors import MomentsColors
from desktop.moments.feed.layout import META_H, SMALL_PX, PostLayout, font_px
from desktop.moments.texts import AUDIENCE_ICONS
from desktop.moments.thumbnails import ImageState, ThumbnailCache
from desktop.widgets import icon_pixmap

COVER_IMAGE_H = 250
AVATAR_OVERHANG = 26
COVER_H = COVER_IMAGE_H + AVATAR_OVERHANG + 30
COVER_AVATAR = 76


@dataclass(frozen=True)
class MetaItem:
    kind: str  # "time", "audience", "delete"
    rect: QRectF
    text: str = ""


def meta_items(
    post: Post, layout: PostLayout, base: QFont, time_text: str, mine: bool, delete_word: str
) -> list[MetaItem]:
    """The line under a post: its time, our audience icon, and "Delete" for our posts."""
    metrics = QFontMetricsF(font_px(base, SMALL_PX))
    x = layout.name_rect.left()
    y = layout.meta_y
    items = [
        MetaItem("time", QRectF(x, y, metrics.horizontalAdvance(time_text) + 2, META_H), time_text)
    ]
    x = items[0].rect.right() + 8
    if mine and post.audience is not Audience.ALL_FRIENDS:
        items.append(MetaItem("audience", QRectF(x, y + (META_H - 16) / 2, 16, 16)))
        x += 24
    if mine:
        width = metrics.horizontalAdvance(delete_word) + 4
        items.append(MetaItem("delete", QRectF(x, y, width, META_H), delete_word))
    return items


def paint_picture(
    painter: QPainter,
    rect: QRectF,
    ref: BlobRef,
    thumbnails: ThumbnailCache,
    colors: MomentsColors,
    crop: bool,
    ratio: float,
) -> None:
    state, image = thumbnails.image(ref, rect.width(), rect.height(), crop)
    if image is not None:
        painter.drawImage(rect, image)
        return
    painter.fillRect(rect, colors.qcolor("placeholder"))
    name = "moments/picture-broken" if state is ImageState.BROKEN else "moments/picture"
    side = 22 if min(rect.width(), rect.height()) > 50 else 14
    icon = icon_pixmap(name, colors.placeholder_icon, side, ratio)
    painter.drawPixmap(QPointF(rect.center().x() - side / 2, rect.center().y() - side / 2), icon)


def paint_cover(
    painter: QPainter,
    width: float,
    column_left: float,
    column_width: float,
    name: str,
    avatar: Callable[[int], object],
    colors: MomentsColors,
    base: QFont,
) -> QRectF:
    """The cover picture, the name in white and the avatar overlapping its bottom edge."""
    painter.fillRect(QRectF(0, 0, width, COVER_H), colors.qcolor("feed"))
    painter.drawPixmap(
        QPointF(0, 0), cover_picture(int(width), colors, painter.device().devicePixelRatioF())
    )
    right = column_left + column_width - 20
    avatar_rect = QRectF(
        right - COVER_AVATAR,
        COVER_IMAGE_H - COVER_AVATAR + AVATAR_OVERHANG,
        COVER_AVATAR,
        COVER_AVATAR,
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.qcolor("feed"))
    painter.drawRoundedRect(avatar_rect.adjusted(-3, -3, 3, 3), 14, 14)
    painter.restore()
    painter.drawPixmap(avatar_rect.topLeft(), avatar(COVER_AVATAR))  # type: ignore[call-overload]
    font = font_px(base, 19, QFont.Weight.Bold)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    room = max(40.0, avatar_rect.left() - 18 - column_left - 20)
    shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
    text_rect = QRectF(column_left + 20, COVER_IMAGE_H - 40, room, 30)
    flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.drawText(text_rect.translated(0, 1), flags, shown)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(text_rect, flags, shown)
    return avatar_rect


@lru_cache(maxsize=8)
def cover_picture(width: int, colors: MomentsColors, ratio: float) -> QPixmap:
    """The default cover: a dusk sky with a soft sun and layered hills (cached per width)."""
    pixmap = QPixmap(max(1, round(width * ratio)), round(COVER_IMAGE_H * ratio))
    pixmap.setDevicePixelRatio(ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    sky = QLinearGradient(QPointF(0, 0), QPointF(0, COVER_IMAGE_H))
    sky.setColorAt(0.0, colors.qcolor("cover_top"))
    sky.setColorAt(1.0, colors.qcolor("cover_bottom"))
    painter.fillRect(QRectF(0, 0, width, COVER_IMAGE_H), sky)
    glow = QRadialGradient(QPointF(width * 0.78, COVER_IMAGE_H * 0.42), 150)
    light = colors.qcolor("cover_glow")
    for stop, alpha in ((0.0, 150 if not colors.dark else 90), (0.2, 70), (1.0, 0)):
        light.setAlpha(alpha)
        glow.setColorAt(stop, light)
    painter.fillRect(QRectF(0, 0, width, COVER_IMAGE_H), glow)
    painter.setPen(Qt.PenStyle.NoPen)
    hills = ((0.62, 0.55, 14, 1.3), (0.74, 0.8, 18, 2.1), (0.86, 0.35, 26, 3.4))
    for level, phase, alpha, waves in hills:
        path = QPainterPath(QPointF(0, COVER_IMAGE_H))
        steps = 48
        for step in range(steps + 1):
            x = width * step / steps
            wave = math.sin((step / steps) * math.pi * waves + phase * 6)
            path.lineTo(x, COVER_IMAGE_H * level + wave * 16)
        path.lineTo(width, COVER_IMAGE_H)
        path.closeSubpath()
        shade = colors.qcolor("cover_pattern" if alpha < 20 else "cover_bottom")
        shade.setAlpha(alpha * (1 if alpha < 20 else 6))
        painter.setBrush(shade)
        painter.drawPath(path)
    painter.end()
    return pixmap


def paint_more_button(painter: QPainter, rect: QRectF, colors: MomentsColors) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.qcolor("more_button"))
    painter.drawRoundedRect(rect, 4, 4)
    painter.setBrush(colors.qcolor("link"))
    centre = rect.center()
    for dx in (-4.5, 4.5):
        painter.drawEllipse(QPointF(centre.x() + dx, centre.y()), 2.3, 2.3)
    painter.restore()


def paint_box(painter: QPainter, box: QRectF, colors: MomentsColors) -> None:
    """The grey likes-and-comments box, with its little pointer towards the "··" line."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.qcolor("box"))
    painter.drawRoundedRect(box, 4, 4)
    tip_x = box.left() + 16
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(tip_x - 6, box.top() + 0.5),
                QPointF(tip_x, box.top() - 6),
                QPointF(tip_x + 6, box.top() + 0.5),
            ]
        )
    )
    painter.restore()


def paint_text_lines(painter: QPainter, layout: object, origin: QPointF, lines: int) -> None:
    """Draw the first ``lines`` lines of a QTextLayout (a folded post shows six)."""
    for number in range(lines):
        line = layout.lineAt(number)  # type: ignore[attr-defined]
        line.draw(painter, origin)


def paint_audience(
    painter: QPainter, rect: QRectF, kind: Audience, colors: MomentsColors, ratio: float
) -> None:
    pixmap = icon_pixmap(AUDIENCE_ICONS[kind], colors.time, int(rect.width()), ratio)
    painter.drawPixmap(rect.topLeft(), pixmap)


def paint_separator(painter: QPainter, y: float, width: float, colors: MomentsColors) -> None:
    painter.setPen(QPen(colors.qcolor("separator"), 1))
    painter.drawLine(QPointF(0, y + 0.5), QPointF(width, y + 0.5))
