"""How each kind of feed row is painted: the cover, the notifications bar, the footer, a
post with its pictures, likes and comments, and an album entry.

A mixin of :class:`desktop.moments.feed.delegate.FeedDelegate`: it reads the delegate's
caches and colours, and paints in column coordinates from cached layouts only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen

from core.moments import Post
from desktop.i18n import translate
from desktop.moments.colors import MomentsColors
from desktop.moments.feed import painting
from desktop.moments.feed.album_layout import EntryLayout
from desktop.moments.feed.layout import (
    COMMENT_PX,
    HEART,
    NAME_PX,
    SMALL_PX,
    TEXT_PX,
    PostLayout,
    font_px,
)
from desktop.moments.feed.model import FeedModel
from desktop.moments.feed.rows import FeedRow, FooterState
from desktop.moments.texts import album_day, album_year, new_messages, post_time
from desktop.moments.thumbnails import ThumbnailCache
from desktop.people import AvatarCache, PeopleDirectory
from desktop.widgets import icon_pixmap


class RowPainting:
    """The painting half of the feed delegate."""

    _directory: PeopleDirectory
    _avatars: AvatarCache
    _thumbnails: ThumbnailCache
    _now_ms: Callable[[], int]
    _words: dict[str, str]
    colors: MomentsColors
    model: FeedModel | None
    me: bytes
    cover_identity: bytes
    hover: tuple[bytes, bytes] | None

    def _base_font(self) -> QFont:
        raise NotImplementedError

    def _ratio(self) -> float:
        return self._thumbnails.ratio

    def _paint_cover(self, painter: QPainter, width: int, left: float, inner: float) -> None:
        identity = self.cover_identity
        name = self._directory.plain_name_of(identity)
        painting.paint_cover(
            painter,
            width,
            left,
            inner,
            name,
            lambda size: self._avatars.person(identity, name, size),
            self.colors,
            self._base_font(),
        )

    def _paint_notice(self, painter: QPainter, width: int) -> None:
        model = self.model
        count = model.notice_count if model is not None else 0
        actor = model.notice_actor if model is not None else None
        font = font_px(self._base_font(), 14, QFont.Weight.DemiBold)
        painter.setFont(font)
        text = new_messages(count)
        text_w = painter.fontMetrics().horizontalAdvance(text)
        pill_w = 8 + 30 + 12 + text_w + 16
        pill = QRectF((width - pill_w) / 2, 14, pill_w, 40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colors.qcolor("notice"))
        painter.drawRoundedRect(pill, 6, 6)
        if actor is not None:
            name = self._directory.plain_name_of(actor)
            painter.drawPixmap(
                QPointF(pill.left() + 6, pill.top() + 5), self._avatars.person(actor, name, 30)
            )
        painter.setPen(self.colors.qcolor("notice_text"))
        painter.drawText(
            QRectF(pill.left() + 46, pill.top(), text_w + 4, 40),
            int(Qt.AlignmentFlag.AlignVCenter),
            text,
        )

    def _paint_footer(self, painter: QPainter, width: int) -> None:
        model = self.model
        if model is None:
            return
        state, text = model.footer_state, model.footer_text
        height = 200 if state in (FooterState.EMPTY, FooterState.ERROR) else 64
        area = QRectF(40, 0, width - 80, height)
        painter.setFont(font_px(self._base_font(), SMALL_PX + 1))
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        if state in (FooterState.LOADING, FooterState.MORE):
            painter.setPen(self.colors.qcolor("secondary_text"))
            painter.drawText(area, flags, translate("Moments", "Loading…"))
        elif state is FooterState.END:
            if text:
                painter.setPen(self.colors.qcolor("secondary_text"))
                painter.drawText(area, flags, text)
                return
            painter.setPen(QPen(self.colors.qcolor("separator"), 1))
            middle = width / 2
            painter.drawLine(QPointF(middle - 60, 32.5), QPointF(middle - 12, 32.5))
            painter.drawLine(QPointF(middle + 12, 32.5), QPointF(middle + 60, 32.5))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colors.qcolor("time"))
            painter.drawEllipse(QPointF(middle, 32.5), 2.5, 2.5)
        else:
            tone = "danger" if state is FooterState.ERROR else "secondary_text"
            glyph = "moments/camera" if state is FooterState.EMPTY else "warning"
            side = 44
            picture = icon_pixmap(glyph, self.colors.placeholder_icon, side, self._ratio())
            painter.drawPixmap(QPointF((width - side) / 2, 34), picture)
            painter.setPen(self.colors.qcolor(tone))
            painter.drawText(
                area.adjusted(0, 92, 0, 0),
                int(
                    Qt.AlignmentFlag.AlignHCenter
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap
                ),
                text,
            )

    def _paint_post(self, painter: QPainter, post: Post, layout: PostLayout, inner: float) -> None:
        c = self.colors
        base = self._base_font()
        if self.model is not None and self.model.highlight == post.event_id:
            painter.fillRect(QRectF(0, 0, inner, layout.height), c.qcolor("highlight"))
        name = layout.name
        painter.drawPixmap(
            layout.avatar.topLeft(),
            self._avatars.person(post.author, name, int(layout.avatar.width())),
        )
        painter.setFont(font_px(base, NAME_PX, QFont.Weight.DemiBold))
        painter.setPen(c.qcolor("link"))
        painter.drawText(layout.name_rect, int(Qt.AlignmentFlag.AlignVCenter), name)
        if layout.text is not None:
            painter.setPen(c.qcolor("text"))
            painter.setFont(font_px(base, TEXT_PX))
            painting.paint_text_lines(painter, layout.text, layout.text_origin, layout.text_lines)
        if layout.fold_rect is not None:
            painter.setPen(c.qcolor("link"))
            painter.setFont(font_px(base, TEXT_PX))
            label = self._words["less"] if not layout.folded else self._words["full"]
            painter.drawText(layout.fold_rect, int(Qt.AlignmentFlag.AlignVCenter), label)
        for number, rect in enumerate(layout.images):
            painting.paint_picture(
                painter,
                rect,
                post.images[number].thumbnail,
                self._thumbnails,
                c,
                True,  # centre-cropped: a lone panorama is clamped to a taller box
                self._ratio(),
            )
        self._paint_meta(painter, post, layout)
        painting.paint_more_button(painter, layout.more_rect, c)
        if layout.box is not None:
            self._paint_box(painter, post, layout)
        painting.paint_separator(painter, layout.height - 1, inner, c)

    def _paint_meta(self, painter: QPainter, post: Post, layout: PostLayout) -> None:
        base = self._base_font()
        painter.setFont(font_px(base, SMALL_PX))
        for item in self.meta(post, layout):
            if item.kind == "time":
                painter.setPen(self.colors.qcolor("time"))
                painter.drawText(item.rect, int(Qt.AlignmentFlag.AlignVCenter), item.text)
            elif item.kind == "audience":
                painting.paint_audience(
                    painter, item.rect, post.audience, self.colors, self._ratio()
                )
            else:
                painter.setPen(self.colors.qcolor("link"))
                painter.drawText(item.rect, int(Qt.AlignmentFlag.AlignVCenter), item.text)

    def meta(self, post: Post, layout: PostLayout) -> list[painting.MetaItem]:
        when = post_time(post.timestamp_ms, self._now_ms())
        mine = bytes(post.author) == bytes(self.me)
        return painting.meta_items(
            post, layout, self._base_font(), when, mine, self._words["delete"]
        )

    def _paint_box(self, painter: QPainter, post: Post, layout: PostLayout) -> None:
        c = self.colors
        assert layout.box is not None
        painting.paint_box(painter, layout.box, c)
        painter.setFont(font_px(self._base_font(), COMMENT_PX))
        if layout.likes is not None and layout.heart is not None:
            heart = icon_pixmap("moments/heart", c.link, HEART, self._ratio())
            painter.drawPixmap(layout.heart.topLeft(), heart)
            painter.setPen(c.qcolor("text"))
            layout.likes.draw(painter, layout.likes_origin)
        if layout.divider_y is not None:
            painter.setPen(QPen(c.qcolor("box_divider"), 1))
            y = layout.divider_y + 0.5
            painter.drawLine(QPointF(layout.box.left(), y), QPointF(layout.box.right(), y))
        for line in layout.comments:
            if self.hover == (post.event_id, line.comment.event_id):
                painter.fillRect(line.rect, c.qcolor("box_pressed"))
            painter.setPen(c.qcolor("text"))
            line.layout.draw(painter, line.origin)

    def _paint_entry(self, painter: QPainter, row: FeedRow, layout: EntryLayout) -> None:
        c = self.colors
        post = row.post
        assert post is not None
        base = self._base_font()
        if self.model is not None and self.model.highlight == post.event_id:
            painter.fillRect(layout.block.adjusted(-4, -4, 4, 4), c.qcolor("highlight"))
        if layout.year_rect is not None:
            painter.setPen(c.qcolor("text"))
            painter.setFont(font_px(base, 22, QFont.Weight.Bold))
            painter.drawText(
                layout.year_rect,
                int(Qt.AlignmentFlag.AlignLeft),
                str(album_year(post.timestamp_ms)),
            )
        if layout.date_rect is not None:
            day, month = album_day(post.timestamp_ms, self._now_ms())
            painter.setPen(c.qcolor("text"))
            if month:
                painter.setFont(font_px(base, 26, QFont.Weight.Bold))
                metrics = painter.fontMetrics()
                painter.drawText(layout.date_rect, int(Qt.AlignmentFlag.AlignLeft), day)
                painter.setFont(font_px(base, 12, QFont.Weight.DemiBold))
                painter.drawText(
                    QPointF(
                        layout.date_rect.left() + metrics.horizontalAdvance(day) + 4,
                        layout.date_rect.top() + metrics.ascent(),
                    ),
                    month,
                )
            else:
                size = 20
                while size > 13:  # "Yesterday" and its translations fit the date column
                    painter.setFont(font_px(base, size, QFont.Weight.Bold))
                    if painter.fontMetrics().horizontalAdvance(day) <= layout.date_rect.width():
                        break
                    size -= 1
                painter.drawText(layout.date_rect, int(Qt.AlignmentFlag.AlignLeft), day)
        for number, rect in enumerate(layout.tiles):
            painting.paint_picture(
                painter,
                rect,
                post.images[number].thumbnail,
                self._thumbnails,
                c,
                True,
                self._ratio(),
            )
        if not layout.tiles:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.qcolor("album_block"))
            painter.drawRoundedRect(layout.block, 3, 3)
        if layout.text is not None:
            painter.setPen(c.qcolor("text"))
            painter.setFont(font_px(base, 14))
            painting.paint_text_lines(painter, layout.text, layout.text_origin, layout.text_lines)
        if layout.count_origin is not None:
            painter.setPen(c.qcolor("time"))
            painter.setFont(font_px(base, 12))
            pictures = len(post.images)  # lupdate cannot parse a call among the arguments
            painter.drawText(
                layout.count_origin, translate("Moments", "%n pictures", None, pictures)
            )
