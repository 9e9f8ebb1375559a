"""Post pictures as small images: decrypted, decoded and scaled off the GUI thread, kept in an
LRU cache of decoded QImages at the exact device-pixel size they are painted at.

Painting asks :meth:`ThumbnailCache.image`; what is not cached yet is queued, and one worker
job at a time decodes a batch, newest requests first (what is on screen now), so a fast
scroll never floods the runner's threads. Pictures whose blob has not arrived are marked
missing until :meth:`blob_arrived` names them.

Signals:
    ready(): pictures were decoded (or found missing); repaint what shows them.
"""

from __future__ import annotations

from collections import OrderedDict
from enum import Enum

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage

from core.blobs import BlobRef
from core.facade import Core
from core.moments import MAX_THUMBNAIL_BYTES
from desktop.chats.scoped_runner import Runner
from desktop.images import decode_image

MAX_CACHED = 240
MAX_PENDING = 96
BATCH = 12


class ImageState(Enum):
    LOADING = "loading"
    MISSING = "missing"
    READY = "ready"
    BROKEN = "broken"


Key = tuple[bytes, int, int, bool]


def scale_picture(image: QImage, width: int, height: int, crop: bool) -> QImage:
    """Fill ``width`` x ``height``: centre-cropped (grid cells) or stretched to the box."""
    if crop:
        image = image.scaled(
            QSize(width, height),
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        image = image.copy(
            (image.width() - width) // 2, (image.height() - height) // 2, width, height
        )
    else:
        image = image.scaled(
            QSize(width, height),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def decode_blob(core: Core, ref: BlobRef, width: int, height: int, crop: bool) -> QImage | None:
    """Read and decode one thumbnail blob (worker thread); None when it is not a picture."""
    if ref.size > MAX_THUMBNAIL_BYTES:
        return None
    image = decode_image(core.blobs.read_plaintext(ref, MAX_THUMBNAIL_BYTES), QSize(width, height),
                         cover=crop)  # fmt: skip
    if image is None:
        return None
    return scale_picture(image, width, height, crop)


class ThumbnailCache(QObject):
    ready = Signal()

    def __init__(self, core: Core, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self._runner = runner
        self._images: OrderedDict[Key, QImage] = OrderedDict()
        self._states: dict[Key, ImageState] = {}
        self._pending: OrderedDict[Key, BlobRef] = OrderedDict()
        self._busy = False
        self._in_flight: list[Key] = []
        self.ratio = 1.0

    @property
    def busy(self) -> bool:
        return self._busy or bool(self._pending)

    def image(
        self, ref: BlobRef, width: float, height: float, crop: bool = True
    ) -> tuple[ImageState, QImage | None]:
        """The picture at ``width`` x ``height`` logical pixels, or its state until ready."""
        key = (bytes(ref.blob_id), round(width * self.ratio), round(height * self.ratio), crop)
        found = self._images.get(key)
        if found is not None:
            self._images.move_to_end(key)
            return ImageState.READY, found
        state = self._states.get(key)
        if state is None or state is ImageState.READY:
            self._states[key] = ImageState.LOADING
            self._pending[key] = ref
            while len(self._pending) > MAX_PENDING:
                dropped, _ref = self._pending.popitem(last=False)
                self._states.pop(dropped, None)
            self._pump()
            return ImageState.LOADING, None
        if state is ImageState.LOADING and key in self._pending:
            self._pending.move_to_end(key)
        return state, None

    def blob_arrived(self, blob_id: bytes) -> None:
        """A blob finished arriving: pictures waiting for it load on the next paint."""
        waiting = [k for k, s in self._states.items() if s is ImageState.MISSING]
        cleared = [k for k in waiting if not blob_id or k[0] == bytes(blob_id)]
        for key in cleared:
            del self._states[key]
        if cleared:
            self.ready.emit()

    def forget_all(self) -> None:
        self._images.clear()
        self._states = {k: s for k, s in self._states.items() if s is ImageState.LOADING}
        self.ready.emit()

    def _pump(self) -> None:
        if self._busy or not self._pending:
            return
        batch: list[tuple[Key, BlobRef]] = []
        while self._pending and len(batch) < BATCH:
            batch.append(self._pending.popitem(last=True))
        self._busy = True
        self._in_flight = [key for key, _ref in batch]
        core = self._core

        def work() -> list[tuple[Key, ImageState, QImage | None]]:
            done: list[tuple[Key, ImageState, QImage | None]] = []
            for key, ref in batch:
                if not core.blobs.has(ref.blob_id):
                    done.append((key, ImageState.MISSING, None))
                    continue
                try:
                    image = decode_blob(core, ref, key[1], key[2], key[3])
                except Exception:  # a damaged blob is one broken picture, not a failed batch
                    image = None
                state = ImageState.READY if image is not None else ImageState.BROKEN
                done.append((key, state, image))
            return done

        self._runner.run(work, self._take, self._failed)

    def _take(self, results: list[tuple[Key, ImageState, QImage | None]]) -> None:
        self._busy = False
        for key, state, image in results:
            self._states[key] = state
            if image is not None:
                self._images[key] = image
        while len(self._images) > MAX_CACHED:
            dropped, _image = self._images.popitem(last=False)
            self._states.pop(dropped, None)
        self.ready.emit()
        self._pump()

    def _failed(self, _message: str) -> None:
        self._busy = False
        for key in self._in_flight:
            self._states[key] = ImageState.BROKEN
        self.ready.emit()
        self._pump()
