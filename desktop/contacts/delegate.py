"""How a friend row looks: avatar, display name, a shield when verified, tags in grey."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from core.contacts import Contact
from desktop.contacts.list_model import ContactRole
from desktop.context import AppContext
from desktop.people import AvatarCache
from desktop.widgets import icon_pixmap, theme_colors

ROW_HEIGHT = 60
AVATAR = 38
PADDING = 12


class ContactDelegate(QStyledItemDelegate):
    def __init__(self, context: AppContext, avatars: AvatarCache, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._avatars = avatars

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        contact = index.data(ContactRole)
        if not isinstance(contact, Contact):
            return
        colors = theme_colors(self._context)
        rect: QRect = option.rect
        painter.save()
        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(colors.list_selected))
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(colors.list_hover))
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        top = rect.top() + (ROW_HEIGHT - AVATAR) // 2
        avatar = self._avatars.pixmap(contact.identity, contact.display_name, AVATAR, ratio)
        painter.drawPixmap(rect.left() + PADDING, top, avatar)
        left = rect.left() + PADDING + AVATAR + 10
        width = rect.right() - left - PADDING
        font = QFont(option.font)
        font.setPixelSize(14)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        name = metrics.elidedText(contact.display_name, Qt.TextElideMode.ElideRight, width - 20)
        has_second_line = bool(contact.tags)
        name_top = rect.top() + (12 if has_second_line else (ROW_HEIGHT - metrics.height()) // 2)
        painter.setPen(QColor(colors.text))
        painter.drawText(QRect(left, name_top, width, metrics.height()), 0, name)
        if contact.verified:
            shield = icon_pixmap("shield-check", colors.accent, 14, ratio)
            x = left + metrics.horizontalAdvance(name) + 5
            painter.drawPixmap(x, name_top + (metrics.height() - 14) // 2, shield)
        if has_second_line:
            small = QFont(option.font)
            small.setPixelSize(12)
            painter.setFont(small)
            painter.setPen(QColor(colors.secondary_text))
            tags = QFontMetrics(small).elidedText(
                " · ".join(contact.tags), Qt.TextElideMode.ElideRight, width
            )
            painter.drawText(QRect(left, name_top + metrics.height() + 2, width, 18), 0, tags)
        painter.restore()
