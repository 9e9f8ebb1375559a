"""A label showing one person's avatar at a fixed size, redrawn when the cache learns more."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget

from desktop.people.avatars import AvatarCache
from desktop.widgets.avatar import avatar_pixmap


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
