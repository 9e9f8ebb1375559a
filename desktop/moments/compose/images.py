"""Getting a chosen picture ready to post (in a worker thread): check that it decodes and is
not too large, then write a downscaled JPEG copy as its thumbnail.

The original file is posted as it is; only formats every Hutong can show are accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageReader, QPainter

from core.errors import InvalidInput
from core.moments import MAX_IMAGE_BYTES, MAX_THUMBNAIL_BYTES, NewImage
from desktop.i18n import translate
from desktop.images import PictureProblem, decode_picture

THUMBNAIL_SIDE = 480
PREVIEW_SIDE = 200
MAX_PIXELS_SIDE = 20000
MIME = {
    b"png": "image/png",
    b"jpeg": "image/jpeg",
    b"jpg": "image/jpeg",
    b"gif": "image/gif",
    b"webp": "image/webp",
    b"bmp": "image/bmp",
}


@dataclass(frozen=True)
class PreparedImage:
    """A picture ready to post, and a small square preview for the compose dialog."""

    source: str
    thumbnail_path: str
    width: int
    height: int
    mime: str
    preview: QImage

    def new_image(self) -> NewImage:
        return NewImage(self.source, self.thumbnail_path, self.width, self.height, self.mime)


def _fit(size: QSize, side: int) -> QSize:
    if max(size.width(), size.height()) <= side:
        return size
    return size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio)


def _flatten(image: QImage) -> QImage:
    """JPEG has no transparency: put the picture on white."""
    if not image.hasAlphaChannel():
        return image.convertToFormat(QImage.Format.Format_RGB32)
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("#ffffff"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def _square_preview(image: QImage) -> QImage:
    scaled = image.scaled(
        QSize(PREVIEW_SIDE, PREVIEW_SIDE),
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    return scaled.copy(
        (scaled.width() - PREVIEW_SIDE) // 2,
        (scaled.height() - PREVIEW_SIDE) // 2,
        PREVIEW_SIDE,
        PREVIEW_SIDE,
    ).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def prepare_image(path: str, folder: Path, number: int) -> PreparedImage:
    """Check ``path`` and write its thumbnail into ``folder``; raises InvalidInput for people."""
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
    except OSError as exc:
        raise InvalidInput(
            translate("Moments", "“%1” cannot be opened.").replace("%1", name)
        ) from exc
    if size > MAX_IMAGE_BYTES:
        limit = MAX_IMAGE_BYTES // (1024 * 1024)
        raise InvalidInput(
            translate("Moments", "“%1” is over %2 MB; choose a smaller picture.")
            .replace("%1", name)
            .replace("%2", str(limit))
        )
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    kind = bytes(reader.format().data()).lower()
    if not reader.canRead() or kind not in MIME:
        raise InvalidInput(
            translate("Moments", "“%1” is not a picture Hutong can show.").replace("%1", name)
        )
    full = reader.size()
    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
        full = full.transposed()
    if not full.isValid() or max(full.width(), full.height()) > MAX_PIXELS_SIDE:
        raise InvalidInput(translate("Moments", "“%1” is too large in pixels.").replace("%1", name))
    decoded = decode_picture(path, _fit(reader.size(), THUMBNAIL_SIDE * 2))
    if decoded.problem is PictureProblem.TOO_LARGE:
        raise InvalidInput(translate("Moments", "“%1” is too large in pixels.").replace("%1", name))
    image = decoded.image
    if image is None:
        raise InvalidInput(
            translate("Moments", "“%1” is not a picture Hutong can show.").replace("%1", name)
        )
    thumbnail = _flatten(image).scaled(
        _fit(image.size(), THUMBNAIL_SIDE),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    target = folder / f"thumbnail-{number}.jpg"
    quality = 85
    while True:
        if not thumbnail.save(str(target), "JPEG", quality):  # type: ignore[call-overload]
            raise InvalidInput(
                translate("Moments", "The thumbnail of “%1” could not be written.").replace(
                    "%1", name
                )
            )
        if target.stat().st_size <= MAX_THUMBNAIL_BYTES or quality <= 40:
            break
        quality -= 15
    return PreparedImage(
        path, str(target), full.width(), full.height(), MIME[kind], _square_preview(image)
    )
