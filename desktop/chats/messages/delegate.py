"""Paints message rows: bubbles, names, avatars, quotes, images, file cards, marks, notes.

Layouts are computed once per row revision and bubble width and cached, so painting and
scrolling do no store access and no text layout for rows already seen. The view asks for a
row's height (:meth:`MessageDelegate.row_height`) once, when the row arrives or changes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from core.chat import Delivery, Message
from desktop.chats.cards import CardStatuses, paint_card
from desktop.chats.colors import ChatColors
from desktop.chats.messages.bubble_layout import (
    AVATAR,
    AVATAR_GAP,
    ROW_PAD,
    SIDE_MARGIN,
    BubbleLayout,
    Part,
    lay_out_centred,
    lay_out_message,
    max_bubble_width,
    text_font,
)
from desktop.chats.messages.model import MessageListModel, RowRole
from desktop.chats.messages.painting import bubble_path, paint_check, paint_delivery
from desktop.chats.messages.part_painting import PartPainter
from desktop.chats.messages.rows import ChatRow, RowKind, SendState
from desktop.chats.messages.thumbnails import ThumbnailCache
from desktop.chats.texts import (
    content_preview,
    full_time,
    new_messages,
    recalled_note,
    separator_time,
    system_note,
)
from desktop.i18n import translate
from desktop.people import AvatarCache, PeopleDirectory

Index = QModelIndex | QPersistentModelIndex
MAX_LAYOUTS = 5000


@dataclass(frozen=True)
class Hit:
    """What is under the mouse in a message row."""

    kind: str  # "image", "file", "card", "quote", "failed", "avatar", "bubble"
    row: ChatRow
    part: Part | None = None


class MessageDelegate(QStyledItemDelegate):
    def __init__(
        self,
        directory: PeopleDirectory,
        avatars: AvatarCache,
        thumbnails: ThumbnailCache,
        colors: ChatColors,
        now_ms: Callable[[], int],
        parent: QWidget | None = None,
        cards: CardStatuses | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._avatars = avatars
        self.parts = PartPainter(thumbnails, colors)
        self.cards = cards  # what the wallet says about money cards (None: nothing)
        self.colors = colors
        self._now_ms = now_ms
        self.is_group = False
        self._layouts: OrderedDict[tuple[object, ...], BubbleLayout] = OrderedDict()
        self._names_version = 0
        self.model: MessageListModel | None = None

    @property
    def colors(self) -> ChatColors:
        return self._colors

    @colors.setter
    def colors(self, colors: ChatColors) -> None:
        self._colors = colors
        self.parts.colors = colors

    # -- layout cache ----------------------------------------------------------------------------

    def forget_layouts(self) -> None:
        """Names or colours changed: lay everything out again on next use."""
        self._names_version += 1
        self._layouts.clear()

    def _bubble_max(self, option_width: int) -> int:
        return max_bubble_width(option_width)

    def layout_for(self, row: ChatRow, width: int, model: MessageListModel | None) -> BubbleLayout:
        bubble_max = self._bubble_max(width)
        key = (row.key, row.revision, row.send_state, width if not row.is_message else bubble_max)
        cached = self._layouts.get(key)
        if cached is not None:
            self._layouts.move_to_end(key)
            return cached
        layout = self._compute(row, width, bubble_max, model)
        self._layouts[key] = layout
        if len(self._layouts) > MAX_LAYOUTS:
            self._layouts.popitem(last=False)
        return layout

    def row_height(self, row: ChatRow, width: int) -> int:
        """How tall ``row`` is in a view ``width`` pixels wide (the view sets row heights)."""
        return self.layout_for(row, width, self.model).height

    def _compute(
        self, row: ChatRow, width: int, bubble_max: int, model: MessageListModel | None
    ) -> BubbleLayout:
        owner = self.parent()
        base = QFont(owner.font()) if isinstance(owner, QWidget) else QFont()
        if row.kind is RowKind.TIME:
            return lay_out_centred(separator_time(row.timestamp_ms, self._now_ms()), base, width,
                                   False)  # fmt: skip
        if row.kind is RowKind.UNREAD:
            return BubbleLayout(height=34)
        message = row.message
        assert message is not None
        if message.system is not None:
            return lay_out_centred(system_note(message.system, self._directory.name_of), base,
                                   width, True)  # fmt: skip
        if message.recalled:
            return lay_out_centred(recalled_note(message, self._directory.name_of), base, width,
                                   True)  # fmt: skip
        quoted, quote_known = None, True
        if message.reply_to is not None and model is not None:
            quoted, quote_known = model.quoted(message.reply_to)
        mention_names: list[str] = []
        for identity in message.mentions:
            mention_names.append(self._directory.plain_name_of(identity))
            info = self._group_member_name(identity)
            if info:
                mention_names.append(info)
        return lay_out_message(
            row,
            base,
            bubble_max,
            self.is_group and not message.outgoing,
            self._directory.name_of,
            mention_names,
            quoted,
            quote_known,
            self.colors.mention,
            self._quote_preview,
            translate("ChatTexts", "The original message is not available"),
        )

    def _group_member_name(self, identity: bytes) -> str:
        return self._directory.plain_name_of(identity)

    @staticmethod
    def _quote_preview(message: Message) -> str:
        if message.recalled:
            return translate("ChatTexts", "Recalled message")
        return content_preview(message)

    # -- Qt --------------------------------------------------------------------------------------

    def _model(self, index: Index) -> MessageListModel | None:
        model = index.model()
        return model if isinstance(model, MessageListModel) else None

    def content_left(self, row: ChatRow, layout: BubbleLayout, rect: QRect) -> float:
        message = row.message
        if message is not None and message.outgoing:
            return rect.right() + 1 - SIDE_MARGIN - AVATAR - AVATAR_GAP - layout.width
        return rect.left() + SIDE_MARGIN + AVATAR + AVATAR_GAP

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(RowRole)
        if not isinstance(row, ChatRow):
            return
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        model = self._model(index)
        layout = self.layout_for(row, rect.width(), model)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        base = QFont(option.font)  # type: ignore[attr-defined]
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)  # type: ignore[attr-defined]
        if (model is not None and model.highlight_key == row.key) or (focused and row.is_message):
            painter.fillRect(rect, QColor(self.colors.highlight))
        if model is not None and model.selecting and model.selectable(row):
            chosen = row.key in model.selected
            if chosen:
                painter.fillRect(rect, QColor(self.colors.highlight))
            centre = QPointF(rect.left() + SIDE_MARGIN / 2, rect.top() + ROW_PAD + AVATAR / 2)
            paint_check(painter, centre, chosen, self.colors.accent, self.colors.faint_text)
        if row.kind is RowKind.UNREAD:
            self._paint_unread(painter, rect, row, base)
        elif layout.centred_rect is not None:
            pill = row.kind is RowKind.MESSAGE
            self._paint_centred(painter, rect, layout, base, pill)
        else:
            sending = model.send_progress.get(row.key) if model is not None else None
            self._paint_message(painter, rect, row, layout, base, sending)
        painter.restore()

    # -- painting --------------------------------------------------------------------------------

    def _paint_centred(
        self, painter: QPainter, rect: QRect, layout: BubbleLayout, base: QFont, pill: bool
    ) -> None:
        assert layout.centred_rect is not None
        box = layout.centred_rect.translated(rect.left(), rect.top())
        if pill:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.colors.system_pill))
            painter.drawRoundedRect(box, 4, 4)
        painter.setFont(text_font(base, 12))
        painter.setPen(QColor(self.colors.secondary_text if pill else self.colors.faint_text))
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), layout.centred
        )

    def _paint_unread(self, painter: QPainter, rect: QRect, row: ChatRow, base: QFont) -> None:
        text = (
            new_messages(row.unread_count)
            if row.unread_count
            else translate("ChatTexts", "New messages")
        )
        font = text_font(base, 12)
        width = QFontMetricsF(font).horizontalAdvance(text) + 24
        middle = rect.center().y() + 0.5
        painter.setPen(QPen(QColor(self.colors.divider), 1))
        left_end = rect.center().x() - width / 2
        painter.drawLine(QPointF(rect.left() + 40, middle), QPointF(left_end - 8, middle))
        painter.drawLine(QPointF(left_end + width + 8, middle), QPointF(rect.right() - 40, middle))
        painter.setFont(font)
        painter.setPen(QColor(self.colors.accent))
        painter.drawText(
            QRectF(left_end, rect.top(), width, rect.height()), Qt.AlignmentFlag.AlignCenter, text
        )

    def _paint_message(
        self, painter: QPainter, rect: QRect, row: ChatRow, layout: BubbleLayout, base: QFont,
        sending: tuple[int, int] | None = None,
    ) -> None:  # fmt: skip
        c = self.colors
        message = row.message
        assert message is not None
        own = message.outgoing
        left = self.content_left(row, layout, rect)
        top = rect.top()
        avatar_x = rect.right() + 1 - SIDE_MARGIN - AVATAR if own else rect.left() + SIDE_MARGIN
        identity = bytes(message.author)
        painter.drawPixmap(
            QRect(int(avatar_x), top + ROW_PAD, AVATAR, AVATAR),
            self._avatars.person(identity, self._directory.plain_name_of(identity), AVATAR),
        )
        if layout.name:
            painter.setFont(text_font(base, 12))
            painter.setPen(QColor(c.secondary_text))
            painter.drawText(
                QRectF(left, top + ROW_PAD - 1, 360, 16),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                layout.name,
            )
        bubble_colour = QColor(c.own_bubble if own else c.other_bubble)
        if layout.bubble is not None:
            box = layout.bubble.translated(left, top)
            painter.setPen(Qt.PenStyle.NoPen if own or c.dark else QPen(QColor(c.card_border), 0.6))
            painter.setBrush(bubble_colour)
            painter.drawPath(bubble_path(box, 6, own))
        if layout.card is not None and message.card is not None:
            status = self.cards.status(message.card) if self.cards is not None else None
            paint_card(painter, layout.card.translated(left, top), message.card, status, own,
                       c, base)  # fmt: skip
        if layout.quote is not None:
            self._paint_quote(painter, layout, left, top, own, base)
        for part in layout.parts:
            shifted = part.rect.translated(left, top)
            if part.is_image:
                self.parts.paint_image(painter, shifted, part, base, sending)
            else:
                self.parts.paint_file(painter, shifted, part, base, sending)
        if layout.text is not None:
            painter.setPen(QColor(c.own_text if own else c.other_text))
            layout.text.draw(painter, layout.text_origin + QPointF(left, top))
        if own:
            anchor = self._anchor(layout)
            if anchor is not None:
                box = anchor.translated(left, top)
                centre = QPointF(box.left() - 14, box.bottom() - 10)
                paint_delivery(
                    painter,
                    centre,
                    row.send_state,
                    message.delivery is Delivery.DELIVERED,
                    {"failed": c.badge, "faint": c.faint_text, "delivered": c.accent},
                )
                if row.send_state is SendState.FAILED:
                    painter.setFont(text_font(base, 12, QFont.Weight.DemiBold))
                    painter.setPen(QColor(c.badge))
                    painter.drawText(
                        self._retry_rect(box, base),
                        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                        translate("ChatTexts", "Retry"),
                    )

    @staticmethod
    def _anchor(layout: BubbleLayout) -> QRectF | None:
        """What the delivery mark and "Retry" sit beside: the bubble, card or first part."""
        return layout.bubble or layout.card or (layout.parts[0].rect if layout.parts else None)

    @staticmethod
    def _retry_rect(box: QRectF, base: QFont) -> QRectF:
        """Where the "Retry" of a message that was not sent goes: left of its red mark."""
        font = text_font(base, 12, QFont.Weight.DemiBold)
        width = QFontMetricsF(font).horizontalAdvance(translate("ChatTexts", "Retry")) + 4
        return QRectF(box.left() - 26 - width, box.bottom() - 20, width, 20)

    def _paint_quote(
        self, painter: QPainter, layout: BubbleLayout, left: float, top: float, own: bool,
        base: QFont,
    ) -> None:  # fmt: skip
        c = self.colors
        assert layout.quote is not None
        box = layout.quote.translated(left, top)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c.quote_own_background if own else c.quote_background))
        painter.drawRoundedRect(box, 4, 4)
        painter.setBrush(QColor(c.accent if not own else "#3f9a2a"))
        painter.drawRoundedRect(QRectF(box.left(), box.top(), 3, box.height()), 1.5, 1.5)
        inner = box.adjusted(10, 3, -6, -3)
        small = text_font(base, 12)
        metrics = QFontMetricsF(small)
        half = inner.height() / 2
        if layout.quote_name:
            painter.setFont(text_font(base, 12, QFont.Weight.DemiBold))
            painter.setPen(QColor(c.text))
            painter.drawText(
                QRectF(inner.left(), inner.top(), inner.width(), half),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(layout.quote_name, Qt.TextElideMode.ElideRight, inner.width()),
            )
        painter.setFont(small)
        painter.setPen(QColor(c.secondary_text))
        text_box = (
            QRectF(inner.left(), inner.top() + half, inner.width(), half)
            if layout.quote_name
            else inner
        )
        painter.drawText(
            text_box,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(layout.quote_text, Qt.TextElideMode.ElideRight, inner.width()),
        )

    # -- hit testing and tooltips ----------------------------------------------------------------

    def hit(self, index: Index, rect: QRect, position: QPoint) -> Hit | None:
        row = index.data(RowRole)
        if not isinstance(row, ChatRow) or row.message is None:
            return None
        layout = self.layout_for(row, rect.width(), self._model(index))
        if layout.centred_rect is not None:
            return None
        left = self.content_left(row, layout, rect)
        point = QPointF(position)
        for part in layout.parts:
            if part.rect.translated(left, rect.top()).contains(point):
                return Hit("image" if part.is_image else "file", row, part)
        if layout.card is not None and layout.card.translated(left, rect.top()).contains(point):
            return Hit("card", row)
        if layout.quote is not None and layout.quote.translated(left, rect.top()).contains(point):
            return Hit("quote", row)
        anchor = self._anchor(layout)
        if anchor is not None:
            box = anchor.translated(left, rect.top())
            if row.send_state is SendState.FAILED:
                mark = QRectF(box.left() - 24, box.bottom() - 20, 20, 20)
                owner = self.parent()
                base = QFont(owner.font()) if isinstance(owner, QWidget) else QFont()
                if mark.united(self._retry_rect(box, base)).contains(point):
                    return Hit("failed", row)
            if box.contains(point):
                return Hit("bubble", row)
        return None

    def helpEvent(  # noqa: N802 - Qt override
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self.hit(index, option.rect, event.pos())  # type: ignore[attr-defined]
            if hit is not None and hit.row.message is not None:
                text = full_time(hit.row.message.timestamp_ms)
                if hit.row.send_state is SendState.FAILED:
                    text = translate("ChatTexts", "Not sent. Click Retry to send it again.")
                QToolTip.showText(event.globalPos(), text, view)
                return True
            QToolTip.hideText()
            return True
        return super().helpEvent(event, view, option, index)
