"""The text box of the composer: Enter sends, Shift+Enter breaks the line, images and files
can be pasted or dropped, and an open @mention list gets the arrow keys first.

Signals:
    sendRequested(): Enter was pressed (without Shift) and no popup took it.
    filesOffered(list): local file paths pasted or dropped.
    imagePasted(QImage): a picture from the clipboard (no file behind it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

KeyFilter = Callable[[QKeyEvent], bool]


def local_paths(mime: QMimeData) -> list[str]:
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class ComposerEdit(QPlainTextEdit):
    sendRequested = Signal()  # noqa: N815
    filesOffered = Signal(list)  # noqa: N815
    imagePasted = Signal(QImage)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composerEdit")
        self.setTabChangesFocus(False)
        self.key_filter: KeyFilter | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.key_filter is not None and self.key_filter(event):
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
                event.accept()
                return
            if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.sendRequested.emit()
                event.accept()
                return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        return (
            source.hasImage() or bool(local_paths(source)) or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        paths = local_paths(source)
        if paths:
            self.filesOffered.emit(paths)
            return
        if source.hasImage():
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.imagePasted.emit(image)
                return
        if source.hasText():
            self.textCursor().insertText(source.text())
