"""Painting avatars: rounded squares, WeChat-style, with the picture or initials on the
person's colour. The cache that loads pictures is :class:`desktop.people.AvatarCache`.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

from desktop.images import decode_image

TILE_COLOURS = (
    "#f79a3e", "#5fb878", "#4fa3e0", "#a07be0", "#e06c75", "#3fb6b2",
    "#d4a02c", "#7d8fe8", "#e27ab5", "#56b35e",
)  # fmt: skip
DECODED_SIDE = 256


def colour_for(identity: bytes) -> QColor:
    digest = hashlib.blake2b(bytes(identity), digest_size=1).digest()[0]
    return QColor(TILE_COLOURS[digest % len(TILE_COLOURS)])


def initials(name: str) -> str:
    """One or two letters for Latin names, the first character otherwise (张伟 → 张)."""
    clean = name.strip()
    if not clean:
        return "?"
    first = clean[0]
    if first.isascii():
        words = clean.split()
        if len(words) > 1 and words[1][:1].isascii() and words[1][:1].isalpha():
            return (words[0][0] + words[1][0]).upper()
        return first.upper()
    return first


def decode_avatar(data: bytes | None) -> QImage | None:
    """A centred square of the picture, at most 256 px (runs in a worker thread)."""
    if not data:
        return None
    image = decode_image(data, DECODED_SIDE, cover=True) or QImage()
    if image.isNull():
        return None
    side = min(image.width(), image.height())
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    if side > DECODED_SIDE:
        square = square.scaled(
            DECODED_SIDE,
            DECODED_SIDE,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return square.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def avatar_pixmap(
    identity: bytes, name: str, size: int, ratio: float, image: QImage | None = None
) -> QPixmap:
    """A rounded-square avatar: the picture when given, else initials on the person's colour."""
    pixmap = QPixmap(max(1, round(size * ratio)), max(1, round(size * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    rect = QRectF(0, 0, size, size)
    path = QPainterPath()
    path.addRoundedRect(rect, size * 0.16, size * 0.16)
    painter.setClipPath(path)
    if image is not None:
        painter.drawImage(rect, image)
    else:
        paint_initials(painter, rect, colour_for(identity), name)
    painter.end()
    return pixmap


def paint_initials(painter: QPainter, rect: QRectF, colour: QColor, name: str) -> None:
    """A tile of ``colour`` with the name's initials in white."""
    text = initials(name)
    painter.fillRect(rect, colour)
    font = QFont(painter.font())
    font.setPixelSize(max(6, int(rect.height() * (0.42 if len(text) == 1 else 0.36))))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
