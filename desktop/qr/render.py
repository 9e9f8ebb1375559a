"""Drawing QR codes: the ``qrcode`` library computes the modules, Qt paints them crisply.

Each module is a whole number of device pixels, so a code stays sharp on high-DPI screens and
in saved images; an optional picture (an avatar) sits in a white rounded square in the middle,
which the error correction level ``Q`` leaves readable.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap

QUIET_MODULES = 2
LOGO_FRACTION = 0.2

Matrix = tuple[tuple[bool, ...], ...]


def qr_matrix(text: str, *, with_logo: bool = True) -> Matrix:
    """The QR modules for ``text`` (upper-case text uses the denser alphanumeric mode)."""
    import qrcode  # loaded on first use: not needed to start the app
    import qrcode.constants

    level = qrcode.constants.ERROR_CORRECT_Q if with_logo else qrcode.constants.ERROR_CORRECT_M
    code = qrcode.QRCode(error_correction=level, border=0)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def qr_image(
    matrix: Matrix,
    side_px: int,
    *,
    foreground: str = "#111111",
    background: str = "#ffffff",
    logo: QImage | None = None,
) -> QImage:
    """A square image of about ``side_px`` pixels: modules on whole pixels, quiet zone around."""
    count = len(matrix) + 2 * QUIET_MODULES
    module = max(1, round(side_px / count))
    side = module * count
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    color = QColor(foreground)
    origin = QUIET_MODULES * module
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            if dark:
                painter.fillRect(
                    origin + column * module, origin + row * module, module, module, color
                )
    if logo is not None and not logo.isNull():
        _paint_logo(painter, logo, origin, len(matrix) * module, background)
    painter.end()
    return image


def _paint_logo(painter: QPainter, logo: QImage, origin: int, code_side: int, bg: str) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    box = code_side * LOGO_FRACTION
    left = origin + (code_side - box) / 2
    frame = QRectF(left, left, box, box)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(bg))
    painter.drawRoundedRect(frame, box * 0.2, box * 0.2)
    inner = frame.adjusted(box * 0.08, box * 0.08, -box * 0.08, -box * 0.08)
    path = QPainterPath()
    path.addRoundedRect(inner, inner.width() * 0.16, inner.width() * 0.16)
    painter.setClipPath(path)
    painter.drawImage(inner, logo)
    painter.setClipping(False)


def qr_pixmap(
    matrix: Matrix,
    size: int,
    ratio: float,
    *,
    foreground: str = "#111111",
    background: str = "#ffffff",
    logo: QImage | None = None,
) -> QPixmap:
    """A QR code about ``size`` logical pixels wide for a screen of pixel ratio ``ratio``."""
    image = qr_image(
        matrix, round(size * ratio), foreground=foreground, background=background, logo=logo
    )
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
