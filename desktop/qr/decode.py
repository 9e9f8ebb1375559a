"""Reading QR codes from pictures (a file, the clipboard, a screen region, a camera frame).

Everything here runs off the GUI thread. Pictures from outside are hostile: file sizes and
pixel counts are capped before decoding, and large pictures are scaled down first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader

from core.errors import InvalidInput
from desktop.images import decode_image

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 50_000_000
MAX_SIDE = 2400


class UnreadablePicture(InvalidInput):
    """A file that is not a picture, or one too large to read."""


def image_from_file(path: Path) -> QImage:
    """Load a picture file, refusing oversized ones before decoding them."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadablePicture(f"cannot open {path.name}: {exc.strerror or exc}") from exc
    if size > MAX_FILE_BYTES:
        raise UnreadablePicture("this picture is too large to scan (at most 25 MB)")
    reader = QImageReader(str(path))
    dimensions = reader.size()
    if dimensions.isValid() and dimensions.width() * dimensions.height() > MAX_PIXELS:
        raise UnreadablePicture("this picture has too many pixels to scan")
    image = decode_image(path, MAX_SIDE) or QImage()
    if image.isNull():
        raise UnreadablePicture(f"{path.name} is not a picture Hutong can read")
    return image


def decode_qr(image: QImage) -> list[str]:
    """The texts of every QR code found in ``image`` (possibly none)."""
    if image.isNull() or image.width() * image.height() > MAX_PIXELS:
        return []
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE,
            MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    import zxingcpp  # loaded on first use: not needed to start the app

    qr_only = zxingcpp.BarcodeFormat.QRCode
    results = zxingcpp.read_barcodes(gray, formats=qr_only)  # type: ignore[arg-type]
    return [result.text for result in results if result.valid and result.text]
