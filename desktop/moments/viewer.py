"""A window over all the pictures of one post: previous / next, zoom, save.

Each picture shows its thumbnail at once and its original when it is here; if the original
has not arrived, sync is asked for it (``want_original``) and it replaces the thumbnail when
:meth:`PostImageViewer.blob_arrived` names it. Decoding runs off the GUI thread.

Signals:
    pictureShown(int, bool): the index shown, and whether it is the original.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from core.errors import NotFound
from core.facade import Core
from core.moments import MAX_IMAGE_BYTES, MAX_THUMBNAIL_BYTES, Post, PostImage
from desktop.chats.scoped_runner import ScopedRunner
from desktop.icons import icon
from desktop.images import decode_image
from desktop.people import ImageCanvas
from desktop.runner import OperationRunner
from desktop.widgets import TranslatedDialog, sentence
from desktop.widgets.file_choice import in_folder, pictures_folder

MAX_SIDE = 4096
BAR_COLOUR = "#e8eaed"


def decode_bytes(data: bytes, limit_side: int = MAX_SIDE) -> QImage | None:
    """Decode a picture, scaled down so its longest side is at most ``limit_side``."""
    return decode_image(data, limit_side)


class PostImageViewer(TranslatedDialog):
    pictureShown = Signal(int, bool)  # noqa: N815

    def __init__(
        self, core: Core, runner: OperationRunner, post: Post, index: int, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("momentsImageViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(960, 720)
        self._core = core
        self._runner = ScopedRunner(runner, self)
        self.post = post
        self.index = index
        self.originals: dict[int, QImage] = {}
        self.thumbnails: dict[int, QImage] = {}
        self.waiting: set[bytes] = set()
        self.showing_original = False
        self.canvas = ImageCanvas(self)
        self.status = QLabel(self)
        self.status.setStyleSheet(f"color: {BAR_COLOUR}; background: transparent;")
        self.counter = QLabel(self)
        self.counter.setStyleSheet(f"color: {BAR_COLOUR}; background: transparent;")
        self.previous = self._button("moments/back", lambda: self.go(-1))
        self.next = self._button("moments/next", lambda: self.go(1))
        self.zoom_out = self._button("chat/zoom-out", lambda: self.canvas.zoom_by(0.8))
        self.zoom_in = self._button("chat/zoom-in", lambda: self.canvas.zoom_by(1.25))
        self.fit = self._button("chat/fit", self.canvas.fit)
        self.save = self._button("chat/save", self.save_current)
        bar = QHBoxLayout()
        bar.setContentsMargins(10, 6, 10, 6)
        bar.addWidget(self.previous)
        bar.addWidget(self.counter)
        bar.addWidget(self.next)
        bar.addSpacing(12)
        bar.addWidget(self.status, 1)
        for button in (self.zoom_out, self.zoom_in, self.fit, self.save):
            bar.addWidget(button)
        host = QWidget(self)
        host.setStyleSheet("background: #1b1c1f;")
        host.setLayout(bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(host)
        self.retranslate()
        self.show_index(index)

    def _button(self, name: str, action: object) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(name, BAR_COLOUR))
        button.setIconSize(QSize(20, 20))
        button.setAutoRaise(True)
        button.clicked.connect(action)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pictures"))
        self.previous.setToolTip(self.tr("Previous picture (Left)"))
        self.next.setToolTip(self.tr("Next picture (Right)"))
        self.zoom_out.setToolTip(self.tr("Zoom out (-)"))
        self.zoom_in.setToolTip(self.tr("Zoom in (+)"))
        self.fit.setToolTip(self.tr("Fit to window (0)"))
        self.save.setToolTip(self.tr("Save the original as…"))
        self._update_bar()

    # -- showing -----------------------------------------------------------------------------

    def image(self, index: int) -> PostImage:
        return self.post.images[index]

    def go(self, step: int) -> None:
        target = self.index + step
        if 0 <= target < len(self.post.images):
            self.show_index(target)

    def show_index(self, index: int) -> None:
        self.index = index
        self.showing_original = False
        if index in self.originals:
            self._display(index, self.originals[index], True)
        elif index in self.thumbnails:
            self._display(index, self.thumbnails[index], False)
        else:
            self.canvas.pixmap = None
            self.canvas.update()
        self._update_bar()
        if index not in self.thumbnails and index not in self.originals:
            self._load_thumbnail(index)
        if index not in self.originals:
            self._load_original(index)

    def _display(self, index: int, image: QImage, original: bool) -> None:
        if index != self.index or (self.showing_original and not original):
            return
        self.showing_original = original
        self.canvas.set_pixmap(QPixmap.fromImage(image))
        self._update_bar()
        self.pictureShown.emit(index, original)

    def _update_bar(self) -> None:
        count = len(self.post.images)
        self.counter.setText(f"{self.index + 1} / {count}")
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < count - 1)
        image = self.image(self.index)
        if self.showing_original:
            self.status.setText(f"{image.width} × {image.height}")
        elif bytes(image.original.blob_id) in self.waiting:
            self.status.setText(self.tr("Fetching the original from your friends…"))
        else:
            self.status.setText(self.tr("Opening the picture…"))

    def _load_thumbnail(self, index: int) -> None:
        core, ref = self._core, self.image(index).thumbnail

        def work() -> QImage | None:
            if not core.blobs.has(ref.blob_id):
                return None
            return decode_bytes(core.blobs.read_plaintext(ref, MAX_THUMBNAIL_BYTES))

        def done(image: QImage | None) -> None:
            if image is not None:
                self.thumbnails[index] = image
                self._display(index, image, False)

        self._runner.run(work, done, self._failed)

    def _load_original(self, index: int) -> None:
        core, image = self._core, self.image(index)

        def work() -> QImage | None:
            if not core.blobs.has(image.original.blob_id):
                core.moments.want_original(image)
                return None
            return decode_bytes(core.blobs.read_plaintext(image.original, MAX_IMAGE_BYTES))

        def done(decoded: QImage | None) -> None:
            if decoded is None:
                self.waiting.add(bytes(image.original.blob_id))
                self._update_bar()
                return
            self.waiting.discard(bytes(image.original.blob_id))
            self.originals[index] = decoded
            self._display(index, decoded, True)

        self._runner.run(work, done, self._failed)

    def blob_arrived(self, blob_id: bytes) -> None:
        """A blob arrived: if it is an original we wait for, show it."""
        for index, image in enumerate(self.post.images):
            if bytes(image.original.blob_id) == bytes(blob_id) and index not in self.originals:
                self._load_original(index)
            elif bytes(image.thumbnail.blob_id) == bytes(blob_id) and index == self.index:
                self._load_thumbnail(index)

    def _failed(self, message: str) -> None:
        self.status.setText(sentence(message))

    # -- saving ------------------------------------------------------------------------------

    def ask_save_path(self, suggested: str) -> str:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save picture"), in_folder(pictures_folder(), suggested)
        )
        return chosen

    def save_current(self) -> None:
        image = self.image(self.index)
        extension = {
            "image/png": "png",
            "image/gif": "gif",
            "image/webp": "webp",
            "image/bmp": "bmp",
        }.get(image.mime, "jpg")
        path = self.ask_save_path(f"moment-{self.index + 1}.{extension}")
        if not path:
            return
        core = self._core

        def work() -> None:
            if not core.blobs.has(image.original.blob_id):
                raise NotFound("the original picture has not arrived yet")
            core.blobs.export_to(image.original, Path(path))

        self._runner.run(work, lambda _r: self.status.setText(self.tr("Saved.")), self._failed)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key == Qt.Key.Key_Left:
            self.go(-1)
        elif key == Qt.Key.Key_Right:
            self.go(1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.canvas.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.canvas.zoom_by(0.8)
        elif key == Qt.Key.Key_0:
            self.canvas.fit()
        else:
            super().keyPressEvent(event)
