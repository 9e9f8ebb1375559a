"""Paints the pictures and file cards of a message, with their download or upload progress.

Split from the message delegate (which lays rows out and paints bubbles): the pictures come
from the :class:`ThumbnailCache`, painted at their place in the row.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from desktop.chats.colors import ChatColors
from desktop.chats.messages.bubble_layout import Part, text_font
from desktop.chats.messages.painting import paint_bar, paint_file_icon
from desktop.chats.messages.thumbnails import PartState, ThumbnailCache
from desktop.chats.texts import file_size
from desktop.i18n import translate
from desktop.icons import icon


class PartPainter:
    """Paints image and file parts; ``colors`` follows the theme (the delegate sets it)."""

    def __init__(self, thumbnails: ThumbnailCache, colors: ChatColors) -> None:
        self._thumbnails = thumbnails
        self.colors = colors

    def progress(
        self, part: Part, state: PartState, sending: tuple[int, int] | None
    ) -> tuple[float | None, str]:
        """How far a part being sent or received is (0..1, or None) and what to say about it."""
        if sending is not None:
            done, total = sending
            fraction = done / total if total else 0.0
            return fraction, translate("ChatTexts", "Sending %1%").replace(
                "%1", str(int(fraction * 100))
            )
        if state is PartState.ASK:
            return None, translate("ChatTexts", "Click to download")
        if state is PartState.MISSING:
            arrived = self._thumbnails.arrival(part)
            if arrived is not None and arrived[1]:
                fraction = arrived[0] / arrived[1]
                return fraction, translate("ChatTexts", "Receiving %1%").replace(
                    "%1", str(int(fraction * 100))
                )
        return None, ""

    def paint_image(
        self, painter: QPainter, box: QRectF, part: Part, base: QFont,
        sending: tuple[int, int] | None = None,
    ) -> None:  # fmt: skip
        c = self.colors
        state = self._thumbnails.state(part)
        fraction, moving = self.progress(part, state, sending)
        pixmap = self._thumbnails.pixmap(part)
        painter.save()
        clip = QPainterPath()
        clip.addRoundedRect(box, 6, 6)
        painter.setClipPath(clip)
        if pixmap is not None:
            source = QRectF(pixmap.rect())
            ratio = box.width() / box.height()
            if source.width() / source.height() > ratio:
                trim = source.width() - source.height() * ratio
                source.adjust(trim / 2, 0, -trim / 2, 0)
            else:
                trim = source.height() - source.width() / ratio
                source.adjust(0, trim / 2, 0, -trim / 2)
            painter.drawPixmap(box, pixmap, source)
        else:
            painter.fillRect(box, QColor(c.placeholder))
            unshown = state in (PartState.BROKEN, PartState.TOO_LARGE)
            name = "chat/warning" if unshown else "chat/image"
            glyph = icon(name, c.faint_text).pixmap(32, 32)
            painter.drawPixmap(int(box.center().x() - 16), int(box.center().y() - 22), glyph)
            if moving or state in (PartState.MISSING, PartState.BROKEN, PartState.TOO_LARGE):
                text = (
                    moving
                    or {
                        PartState.MISSING: translate("ChatTexts", "Waiting for the image…"),
                        PartState.BROKEN: translate("ChatTexts", "Cannot show this image"),
                        PartState.TOO_LARGE: translate("ChatTexts", "Picture too large to show"),
                    }[state]
                )
                if state is PartState.ASK:
                    text = f"{file_size(part.file.size)}  ·  {text}"
                painter.setFont(text_font(base, 11))
                painter.setPen(QColor(c.secondary_text))
                painter.drawText(
                    QRectF(box.left(), box.center().y() + 14, box.width(), 18),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
        if fraction is not None:
            paint_bar(painter, box, fraction, self.colors.card_border, self.colors.accent)
        painter.restore()

    def paint_file(
        self, painter: QPainter, box: QRectF, part: Part, base: QFont,
        sending: tuple[int, int] | None = None,
    ) -> None:  # fmt: skip
        c = self.colors
        state = self._thumbnails.state(part)
        fraction, moving = self.progress(part, state, sending)
        painter.setPen(QPen(QColor(c.card_border), 1))
        painter.setBrush(QColor(c.card))
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        icon_box = QRectF(box.right() - 48, box.top() + 12, 34, 42)
        paint_file_icon(painter, icon_box, part.file.name, base)
        text_width = icon_box.left() - box.left() - 24
        name_font = text_font(base, 13)
        painter.setFont(name_font)
        painter.setPen(QColor(c.text))
        painter.drawText(
            QRectF(box.left() + 12, box.top() + 10, text_width, 20),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetricsF(name_font).elidedText(
                part.file.name, Qt.TextElideMode.ElideMiddle, text_width
            ),
        )
        detail = file_size(part.file.size)
        if moving:
            detail += "  ·  " + moving
        elif state is PartState.MISSING:
            detail += "  ·  " + translate("ChatTexts", "Not received yet")
        painter.setFont(text_font(base, 11))
        painter.setPen(QColor(c.secondary_text))
        painter.drawText(
            QRectF(box.left() + 12, box.bottom() - 28, text_width, 18),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            detail,
        )
        if fraction is not None:
            paint_bar(painter, box, fraction, self.colors.card_border, self.colors.accent)
