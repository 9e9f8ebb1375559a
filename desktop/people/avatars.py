"""Avatars for the whole app: people's pictures decoded off the GUI thread (in batches),
initials on the person's colour as a fallback, and a mosaic for groups, as rounded-square
pixmaps cached by size. One cache per open profile (``context.people.avatars``), so a picture
is decoded once and every pane shows the same face.

Signals:
    changed(bytes): a picture arrived, changed or went away for this identity.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap

from desktop.widgets.avatar import avatar_pixmap, colour_for, decode_avatar, paint_initials
from desktop.widgets.guard import run_for

if TYPE_CHECKING:
    from desktop.context import AppContext

MOSAIC_MAX = 9


class AvatarCache(QObject):
    changed = Signal(bytes)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._images: dict[bytes, QImage | None] = {}
        self._wanted: set[bytes] = set()
        self._loading: set[bytes] = set()
        self._pixmaps: dict[tuple[object, ...], QPixmap] = {}
        self.ratio = 2.0
        """The device pixel ratio of :meth:`person` and :meth:`group` (views on HiDPI raise it)."""
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(0)
        self._batch.timeout.connect(self._load_wanted)
        context.bridge.contactChanged.connect(self.reload)
        context.bridge.profileChanged.connect(self._reload_me)
        context.bridge.rebuilt.connect(self.reload_all)

    # -- asking

    def pixmap(self, identity: bytes, name: str, size: int, ratio: float = 2.0) -> QPixmap:
        """Someone's avatar now: their picture if loaded, else initials (a load is started)."""
        identity = bytes(identity)
        if identity not in self._images:
            self._want(identity)
        image = self._images.get(identity)
        key = ("p", identity, "" if image is not None else name, size, ratio)
        cached = self._pixmaps.get(key)
        if cached is None:
            cached = avatar_pixmap(identity, name, size, ratio, image)
            self._pixmaps[key] = cached
        return cached

    def person(self, identity: bytes, name: str, size: int) -> QPixmap:
        """:meth:`pixmap` at the cache's :attr:`ratio` (what list delegates paint)."""
        return self.pixmap(identity, name, size, self.ratio)

    def has_picture(self, identity: bytes) -> bool:
        return self._images.get(bytes(identity)) is not None

    def group(
        self, group_id: bytes, members: Sequence[tuple[bytes, str]], size: int, background: str
    ) -> QPixmap:
        """WeChat-style mosaic of up to nine members' pictures (or initials)."""
        shown = tuple((bytes(identity), name) for identity, name in members[:MOSAIC_MAX])
        pictures = tuple(self.has_picture(identity) for identity, _name in shown)
        key = ("g", bytes(group_id), shown, pictures, size, background, self.ratio)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        ratio = self.ratio
        pixmap = QPixmap(max(1, round(size * ratio)), max(1, round(size * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(0, 0, size, size)
        _clip_rounded(painter, rect, size * 0.16)
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
            _clip_rounded(painter, cell_rect, cell * 0.12)
            if identity not in self._images:
                self._want(identity)
            image = self._images.get(identity)
            if image is not None:
                painter.drawImage(cell_rect, image)
            else:
                paint_initials(painter, cell_rect, colour_for(identity), name)
            painter.restore()
        painter.end()
        self._pixmaps[key] = pixmap
        return pixmap

    # -- loading

    def reload(self, identity: bytes) -> None:
        """Load someone's picture again (it changed); the old one shows until then."""
        identity = bytes(identity)
        if identity in self._images:
            self._want(identity)

    def _reload_me(self) -> None:
        self.reload(bytes(self._context.core.me))

    def reload_all(self) -> None:
        for identity in list(self._images):
            self._want(identity)

    def _want(self, identity: bytes) -> None:
        self._wanted.add(identity)
        self._batch.start()

    def _load_wanted(self) -> None:
        batch = sorted(self._wanted - self._loading)
        self._wanted.difference_update(batch)
        if not batch:
            return
        self._loading.update(batch)
        for identity in batch:
            self._images.setdefault(identity, None)
        core = self._context.core

        def work() -> dict[bytes, QImage | None]:
            return {identity: decode_avatar(core.avatar(identity)) for identity in batch}

        def done(images: dict[bytes, QImage | None]) -> None:
            self._loading.difference_update(batch)
            for identity, image in images.items():
                before = self._images.get(identity)
                self._images[identity] = image
                if image is not None or before is not None:
                    self._pixmaps = {k: v for k, v in self._pixmaps.items() if identity not in k}
                    self.changed.emit(identity)
            if self._wanted:
                self._batch.start()

        def failed(_message: str) -> None:
            self._loading.difference_update(batch)

        run_for(self, self._context.runner, work, done, failed)


def _clip_rounded(painter: QPainter, rect: QRectF, radius: float) -> None:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    painter.setClipPath(path)
