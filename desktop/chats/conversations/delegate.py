"""Paints one conversation: avatar, unread badge, title, time, preview, pin and mute marks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from core.chat import ConversationSummary
from desktop.chats.colors import ChatColors
from desktop.chats.conversations.model import SummaryRole, conversation_title
from desktop.chats.texts import list_time, message_preview
from desktop.i18n import translate
from desktop.icons import icon
from desktop.people import AvatarCache, PeopleDirectory

ROW_HEIGHT = 66
AVATAR = 42
Index = QModelIndex | QPersistentModelIndex


def paint_badge(painter: QPainter, centre_x: float, centre_y: float, text: str,
                colors: ChatColors) -> None:  # fmt: skip
    font = QFont(painter.font())
    font.setPixelSize(11)
    font.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(font)
    height = 18.0
    width = max(height, metrics.horizontalAdvance(text) + 10.0)
    rect = QRectF(centre_x - width / 2, centre_y - height / 2, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colors.badge))
    painter.drawRoundedRect(rect, height / 2, height / 2)
    painter.setFont(font)
    painter.setPen(QColor(colors.badge_text))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class ConversationDelegate(QStyledItemDelegate):
    def __init__(
        self,
        directory: PeopleDirectory,
        avatars: AvatarCache,
        colors: ChatColors,
        now_ms: object,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._avatars = avatars
        self.colors = colors
        self._now_ms = now_ms

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(240, ROW_HEIGHT)

    def _avatar(self, summary: ConversationSummary):  # type: ignore[no-untyped-def]
        if summary.kind == "group" and summary.group_id is not None:
            info = self._directory.group(summary.group_id)
            members = []
            if info is not None:
                members = [
                    (bytes(m.identity), self._directory.plain_name_of(m.identity))
                    for m in info.active_members
                ]
            return self._avatars.group(summary.group_id, members, AVATAR, self.colors.placeholder)
        assert summary.peer is not None
        peer = bytes(summary.peer)
        return self._avatars.person(peer, self._directory.plain_name_of(peer), AVATAR)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary = index.data(SummaryRole)
        if not isinstance(summary, ConversationSummary):
            return
        c = self.colors
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = c.list_pinned if summary.pinned else c.list_background
        if state & QStyle.StateFlag.State_Selected:
            background = c.list_selected
        elif state & QStyle.StateFlag.State_MouseOver:
            background = c.list_hover
        painter.fillRect(rect, QColor(background))

        top = rect.top() + (rect.height() - AVATAR) // 2
        avatar_rect = QRect(rect.left() + 12, top, AVATAR, AVATAR)
        painter.drawPixmap(avatar_rect, self._avatar(summary))
        if summary.unread:
            if summary.muted:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(c.badge))
                painter.drawEllipse(QRectF(avatar_rect.right() - 5, avatar_rect.top() - 3, 9, 9))
            else:
                text = str(summary.unread) if summary.unread < 100 else "99+"
                paint_badge(painter, avatar_rect.right() - 1, avatar_rect.top() + 2, text, c)

        text_left = avatar_rect.right() + 12
        text_right = rect.right() - 12
        base = QFont(option.font)  # type: ignore[attr-defined]
        title_font = QFont(base)
        title_font.setPixelSize(14)
        small = QFont(base)
        small.setPixelSize(12)
        time_font = QFont(base)
        time_font.setPixelSize(11)

        when = list_time(summary.sort_ms, self._now_ms())  # type: ignore[operator]
        painter.setFont(time_font)
        time_width = QFontMetrics(time_font).horizontalAdvance(when)
        painter.setPen(QColor(c.faint_text))
        title_top = rect.top() + 12
        painter.drawText(
            QRect(text_right - time_width, title_top, time_width, 20),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            when,
        )
        painter.setFont(title_font)
        painter.setPen(QColor(c.text))
        title = conversation_title(summary, self._directory)
        title_width = text_right - time_width - 8 - text_left
        painter.drawText(
            QRect(text_left, title_top, title_width, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(title_font).elidedText(title, Qt.TextElideMode.ElideRight, title_width),
        )

        line_top = title_top + 24
        preview_right = text_right
        if summary.muted:
            muted = icon("chat/muted", c.faint_text).pixmap(14, 14)
            painter.drawPixmap(text_right - 14, line_top + 3, muted)
            preview_right -= 20
        x = text_left
        painter.setFont(small)
        metrics = QFontMetrics(small)
        prefix = ""
        if summary.unread_mention and summary.unread:
            prefix = translate("ChatTexts", "[@me]") + " "
        elif summary.draft:
            prefix = translate("ChatTexts", "[Draft]") + " "
        if prefix:
            painter.setPen(QColor(c.draft))
            painter.drawText(
                QRect(x, line_top, preview_right - x, 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                prefix,
            )
            x += metrics.horizontalAdvance(prefix)
        if summary.draft and not (summary.unread_mention and summary.unread):
            preview = " ".join(summary.draft.split())
        elif summary.last_message is not None:
            preview = message_preview(
                summary.last_message, self._directory.name_of, summary.kind == "group"
            )
            if summary.muted and summary.unread > 1:
                preview = translate("ChatTexts", "[%n messages] ", None, summary.unread) + preview
        else:
            preview = ""
        painter.setPen(QColor(c.secondary_text))
        width = max(0, preview_right - x)
        painter.drawText(
            QRect(x, line_top, width, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(preview, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()
