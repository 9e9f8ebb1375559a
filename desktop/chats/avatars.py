"""Avatars: people's pictures (decoded off the GUI thread), initials as a fallback, and a
mosaic for groups, as rounded-square pixmaps cached by size.

Signals:
    changed(bytes): a picture arrived or changed for this identity (b"" for every one).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

from desktop.chats.scoped_runner import ScopedRunner
from desktop.context import AppContext
from desktop.widgets.avatar import colour_for, initials

MAX_AVATAR_BYTES = 256 * 1024


def _rounded(painter: QPainter, rect: QRectF, radius: float) -> None:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    painter.setClipPath(path)


def _tile(painter: QPainter, rect: QRectF, colour: QColor, text: str) -> None:
    painter.fillRect(rect, colour)
    font = QFont(painter.font())
    font.setPixelSize(max(6, int(rect.height() * (0.42 if len(text) == 1 else 0.36))))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _canvas(size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


class AvatarCache(QObject):
    changed = Signal(bytes)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.runner = ScopedRunner(context.runner, self)
        self._images: dict[bytes, QImage | None] = {}
        self._asked: set[bytes] = set()
        self._pixmaps: dict[tuple[object, ...], QPixmap] = {}
        self.ratio = 2.0
        context.bridge.contactChanged.connect(self.forget)
        context.bridge.profileChanged.connect(lambda: self.forget(bytes(context.core.me)))

    def forget(self, identity: bytes) -> None:
        key = bytes(identity)
        self._asked.discard(key)
        self._images.pop(key, None)
        self._pixmaps = {k: v for k, v in self._pixmaps.items() if key not in k}
        self.changed.emit(key)

    def _request(self, identity: bytes) -> None:
        if identity in self._asked:
            return
        self._asked.add(identity)
        core = self._context.core

        def work() -> QImage | None:
            data = core.avatar(identity)
            if not data:
                return None
            image = QImage.fromData(data)
            if image.isNull():
                return None
            side = min(image.width(), image.height())
            square = image.copy(
                (image.width() - side) // 2, (image.height() - side) // 2, side, side
            )
            return square.scaled(
                128, 128, Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )  # fmt: skip

        def done(image: QImage | None) -> None:
            self._images[identity] = image
            if image is not None:
                self._pixmaps = {k: v for k, v in self._pixmaps.items() if identity not in k}
                self.changed.emit(identity)

        self.runner.run(work, done, lambda _message: None)

    def person(self, identity: bytes, name: str, size: int) -> QPixmap:
        """Someone's avatar; their initials until (or unless) a picture is here."""
        identity = bytes(identity)
        self._request(identity)
        image = self._images.get(identity)
        key = ("p", identity, size, name if image is None else "", self.ratio)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = _canvas(size, self.ratio)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(0, 0, size, size)
        _rounded(painter, rect, size * 0.16)
        if image is not None:
            painter.drawImage(rect, image)
        else:
            _tile(painter, rect, colour_for(identity), initials(name))
        painter.end()
        self._pixmaps[key] = pixmap
        return pixmap

    def group(
        self, group_id: bytes, members: Sequence[tuple[bytes, str]], size: int, background: str
    ) -> QPixmap:
        """WeChat-style mosaic of up to nine members' initials (or pictures)."""
        shown = tuple(members[:9])
        key = ("g", bytes(group_id), shown, size, background, self.ratio)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = _canvas(size, self.ratio)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0, 0, size, size)
        _rounded(painter, rect, size * 0.16)
        painter.fillRect(rect, QColor(background))
        columns = 1 if len(shown) <= 1 else 2 if len(shown) <= 4 else 3
        gap = max(1.0, size / 24)
        cell = (size - gap * (columns + 1)) / columns
        rows = (len(shown) + columns - 1) // columns or 1
        top = (size - rows * cell - (rows - 1) * gap) / 2
        for index, (identity, name) in enumerate(shown):
            row, column = divmod(index, columns)
            in_row = min(columns, len(shown) - row * columns)
            left = (size - in_row * cell - (in_row - 1) * gap) / 2
            cell_rect = QRectF(left + column * (cell + gap), top + row * (cell + gap), cell, cell)
            painter.save()
            _rounded(painter, cell_rect, cell * 0.12)
            image = self._images.get(bytes(identity))
            if image is not None:
                painter.drawImage(cell_rect, image)
            else:
                self._request(bytes(identity))
                _tile(painter, cell_rect, colour_for(identity), initials(name))
            painter.restore()
        painter.end()
        self._pixmaps[key] = pixmap
        return pixmap
