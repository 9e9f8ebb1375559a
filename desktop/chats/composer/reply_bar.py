"""The bar above the text box while replying: who and what is quoted, and a way out.

The quote is elided to the width the label really has, again whenever the bar is resized
(it is laid out while hidden, so its width at :meth:`show_for` means nothing).

Signals:
    cancelled(): the user closed the bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from core.chat import Message
from desktop.chats.texts import content_preview
from desktop.i18n import translate
from desktop.icons import icon


class ReplyBar(QWidget):
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.glyph = QLabel(self)
        self.glyph.setPixmap(icon("chat/reply", "#8a8f96").pixmap(16, 16))
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # The label takes the room the bar gives it, whatever the length of the quote.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.close_button = QToolButton(self)
        self.close_button.setIcon(icon("chat/close", "#8a8f96"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self._cancel)
        layout.addWidget(self.glyph)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.message: Message | None = None
        self._author = ""
        self.full_text = ""
        self.hide()
        self.retranslate()

    def show_for(self, message: Message, author: str) -> None:
        self.message = message
        self._author = author
        self.retranslate()
        self.show()

    def clear(self) -> None:
        self.message = None
        self.hide()

    def _cancel(self) -> None:
        self.clear()
        self.cancelled.emit()

    def retranslate(self) -> None:
        self.close_button.setToolTip(translate("ChatTexts", "Cancel the reply"))
        if self.message is None:
            return
        preview = " ".join(content_preview(self.message).split())
        self.full_text = (
            translate("ChatTexts", "Reply to %1: %2")
            .replace("%1", self._author)
            .replace("%2", preview)
        )
        self.label.setToolTip(preview)
        self._elide()

    def _elide(self) -> None:
        width = self.label.contentsRect().width()
        metrics = self.label.fontMetrics()
        self.label.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()
