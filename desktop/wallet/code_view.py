"""A payment code shown three ways: the QR code, its text, and buttons to copy it or save the
QR picture (the picture is what another Hutong, a phone or zbarimg reads)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.i18n import translate
from desktop.qr import qr_matrix, qr_pixmap
from desktop.qr.render import Matrix
from desktop.qr.save import save_qr_png
from desktop.widgets import InlineNotice, TranslatedWidget, set_role
from desktop.widgets.file_choice import choose_png_save_path
from desktop.widgets.guard import run_for

QR_SIDE = 240


class CodeView(TranslatedWidget):
    """``choose_save_path`` is an attribute so tests can answer the file dialog."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.code_text = ""
        self._matrix: Matrix | None = None
        self._file_name = "hutong-code.png"
        self.choose_save_path: Callable[[QWidget, str], Path | None] = choose_png_save_path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.code = QLabel(self)
        self.code.setObjectName("qrFrame")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setFixedSize(QR_SIDE + 24, QR_SIDE + 24)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        self.caption = QLabel(self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        set_role(self.caption, "caption")
        layout.addWidget(self.caption)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("codeText")
        self.text.setReadOnly(True)
        self.text.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.text.setFixedHeight(64)
        self.text.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace; font-size: 11px;")
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyCode")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCode")
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.notice = InlineNotice(self)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.notice)
        self.copy_button.clicked.connect(self.copy_text)
        self.save_button.clicked.connect(self.save_image)
        self.clear_code()
        self.retranslate()

    def retranslate(self) -> None:
        self.copy_button.setText(translate("Wallet", "Copy code text"))
        self.save_button.setText(translate("Wallet", "Save image…"))

    def clear_code(self) -> None:
        self.code_text = ""
        self._matrix = None
        self.code.clear()
        self.text.clear()
        self.caption.clear()
        self.copy_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.notice.clear_notice()

    def show_code(self, text: str, caption: str, file_name: str) -> None:
        self.clear_code()  # never copy or save the previous code while this one is drawn
        self.code_text = text
        self._file_name = file_name

        def shown(matrix: Matrix) -> None:
            if text != self.code_text:
                return  # a newer code replaced this one while it was drawn
            self._matrix = matrix
            ratio = self.devicePixelRatioF() or 1.0
            self.code.setPixmap(qr_pixmap(matrix, QR_SIDE, ratio))
            self.copy_button.setEnabled(True)
            self.save_button.setEnabled(True)

        self.text.setPlainText(text)
        self.caption.setText(caption)
        run_for(
            self,
            self._context.runner,
            lambda: qr_matrix(text, with_logo=False),
            shown,
            self.notice.show_error,
        )

    def copy_text(self) -> None:
        if not self.code_text:
            return
        QGuiApplication.clipboard().setText(self.code_text)
        self.notice.show_success(translate("Wallet", "Code text copied."))

    def save_image(self) -> None:
        matrix = self._matrix
        if matrix is None:
            return
        target = self.choose_save_path(self, self._file_name)
        if target is None:
            return

        saved = translate("Wallet", "Saved to %1")
        save_qr_png(self, self._context, matrix, target, self.notice, saved)
