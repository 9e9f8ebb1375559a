"""Scanning a QR code with a camera: QCamera → QMediaCaptureSession → QVideoSink frames,
decoded a few times a second off the GUI thread (QtMultimedia is imported only when used).

Signals (CameraScanner):
    found(object): a ScannedCard or ScannedInvite read from the camera.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from core.facade import Core
from desktop.context import AppContext
from desktop.qr.codes import ScanProblem, ScanResult, read_picture
from desktop.qr.texts import problem_text
from desktop.widgets import TranslatedWidget, set_role
from desktop.widgets.guard import run_for

DECODE_INTERVAL_S = 0.25


def video_inputs() -> list[Any]:
    """The cameras Qt can see (loads QtMultimedia; may be slow the first time)."""
    from PySide6.QtMultimedia import QMediaDevices

    return list(QMediaDevices.videoInputs())


class CameraScanner(TranslatedWidget):
    found = Signal(object)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        read: Callable[[Core, QImage], Any] = read_picture,
    ) -> None:
        """``read`` turns a frame into a result: a ScanProblem keeps looking (the wallet
        passes its own reader of payment codes)."""
        super().__init__(parent)
        self._read = read
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

        self._context = context
        self._busy = False
        self._last_decode = 0.0
        self._camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._sink = QVideoSink(self)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._camera.errorOccurred.connect(self._on_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.preview = QLabel(self)
        self.preview.setObjectName("cameraPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(QSize(360, 270))
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.hint, "secondary")
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Hold the QR code steady in front of the camera"))

    def start(self) -> None:
        self._camera.start()

    def stop(self) -> None:
        self._camera.stop()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.stop()
        super().hideEvent(event)

    def _on_error(self, _error: Any, message: str) -> None:
        self.hint.setText(self.tr("The camera cannot be used: %1").replace("%1", message))

    def _on_frame(self, frame: Any) -> None:
        image: QImage = frame.toImage()
        if image.isNull():
            return
        shown = image.mirrored(True, False).scaled(
            self.preview.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        self.preview.setPixmap(QPixmap.fromImage(shown))
        now = time.monotonic()
        if self._busy or now - self._last_decode < DECODE_INTERVAL_S:
            return
        self._busy = True
        self._last_decode = now
        core = self._context.core
        run_for(
            self,
            self._context.runner,
            lambda: self._read(core, image),
            self._on_result,
            self._on_decode_failed,
        )

    def _on_decode_failed(self, _message: str) -> None:
        self._busy = False

    def _on_result(self, result: ScanResult) -> None:
        self._busy = False
        if isinstance(result, ScanProblem):
            if result.kind != "no-code":
                english = self._context.translations.language == "en"
                self.hint.setText(problem_text(result, with_detail=english))
            return
        self.stop()
        self.found.emit(result)
