"""Files waiting to be sent with the next message, shown as chips above the text box.

Images are measured (width, height) and given a small preview off the GUI thread.

Signals:
    changed(): files were added or removed.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.chats.messages.rows import LocalFile
from desktop.chats.messages.thumbnails import decode_thumbnail, image_dimensions
from desktop.chats.scoped_runner import Runner
from desktop.chats.texts import file_size
from desktop.i18n import translate
from desktop.icons import icon

MAX_FILES = 9
IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"}


def is_image(path: str) -> bool:
    return (mimetypes.guess_type(path)[0] or "") in IMAGE_TYPES


class AttachmentChip(QFrame):
    def __init__(self, file: LocalFile, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentChip")
        self.file = file
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        layout.setSpacing(6)
        self.preview = QLabel(self)
        self.preview.setFixedSize(QSize(36, 36))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        glyph = "chat/image" if file.kind == "image" else "chat/file"
        self.preview.setPixmap(icon(glyph, "#8a8f96").pixmap(24, 24))
        text = QVBoxLayout()
        text.setSpacing(0)
        name = QLabel(self.fontMetrics().elidedText(file.name, Qt.TextElideMode.ElideMiddle, 150))
        name.setToolTip(file.name)
        size = QLabel(file_size(file.size))
        size.setObjectName("chipSize")
        text.addWidget(name)
        text.addWidget(size)
        self.remove = QToolButton(self)
        self.remove.setIcon(icon("chat/close", "#8a8f96"))
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(translate("ChatTexts", "Remove"))
        layout.addWidget(self.preview)
        layout.addLayout(text)
        layout.addWidget(self.remove)

    def set_picture(self, image: QImage) -> None:
        self.preview.setPixmap(QPixmap.fromImage(image))


class AttachmentStrip(QWidget):
    changed = Signal()

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._runner = runner
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)
        self.chips: list[AttachmentChip] = []
        self._measuring = 0
        self.hide()

    @property
    def busy(self) -> bool:
        """Images are still being measured (sending waits for their sizes)."""
        return self._measuring > 0

    def files(self) -> list[LocalFile]:
        return [chip.file for chip in self.chips]

    def add_paths(self, paths: list[str]) -> int:
        """Queue local files; returns how many were taken (at most nine per message)."""
        taken = 0
        for raw in paths:
            path = Path(raw)
            if not path.is_file() or len(self.chips) >= MAX_FILES:
                continue
            kind = "image" if is_image(raw) else "file"
            chip = AttachmentChip(LocalFile(str(path), path.name, path.stat().st_size, kind), self)
            chip.remove.clicked.connect(lambda _checked=False, c=chip: self._remove(c))
            self.chips.append(chip)
            self._layout.insertWidget(self._layout.count() - 1, chip)
            if kind == "image":
                self._measure(chip)
            taken += 1
        self.setVisible(bool(self.chips))
        self.changed.emit()
        return taken

    def _measure(self, chip: AttachmentChip) -> None:
        self._measuring += 1
        path = chip.file.path

        def work() -> tuple[tuple[int, int], QImage | None]:
            return image_dimensions(path), decode_thumbnail(path, 72)

        def done(result: tuple[tuple[int, int], QImage | None]) -> None:
            self._measuring -= 1
            (width, height), preview = result
            if chip in self.chips:
                old = chip.file
                if width and height:
                    chip.file = LocalFile(old.path, old.name, old.size, "image", width, height)
                else:
                    chip.file = LocalFile(old.path, old.name, old.size, "file")
                if preview is not None:
                    chip.set_picture(
                        preview.scaled(36, 36, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                                       Qt.TransformationMode.SmoothTransformation)
                    )  # fmt: skip
            self.changed.emit()

        def fail(_message: str) -> None:
            self._measuring -= 1
            self.changed.emit()

        self._runner.run(work, done, fail)

    def _remove(self, chip: AttachmentChip) -> None:
        if chip in self.chips:
            self.chips.remove(chip)
            chip.deleteLater()
        self.setVisible(bool(self.chips))
        self.changed.emit()

    def clear(self) -> None:
        for chip in self.chips:
            chip.deleteLater()
        self.chips.clear()
        self.hide()
        self.changed.emit()
