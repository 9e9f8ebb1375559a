"""Turning a chosen picture into an avatar: a centred 256 px square PNG (runs off the GUI thread).

Bytes from a file are hostile: the size is capped before decoding and Qt's image reader is
limited in how much memory one image may take.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPainter

from core.errors import InvalidInput
from desktop.images import decode_image

AVATAR_SIDE = 256
MAX_SOURCE_BYTES = 40 * 1024 * 1024
MAX_AVATAR_BYTES = 512 * 1024


class UnreadableImage(InvalidInput):
    """The chosen file is not a picture this app can read."""


def avatar_png_from_file(path: Path) -> bytes:
    """Read an image file and return the avatar PNG made from it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableImage(f"cannot open {path.name}: {exc.strerror or exc}") from exc
    if size > MAX_SOURCE_BYTES:
        raise UnreadableImage("this picture is too large (at most 40 MB)")
    return avatar_png_from_bytes(path.read_bytes())


def avatar_png_from_bytes(data: bytes) -> bytes:
    image = decode_image(data, AVATAR_SIDE, cover=True) or QImage()
    if image.isNull():
        raise UnreadableImage("this file is not a picture Hutong can read (try PNG or JPEG)")
    return avatar_png_from_image(image)


def avatar_png_from_image(image: QImage) -> bytes:
    side = min(image.width(), image.height())
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    scaled = square.scaled(
        AVATAR_SIDE,
        AVATAR_SIDE,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    ).convertToFormat(QImage.Format.Format_ARGB32)
    data = _encode(scaled, "PNG", -1)
    if len(data) <= MAX_AVATAR_BYTES:
        return data
    flat = QImage(scaled.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, scaled)
    painter.end()
    for quality in (90, 75):
        data = _encode(flat, "JPEG", quality)
        if len(data) <= MAX_AVATAR_BYTES:
            return data
    raise UnreadableImage("this picture cannot be made small enough for an avatar")


def _encode(image: QImage, fmt: str, quality: int) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, quality)  # type: ignore[call-overload]  # str works, bytes fail
    buffer.close()
    return bytes(array.data())
