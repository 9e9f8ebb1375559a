"""A group's invite as a QR code (and as text to copy), valid for seven days.

Signals:
    ready(str): the invite code was made and drawn.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.facade import Core
from desktop.chats.scoped_runner import Runner
from desktop.i18n import translate


def qr_image(text: str, module_px: int = 6, border: int = 4) -> QImage:
    """Black modules on white, ``module_px`` pixels each (drawn off the GUI thread)."""
    import qrcode  # loaded on first use: not needed to start the app

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=border)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    white, black = QColor("#ffffff").rgb(), QColor("#000000").rgb()
    for y, line in enumerate(matrix):
        for x, dark in enumerate(line):
            image.setPixel(x, y, black if dark else white)
    return image.scaled(size * module_px, size * module_px, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.FastTransformation)  # fmt: skip


class InviteQrDialog(QDialog):
    ready = Signal(str)

    def __init__(
        self,
        core: Core,
        runner: Runner,
        group_id: bytes,
        group_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inviteQr")
        self.setWindowTitle(translate("ChatTexts", "Invite to %1").replace("%1", group_name))
        self.code = ""
        layout = QVBoxLayout(self)
        self.picture = QLabel(translate("ChatTexts", "Making the invite…"), self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(280, 280)
        self.picture.setStyleSheet("background: #ffffff; color: #555555; border-radius: 8px;")
        self.note = QLabel(
            translate(
                "ChatTexts",
                "People nearby scan this with Hutong to ask to join. Your Hutong adds them "
                "when it sees their request. The code works for 7 days.",
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.copy_button = QPushButton(translate("ChatTexts", "Copy invite text"), self)
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self._copy)
        close = QPushButton(translate("ChatTexts", "Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addWidget(self.picture)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

        def work() -> tuple[str, QImage]:
            code = core.groups.invite_code(group_id)
            return code, qr_image(code)

        runner.run(work, self._show, self._failed)

    def _show(self, result: tuple[str, QImage]) -> None:
        self.code, image = result
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.copy_button.setEnabled(True)
        self.ready.emit(self.code)

    def _failed(self, message: str) -> None:
        self.picture.setText(message)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.copy_button.setText(translate("ChatTexts", "Copied"))
