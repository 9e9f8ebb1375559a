"""Image thumbnails and file presence, found off the GUI thread and cached.

An image is decrypted and decoded in a worker (QImage is safe there), scaled to the bubble's
size, and turned into a pixmap on the GUI thread. Blobs that have not arrived yet are marked
missing and tried again when :meth:`retry_missing` is called (the pane does so on changes).

Signals:
    ready(str): a part's picture (or presence) is known; its cache key.
"""

from __future__ import annotations

from collections import OrderedDict
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from core.blobs import BlobRef
from core.chat import Attachment
from core.facade import Core
from desktop.chats.messages.bubble_layout import IMAGE_BOX, Part
from desktop.chats.messages.rows import LocalFile
from desktop.chats.scoped_runner import Runner
from desktop.images import (
    DecodedPicture,
    PictureProblem,
    decode_image,
    decode_picture,
    picture_size,
)

MAX_IMAGE_BYTES = 48 * 1024 * 1024
MAX_CACHED = 400


class PartState(Enum):
    LOADING = "loading"
    MISSING = "missing"
    READY = "ready"
    BROKEN = "broken"
    TOO_LARGE = "too large"  # a picture too large to decode safely (desktop.images)


def attachment_ref(attachment: Attachment) -> BlobRef:
    return BlobRef(attachment.blob_id, attachment.key, attachment.size)


def decode_thumbnail(data: bytes | str, box: int) -> QImage | None:
    """Decode (bytes, or a path) straight into ``box`` x ``box``; None if not an image (or one
    too large to decode safely)."""
    return decode_image(data, box)


def image_dimensions(path: str) -> tuple[int, int]:
    """Width and height from the file's header (no full decode); (0, 0) if unreadable."""
    size = picture_size(path)
    return (size.width(), size.height()) if size.isValid() else (0, 0)


class ThumbnailCache(QObject):
    ready = Signal(str)

    def __init__(self, core: Core, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self._runner = runner
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._states: dict[str, PartState] = {}
        self.box = IMAGE_BOX * 2
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(4000)
        self._retry_timer.timeout.connect(self.retry_missing)

    def state(self, part: Part) -> PartState:
        key = part.cache_key
        known = self._states.get(key)
        if known is None or (known is PartState.READY and key not in self._pixmaps):
            self._request(part)
            return PartState.LOADING
        return known

    def pixmap(self, part: Part) -> QPixmap | None:
        pixmap = self._pixmaps.get(part.cache_key)
        if pixmap is not None:
            self._pixmaps.move_to_end(part.cache_key)
        return pixmap

    def alias(self, old_key: str, new_key: str) -> None:
        """A sent file's local picture also stands for its blob (no flicker after sending)."""
        pixmap = self._pixmaps.get(old_key)
        if pixmap is not None and new_key not in self._pixmaps:
            self._pixmaps[new_key] = pixmap
            self._states[new_key] = PartState.READY

    def retry_missing(self) -> None:
        missing = [k for k, s in self._states.items() if s is PartState.MISSING]
        for key in missing:
            del self._states[key]
        if missing:
            self.ready.emit("")
        else:
            self._retry_timer.stop()

    def _request(self, part: Part) -> None:
        key = part.cache_key
        self._states[key] = PartState.LOADING
        file, core, box, is_image = part.file, self._core, self.box, part.is_image

        def outcome(picture: DecodedPicture) -> tuple[PartState, QImage | None]:
            if picture.image is not None:
                return PartState.READY, picture.image
            too_large = picture.problem is PictureProblem.TOO_LARGE
            return (PartState.TOO_LARGE if too_large else PartState.BROKEN), None

        def work() -> tuple[PartState, QImage | None]:
            if isinstance(file, LocalFile):
                if not is_image:
                    return PartState.READY, None
                return outcome(decode_picture(file.path, box))
            if not core.blobs.has(file.blob_id):
                return PartState.MISSING, None
            if not is_image:
                return PartState.READY, None
            if file.size > MAX_IMAGE_BYTES:
                return PartState.TOO_LARGE, None
            data = core.blobs.read_plaintext(attachment_ref(file), file.size)
            return outcome(decode_picture(data, box))

        def done(result: tuple[PartState, QImage | None]) -> None:
            state, image = result
            self._states[key] = state
            if image is not None:
                self._pixmaps[key] = QPixmap.fromImage(image)
                while len(self._pixmaps) > MAX_CACHED:
                    dropped, _ = self._pixmaps.popitem(last=False)
                    self._states.pop(dropped, None)
            if state is PartState.MISSING and not self._retry_timer.isActive():
                self._retry_timer.start()
            self.ready.emit(key)

        def fail(_message: str) -> None:
            self._states[key] = PartState.BROKEN
            self.ready.emit(key)

        self._runner.run(work, done, fail)
