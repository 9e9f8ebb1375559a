"""A window to look at pictures: fits at first, zooms with the wheel or +/-, saves, and steps
through a conversation's (or a post's) pictures with the arrow keys; Esc closes.

Each picture is decrypted and decoded off the GUI thread.

Signals:
    loaded(): the picture is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPaintEvent, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import translate
from desktop.icons import icon

MIN_ZOOM, MAX_ZOOM = 0.05, 16.0


class Runner(Protocol):
    """Runs work off the GUI thread (an :class:`~desktop.runner.OperationRunner`, or one
    scoped to a widget)."""

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None: ...


class ImageCanvas(QWidget):
    """Paints a pixmap fitted or zoomed, dragged with the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap: QPixmap | None = None
        self.zoom = 1.0
        self.fitted = True
        self._offset = QPointF(0, 0)
        self._drag_from: QPointF | None = None
        self.setMinimumSize(QSize(320, 240))
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def fit_zoom(self) -> float:
        if self.pixmap is None or self.pixmap.isNull():
            return 1.0
        w, h = self.pixmap.width(), self.pixmap.height()
        return min(1.0, (self.width() - 20) / w, (self.height() - 20) / h)

    def effective_zoom(self) -> float:
        return self.fit_zoom() if self.fitted else self.zoom

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.pixmap = pixmap
        self.fit()

    def fit(self) -> None:
        self.fitted = True
        self._offset = QPointF(0, 0)
        self.update()

    def zoom_by(self, factor: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, self.effective_zoom() * factor))
        self.fitted = False
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#111214"))
        if self.pixmap is None:
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        zoom = self.effective_zoom()
        w, h = self.pixmap.width() * zoom, self.pixmap.height() * zoom
        x = (self.width() - w) / 2 + self._offset.x()
        y = (self.height() - h) / 2 + self._offset.y()
        painter.drawPixmap(QRectF(x, y, w, h), self.pixmap, QRectF(self.pixmap.rect()))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.2**steps)

    def mousePressEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self._drag_from = event.position()  # type: ignore[attr-defined]
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        if self._drag_from is not None:
            now = event.position()  # type: ignore[attr-defined]
            self._offset += now - self._drag_from
            self._drag_from = now
            self.update()

    def mouseReleaseEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        self._drag_from = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)


@dataclass(frozen=True)
class Picture:
    """One picture the viewer can show: how to load it (off the GUI thread) and save it."""

    title: str
    load: Callable[[], QImage | None]
    save: Callable[[QWidget], None]


class ImageViewer(QDialog):
    """Shows ``pictures[index]``; Left/Right step through the others (a conversation's
    pictures, in order), Esc closes."""

    loaded = Signal()

    def __init__(
        self,
        runner: Runner,
        pictures: Sequence[Picture],
        index: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.resize(900, 680)
        self._runner = runner
        self.pictures = tuple(pictures)
        self.index = max(0, min(index, len(self.pictures) - 1))
        self._serial = 0
        self.canvas = ImageCanvas(self)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #c8ccd0; background: transparent;")
        self.counter = QLabel(self)
        self.counter.setStyleSheet("color: #c8ccd0; background: transparent;")
        bar = QHBoxLayout()
        bar.setContentsMargins(10, 6, 10, 6)
        self.previous = self._button(
            "moments/back", translate("ChatTexts", "Previous picture (Left)"), lambda: self.go(-1)
        )
        self.next = self._button(
            "moments/next", translate("ChatTexts", "Next picture (Right)"), lambda: self.go(1)
        )
        self.fit_button = self._button(
            "chat/fit", translate("ChatTexts", "Fit to window (0)"), self.canvas.fit
        )
        self.zoom_in = self._button("chat/zoom-in", translate("ChatTexts","Zoom in (+)"),
                                    lambda: self.canvas.zoom_by(1.25))  # fmt: skip
        self.zoom_out = self._button("chat/zoom-out", translate("ChatTexts","Zoom out (-)"),
                                     lambda: self.canvas.zoom_by(0.8))  # fmt: skip
        self.save_button = self._button(
            "chat/save", translate("ChatTexts", "Save as…"), lambda: self.current.save(self)
        )
        stepping = len(self.pictures) > 1
        for widget in (self.previous, self.counter, self.next):
            widget.setVisible(stepping)
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        for button in (self.zoom_out, self.zoom_in, self.fit_button, self.save_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas, 1)
        host = QWidget(self)
        host.setStyleSheet("background: #1b1c1f;")
        host.setLayout(bar)
        layout.addWidget(host)
        self.show_index(self.index)

    @property
    def current(self) -> Picture:
        return self.pictures[self.index]

    def _button(self, name: str, tip: str, action: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(name, "#e8eaed"))
        button.setIconSize(QSize(20, 20))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(action)
        return button

    def go(self, step: int) -> None:
        target = self.index + step
        if 0 <= target < len(self.pictures):
            self.show_index(target)

    def show_index(self, index: int) -> None:
        self.index = index
        self._serial += 1
        serial = self._serial
        picture = self.current
        self.setWindowTitle(picture.title)
        self.counter.setText(f"{index + 1} / {len(self.pictures)}")
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index < len(self.pictures) - 1)
        self.status.setText(translate("ChatTexts", "Opening the picture…"))
        self.canvas.pixmap = None
        self.canvas.update()

        def shown(image: QImage | None) -> None:
            if serial == self._serial:  # a later step may have been taken meanwhile
                self._show(image)

        def failed(message: str) -> None:
            if serial == self._serial:
                self._failed(message)

        self._runner.run(picture.load, shown, failed)

    def _show(self, image: QImage | None) -> None:
        if image is None or image.isNull():
            self._failed(
                translate("ChatTexts", "This picture has not arrived yet, or cannot be shown.")
            )
            return
        self.canvas.set_pixmap(QPixmap.fromImage(image))
        self.status.setText(f"{image.width()} × {image.height()}")
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.status.setText(message)

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
            super().keyPressEvent(event)  # Esc closes (QDialog)
