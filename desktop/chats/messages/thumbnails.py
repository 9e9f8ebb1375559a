"""Image thumbnails and file presence, found off the GUI thread and cached.

An image is decrypted and decoded in a worker (QImage is safe there), scaled to the bubble's
size, and turned into a pixmap on the GUI thread. Blobs that have not arrived yet are marked
missing and tried again when :meth:`retry_missing` is called (the pane does so on changes,
and every second while something is arriving, to follow its chunks). Attachments over the
auto-download limit wait for the person (``ASK``) until :meth:`forget` after they agree.

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
RETRY_MS = 1000

Arrival = tuple[int, int] | None  # chunks here, chunks in all


class PartState(Enum):
    LOADING = "loading"
    MISSING = "missing"
    READY = "ready"
    BROKEN = "broken"
    TOO_LARGE = "too large"  # a picture too large to decode safely (desktop.images)
    ASK = "ask"  # over the auto-download limit: fetched when the person asks


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
        self._arrivals: dict[str, tuple[int, int]] = {}
        self.box = IMAGE_BOX * 2
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.retry_missing)

    def state(self, part: Part) -> PartState:
        key = part.cache_key
        known = self._states.get(key)
        evicted = known is PartState.READY and part.is_image and key not in self._pixmaps
        if known is None or evicted:  # (a file card has no picture to keep)
            self._request(part)
            return PartState.LOADING
        return known

    def pixmap(self, part: Part) -> QPixmap | None:
        pixmap = self._pixmaps.get(part.cache_key)
        if pixmap is not None:
            self._pixmaps.move_to_end(part.cache_key)
        return pixmap

    def arrival(self, part: Part) -> Arrival:
        """How much of a part that is not here yet has arrived (None: nothing yet)."""
        return self._arrivals.get(part.cache_key)

    def forget(self, part: Part) -> None:
        """Look at a part again on its next paint (it may be wanted now)."""
        self._states.pop(part.cache_key, None)
        self._arrivals.pop(part.cache_key, None)
        self.ready.emit(part.cache_key)

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

        def outcome(picture: DecodedPicture) -> tuple[PartState, QImage | None, Arrival]:
            if picture.image is not None:
                return PartState.READY, picture.image, None
            too_large = picture.problem is PictureProblem.TOO_LARGE
            return (PartState.TOO_LARGE if too_large else PartState.BROKEN), None, None

        def work() -> tuple[PartState, QImage | None, Arrival]:
            if isinstance(file, LocalFile):
                if not is_image:
                    return PartState.READY, None, None
                return outcome(decode_picture(file.path, box))
            if not core.blobs.has(file.blob_id):
                if core.chat.download_waits(file):
                    return PartState.ASK, None, None
                return PartState.MISSING, None, core.chat.arrival(file.blob_id)
            if not is_image:
                return PartState.READY, None, None
            if file.size > MAX_IMAGE_BYTES:
                return PartState.TOO_LARGE, None, None
            data = core.blobs.read_plaintext(attachment_ref(file), file.size)
            return outcome(decode_picture(data, box))

        def done(result: tuple[PartState, QImage | None, Arrival]) -> None:
            state, image, arrived = result
            self._states[key] = state
            if arrived is not None:
                self._arrivals[key] = arrived
            else:
                self._arrivals.pop(key, None)
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
