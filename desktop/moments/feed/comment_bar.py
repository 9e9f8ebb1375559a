"""The bar that opens under the feed to write a comment or a reply.

Signals:
    submitted(str): the text to send (not empty, at most 500 characters).
    cancelled(): Escape or the close button.

CommentField signals:
    escaped(): Escape was pressed in the field.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QVBoxLayout

from core.moments import MAX_COMMENT_CHARS
from desktop.icons import icon
from desktop.widgets import TranslatedWidget, sentence, set_role


class CommentField(QLineEdit):
    """A line edit that reports Escape instead of swallowing it."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class CommentBar(TranslatedWidget):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: TranslatedWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.field = CommentField(self)
        self.field.setMaxLength(MAX_COMMENT_CHARS)
        self.field.returnPressed.connect(self._submit)
        self.field.escaped.connect(self.cancelled.emit)
        self.field.textChanged.connect(self._changed)
        self.send = QPushButton(self)
        set_role(self.send, "primary")
        self.send.clicked.connect(self._submit)
        self.close_button = QToolButton(self)
        self.close_button.setIconSize(QSize(16, 16))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.cancelled.emit)
        self.error = QLabel(self)
        self.error.setObjectName("commentError")
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.field, 1)
        row.addWidget(self.send)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.placeholder = ""
        self.set_icon_colour("#7f7f7f")
        self.retranslate()
        self._changed("")

    def retranslate(self) -> None:
        self.send.setText(self.tr("Send"))
        self.close_button.setToolTip(self.tr("Cancel (Esc)"))
        self.field.setPlaceholderText(self.placeholder or self.tr("Comment"))

    def set_icon_colour(self, colour: str) -> None:
        self.close_button.setIcon(icon("moments/remove", colour))

    def open_for(self, placeholder: str) -> None:
        """Show the bar, focused, with "Comment" or "Reply to Ann" as its hint."""
        self.placeholder = placeholder
        self.field.setPlaceholderText(placeholder or self.tr("Comment"))
        self.field.clear()
        self.error.hide()
        self.set_busy(False)
        self.show()
        self.field.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.field.setReadOnly(busy)
        self.send.setEnabled(not busy and bool(self.field.text().strip()))

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(sentence(message))
        self.error.show()

    def _changed(self, text: str) -> None:
        self.send.setEnabled(bool(text.strip()) and not self.field.isReadOnly())

    def _submit(self) -> None:
        text = self.field.text().strip()
        if text and not self.field.isReadOnly():
            self.error.hide()
            self.submitted.emit(text)
