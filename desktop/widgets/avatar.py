"""Avatars: people's pictures decoded off the GUI thread, initials on a colour as fallback.

Rounded squares, WeChat-style; the tile colours and initials match the chats pane's, so one
person looks the same everywhere.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from desktop.context import AppContext
from desktop.widgets.guard import run_for

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
    image = QImage.fromData(data)
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
        text = initials(name)
        painter.fillRect(rect, colour_for(identity))
        font = QFont(painter.font())
        font.setPixelSize(max(6, int(size * (0.42 if len(text) == 1 else 0.36))))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class AvatarCache(QObject):
    """Avatar pictures by identity, loaded in batches through the runner.

    Signals:
        changed(bytes): a picture arrived, changed or went away for this identity.
    """

    changed = Signal(bytes)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._images: dict[bytes, QImage | None] = {}
        self._wanted: set[bytes] = set()
        self._loading: set[bytes] = set()
        self._pixmaps: dict[tuple[bytes, str, int, float], QPixmap] = {}
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(0)
        self._batch.timeout.connect(self._load_wanted)
        context.bridge.contactChanged.connect(self.reload)
        context.bridge.profileChanged.connect(self._reload_me)
        context.bridge.rebuilt.connect(self.reload_all)

    def pixmap(self, identity: bytes, name: str, size: int, ratio: float = 2.0) -> QPixmap:
        """Someone's avatar now: their picture if loaded, else initials (a load is started)."""
        identity = bytes(identity)
        if identity not in self._images:
            self._want(identity)
        image = self._images.get(identity)
        key = (identity, "" if image is not None else name, size, ratio)
        cached = self._pixmaps.get(key)
        if cached is None:
            cached = avatar_pixmap(identity, name, size, ratio, image)
            self._pixmaps[key] = cached
        return cached

    def has_picture(self, identity: bytes) -> bool:
        return self._images.get(bytes(identity)) is not None

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
        core = self._context.core

        def work() -> dict[bytes, QImage | None]:
            return {identity: decode_avatar(core.avatar(identity)) for identity in batch}

        def done(images: dict[bytes, QImage | None]) -> None:
            self._loading.difference_update(batch)
            for identity, image in images.items():
                before = self._images.get(identity)
                self._images[identity] = image
                if image is not None or before is not None:
                    self._pixmaps = {k: v for k, v in self._pixmaps.items() if k[0] != identity}
                    self.changed.emit(identity)
            if self._wanted:
                self._batch.start()

        def failed(_message: str) -> None:
            self._loading.difference_update(batch)

        run_for(self, self._context.runner, work, done, failed)


class AvatarLabel(QLabel):
    """Shows one person's avatar at a fixed size, redrawn when the cache learns more.

    Without a cache (before a profile is open) it shows initials or a given picture only.
    """

    def __init__(self, cache: AvatarCache | None, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._side = size
        self._identity = b""
        self._name = ""
        self._image: QImage | None = None
        self.setObjectName("avatar")
        self.setFixedSize(QSize(size, size))
        if cache is not None:
            cache.changed.connect(self._on_changed)

    def show_person(self, identity: bytes, name: str) -> None:
        self._identity = bytes(identity)
        self._name = name
        self._image = None
        self._redraw()

    def show_image(self, image: QImage | None, identity: bytes, name: str) -> None:
        """A picture not (yet) in the store, e.g. a preview while choosing one."""
        self._identity = bytes(identity)
        self._name = name
        self._image = image
        self._redraw()

    def _on_changed(self, identity: bytes) -> None:
        if identity == self._identity and self._image is None:
            self._redraw()

    def _redraw(self) -> None:
        ratio = self.devicePixelRatioF() or 1.0
        if self._image is not None or self._cache is None:
            pixmap = avatar_pixmap(self._identity, self._name, self._side, ratio, self._image)
        else:
            pixmap = self._cache.pixmap(self._identity, self._name, self._side, ratio)
        self.setPixmap(pixmap)
