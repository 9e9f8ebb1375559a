"""Decoding pictures that come from elsewhere (peers, files, the clipboard) within a memory bound.

A small file can describe a huge picture (a 249 KB PNG of 8000 x 8000 pixels decodes to
256 MB), so nothing from outside is decoded whole. :func:`decode_picture` reads the header
first, decodes straight to the size the caller needs (``QImageReader.setScaledSize``), and
refuses what would cost more than :data:`MAX_PIXELS` pixels at any step:

- JPEG scales while decoding (by 1/2, 1/4 or 1/8 per side), so even a large photo costs
  little: the fraction is chosen so that the step before the final scaling fits the cap;
- every other format is decoded whole before scaling, so its full size must fit the cap;
- Qt's own allocation limit is set to the cap as a backstop for headers that lie.

The outcome says why a picture is not shown (:class:`PictureProblem`), so the interface can say
"too large" instead of showing a broken picture. Safe to call on worker threads.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

MAX_PIXELS = 4096 * 4096
"""The most pixels any decoded picture (or a step towards it) may have: 64 MB as ARGB32."""
JPEG_SHRINK = 8
"""JPEG decodes at 1/8 of each side at best: its full size may be 64 times the cap."""
SCALES_WHILE_DECODING = frozenset({b"jpeg", b"jpg"})
ALLOCATION_LIMIT_MB = MAX_PIXELS * 4 // (1024 * 1024)


class PictureProblem(Enum):
    """Why a picture was not decoded."""

    NOT_A_PICTURE = "not a picture"
    TOO_LARGE = "too large"


@dataclass(frozen=True)
class DecodedPicture:
    """The decoded picture (within the cap), or why there is none; ``full`` is the header size."""

    image: QImage | None
    problem: PictureProblem | None = None
    full: QSize | None = None

    @property
    def ok(self) -> bool:
        return self.image is not None


Source = bytes | bytearray | str | Path


def picture_size(source: Source) -> QSize:
    """Width and height from the header only (invalid if unreadable); nothing is decoded."""
    reader, _buffer = _reader(source)
    size = reader.size()
    return size if size.isValid() else QSize()


def fitted_size(full: QSize, box: QSize | None, cover: bool = False) -> QSize:
    """``full`` shrunk (never grown) to fit ``box`` (or to just cover it, for pictures cropped
    afterwards) and then to the pixel cap, keeping its shape."""
    target = QSize(full)
    if box is not None:
        mode = (
            Qt.AspectRatioMode.KeepAspectRatioByExpanding
            if cover
            else Qt.AspectRatioMode.KeepAspectRatio
        )
        wanted = target.scaled(box, mode)
        if wanted.width() < target.width():
            target = wanted
    pixels = target.width() * target.height()
    if pixels > MAX_PIXELS:
        shrink = math.sqrt(MAX_PIXELS / pixels)
        target = QSize(int(target.width() * shrink), int(target.height() * shrink))
    return QSize(max(1, target.width()), max(1, target.height()))


def decode_picture(
    source: Source, box: int | QSize | None = None, cover: bool = False
) -> DecodedPicture:
    """Decode ``source`` (bytes or a path) to fit ``box`` (a side or a size; None: as large as
    the cap allows; ``cover``: to cover it), never holding more than :data:`MAX_PIXELS` pixels."""
    if isinstance(box, int):
        box = QSize(box, box)
    reader, _buffer = _reader(source)
    reader.setAutoTransform(True)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    full = reader.size()
    if not full.isValid() or full.isEmpty():
        return DecodedPicture(None, PictureProblem.NOT_A_PICTURE)
    pixels = full.width() * full.height()
    target = fitted_size(full, box, cover)
    if bytes(reader.format().data()).lower() in SCALES_WHILE_DECODING:
        shrink = _jpeg_shrink(full, target)
        if pixels // (shrink * shrink) > MAX_PIXELS:
            # Decode at a smaller fraction of the full size (to a box larger than the cap).
            fits = [s for s in (2, 4, JPEG_SHRINK) if pixels // (s * s) <= MAX_PIXELS]
            if not fits:
                return DecodedPicture(None, PictureProblem.TOO_LARGE, full)
            target = QSize(full.width() // fits[0], full.height() // fits[0])
    elif pixels > MAX_PIXELS:
        return DecodedPicture(None, PictureProblem.TOO_LARGE, full)
    if target != full:
        reader.setScaledSize(target)
    image = reader.read()
    if image.isNull():
        return DecodedPicture(None, PictureProblem.NOT_A_PICTURE, full)
    if image.width() * image.height() > MAX_PIXELS:  # a handler that ignored the scaled size
        return DecodedPicture(None, PictureProblem.TOO_LARGE, full)
    return DecodedPicture(image, None, full)


def decode_image(
    source: Source, box: int | QSize | None = None, cover: bool = False
) -> QImage | None:
    """:func:`decode_picture` for callers that only need the picture or nothing."""
    return decode_picture(source, box, cover).image


def _jpeg_shrink(full: QSize, target: QSize) -> int:
    """The fraction (1/1 to 1/8 per side) Qt's JPEG reader decodes at for ``target``."""
    ratio = min(full.width() // max(1, target.width()), full.height() // max(1, target.height()))
    if ratio < 2:
        return 1
    return 2 if ratio < 4 else 4 if ratio < JPEG_SHRINK else JPEG_SHRINK


def _reader(source: Source) -> tuple[QImageReader, QBuffer | None]:
    """A reader over a path or over bytes (the buffer must outlive the reader's use)."""
    if isinstance(source, (str, Path)):
        return QImageReader(str(source)), None
    buffer = QBuffer()
    buffer.setData(QByteArray(bytes(source)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return QImageReader(buffer), buffer
