"""Six boxes for the payment PIN: each typed digit shows as a dot, never as the digit.

Signals:
    completed(str): the sixth digit was typed (the whole PIN).
    edited(): a digit was typed or removed.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.wallet import PIN_DIGITS
from desktop.i18n import translate
from desktop.widgets.colors import Palette

BOX = 44
GAP = 0  # WeChat's boxes share their borders: one long rounded field split in six


class PinField(QWidget):
    completed = Signal(str)
    edited = Signal()

    def __init__(self, colors: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinField")
        self._digits = ""
        self._colors = colors
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(self.sizeHint())
        self.setAccessibleName(translate("Wallet", "Payment PIN"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(BOX * PIN_DIGITS + 2, BOX + 2)

    def set_colors(self, colors: Palette) -> None:
        self._colors = colors
        self.update()

    def text(self) -> str:
        return self._digits

    def clear(self) -> None:
        self._digits = ""
        self.update()
        self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        text = event.text()
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            if self._digits:
                self._digits = self._digits[:-1]
                self.update()
                self.edited.emit()
            return
        if len(text) == 1 and text.isdigit() and text.isascii():
            if len(self._digits) < PIN_DIGITS:
                self._digits += text
                self.update()
                self.edited.emit()
                if len(self._digits) == PIN_DIGITS:
                    self.completed.emit(self._digits)
            return
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            super().keyPressEvent(event)
            return
        event.accept()  # letters and the like are not PIN digits: ignore them quietly

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        c = self._colors
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        enabled = self.isEnabled()
        frame = QRectF(0.5, 0.5, BOX * PIN_DIGITS + 1, BOX + 1)
        border = QColor(c.accent if self.hasFocus() and enabled else c.divider)
        painter.setPen(QPen(border, 1))
        painter.setBrush(QColor(c.input_background if enabled else c.placeholder))
        painter.drawRoundedRect(frame, 8, 8)
        painter.setPen(QPen(QColor(c.divider), 1))
        for index in range(1, PIN_DIGITS):
            x = 0.5 + index * BOX
            painter.drawLine(int(x), 1, int(x), BOX)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c.text))
        for index in range(len(self._digits)):
            centre_x = 1 + index * BOX + BOX / 2
            painter.drawEllipse(QRectF(centre_x - 6, 1 + BOX / 2 - 6, 12, 12))
        painter.end()
