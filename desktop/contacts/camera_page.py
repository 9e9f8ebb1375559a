"""The camera page of "Add contact": the live picture and a way back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.qr.camera import CameraScanner
from desktop.widgets import TranslatedWidget, set_role


class CameraPage(TranslatedWidget):
    """Signals: back()."""

    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 22)
        layout.setSpacing(12)
        self.heading = QLabel(self)
        set_role(self.heading, "title")
        self.scanner = CameraScanner(context, self)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.scanner, 1)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back.emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Scan with camera"))
        self.back_button.setText(self.tr("Back"))

    def start(self) -> None:
        self.scanner.start()

    def stop(self) -> None:
        self.scanner.stop()
