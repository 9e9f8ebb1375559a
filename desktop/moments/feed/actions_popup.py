"""WeChat's small dark popup beside a post's "··" button: Like (or Cancel) and Comment.

Signals:
    likeClicked(): like the post, or take the like back.
    commentClicked(): write a comment.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from desktop.icons import icon
from desktop.moments.colors import MomentsColors, popup_style
from desktop.widgets import TranslatedWidget


class PostActionsPopup(TranslatedWidget):
    likeClicked = Signal()  # noqa: N815
    commentClicked = Signal()  # noqa: N815

    def __init__(self, colors: MomentsColors, liked: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("postActions")
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setStyleSheet(popup_style(colors))
        self._fill = QColor(colors.popup)
        self.liked = liked
        self.like = QToolButton(self)
        self.comment = QToolButton(self)
        for button, name in ((self.like, "moments/heart"), (self.comment, "moments/comment")):
            button.setIcon(icon(name, colors.popup_text))
            button.setIconSize(QSize(16, 16))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        divider = QFrame(self)
        divider.setFixedWidth(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(0)
        layout.addWidget(self.like)
        layout.addWidget(divider)
        layout.addWidget(self.comment)
        self.like.clicked.connect(self._like)
        self.comment.clicked.connect(self._comment)
        self.retranslate()

    def retranslate(self) -> None:
        self.like.setText(self.tr("Cancel") if self.liked else self.tr("Like"))
        self.comment.setText(self.tr("Comment"))

    def show_beside(self, anchor: QPoint, height: int) -> None:
        """Open to the left of the button whose left-middle point is ``anchor`` (global)."""
        self.adjustSize()
        self.move(anchor.x() - self.width() - 8, anchor.y() - self.height() // 2 + height // 2)
        self.show()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._fill)
        painter.drawRoundedRect(QRectF(self.rect()), 6, 6)
        painter.end()

    def _like(self) -> None:
        self.close()
        self.likeClicked.emit()

    def _comment(self) -> None:
        self.close()
        self.commentClicked.emit()
