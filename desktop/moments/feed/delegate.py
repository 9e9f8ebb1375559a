"""Paints feed rows and answers what is under the mouse.

Layouts are computed once per row revision and width and cached (and row heights with
them), so scrolling does no store access and no text layout for rows already seen.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QPointF, QRectF, QSize
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from core.moments import Comment, Post
from desktop.i18n import translate
from desktop.moments.colors import MomentsColors
from desktop.moments.feed import painting
from desktop.moments.feed.album_layout import EntryLayout, lay_out_entry
from desktop.moments.feed.layout import (
    BOX_PAD_X,
    PostLayout,
    column,
    lay_out_post,
)
from desktop.moments.feed.model import FeedModel, RowRole
from desktop.moments.feed.row_painting import RowPainting
from desktop.moments.feed.rows import FeedRow, FooterState, RowKind
from desktop.moments.texts import (
    audience_tooltip,
    full_time,
)
from desktop.moments.thumbnails import ThumbnailCache
from desktop.people import AvatarCache, PeopleDirectory

Index = QModelIndex | QPersistentModelIndex
MAX_LAYOUTS = 800
MAX_SIZES = 40_000
NOTICE_H = 66


@dataclass(frozen=True)
class Hit:
    """What is under the mouse in a feed row."""

    kind: str  # cover, notice, author, fold, image, more, delete, comment, entry, retry
    post: Post | None = None
    index: int = 0
    comment: Comment | None = None
    rect: QRectF | None = None


class FeedDelegate(RowPainting, QStyledItemDelegate):
    def __init__(
        self,
        directory: PeopleDirectory,
        avatars: AvatarCache,
        thumbnails: ThumbnailCache,
        colors: MomentsColors,
        now_ms: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._avatars = avatars
        self._thumbnails = thumbnails
        self.colors = colors
        self._now_ms = now_ms
        self.me = directory.me
        self.cover_identity = directory.me
        self.expanded: set[bytes] = set()
        self.hover: tuple[bytes, bytes] | None = None  # (post, comment) under the mouse
        self.model: FeedModel | None = None
        self.view_width = 0
        self._version = 0
        self._layouts: OrderedDict[tuple[object, ...], PostLayout | EntryLayout] = OrderedDict()
        self._sizes: dict[tuple[object, ...], int] = {}
        self._words: dict[str, str] = {}
        self.retranslate()

    # -- caches ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._words = {
            "replied": translate("Moments", "%1 replied to %2"),
            "full": translate("Moments", "Full text"),
            "less": translate("Moments", "Collapse"),
            "delete": translate("Moments", "Delete"),
        }
        self.forget_layouts()

    def forget_layouts(self) -> None:
        """Names, language or colours changed: lay every row out again on next use."""
        self._version += 1
        self._layouts.clear()
        self._sizes.clear()

    def _base_font(self) -> QFont:
        parent = self.parent()
        return QFont(parent.font()) if isinstance(parent, QWidget) else QFont()

    def _key(self, row: FeedRow, width: int) -> tuple[object, ...]:
        expanded = row.post is not None and row.post.event_id in self.expanded
        return (row.key, row.revision, width, expanded, self._version)

    def layout_for(self, row: FeedRow, width: int) -> PostLayout | EntryLayout:
        key = self._key(row, width)
        cached = self._layouts.get(key)
        if cached is not None:
            self._layouts.move_to_end(key)
            return cached
        post = row.post
        assert post is not None
        _left, inner = column(width)
        layout: PostLayout | EntryLayout
        if row.kind is RowKind.ENTRY:
            layout = lay_out_entry(post, self._base_font(), inner, row.show_date, row.show_year)
        else:
            layout = lay_out_post(
                post,
                self._base_font(),
                inner,
                self._directory.plain_name_of,
                self.colors.link,
                post.event_id in self.expanded,
                self._words,
            )
        self._layouts[key] = layout
        if len(self._layouts) > MAX_LAYOUTS:
            self._layouts.popitem(last=False)
        return layout

    def row_height(self, row: FeedRow, width: int) -> int:
        """The height of ``row`` in a view ``width`` wide (laid out once, then cached)."""
        if row.kind is RowKind.COVER:
            return painting.COVER_H
        if row.kind is RowKind.NOTICE:
            return NOTICE_H
        if row.kind is RowKind.FOOTER:
            state = self.model.footer_state if self.model is not None else FooterState.END
            return 200 if state in (FooterState.EMPTY, FooterState.ERROR) else 64
        return self.layout_for(row, width).height

    # -- Qt ----------------------------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        # Called for every row on each relayout: answered from a cache with few Qt calls.
        width = self.view_width or self._view_width(option)
        model = self.model
        if model is None:
            return QSize(width, 0)
        row = model.row(index.row())
        key = self._key(row, width)
        height = self._sizes.get(key)
        if height is None:
            height = self.row_height(row, width)
            if len(self._sizes) > MAX_SIZES:
                self._sizes.clear()
            self._sizes[key] = height
        return QSize(width, height)

    def _view_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            return view.viewport().width()
        return option.rect.width()  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(RowRole)
        if not isinstance(row, FeedRow):
            return
        rect = option.rect  # type: ignore[attr-defined]
        width = rect.width()
        left, inner = column(width)
        painter.save()
        self._thumbnails.ratio = painter.device().devicePixelRatioF() or 1.0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(rect, self.colors.qcolor("feed"))
        painter.translate(rect.left(), rect.top())
        if row.kind is RowKind.COVER:
            self._paint_cover(painter, width, left, inner)
        elif row.kind is RowKind.NOTICE:
            self._paint_notice(painter, width)
        elif row.kind is RowKind.FOOTER:
            self._paint_footer(painter, width)
        elif row.post is not None:
            painter.translate(left, 0)
            layout = self.layout_for(row, width)
            if isinstance(layout, PostLayout):
                self._paint_post(painter, row.post, layout, inner)
            else:
                self._paint_entry(painter, row, layout)
        painter.restore()

    # -- hit testing -------------------------------------------------------------------------

    def hit(self, row: FeedRow, rect: QRectF, position: QPoint) -> Hit | None:
        """What is at ``position`` (view coordinates) in ``row`` painted in ``rect``."""
        width = int(rect.width())
        left, _inner = column(width)
        point = QPointF(position.x() - rect.left(), position.y() - rect.top())
        if row.kind is RowKind.COVER:
            return self._hit_cover(point, width, left)
        if row.kind is RowKind.NOTICE:
            return Hit("notice")
        if row.kind is RowKind.FOOTER:
            state = self.model.footer_state if self.model is not None else None
            return Hit("retry") if state is FooterState.ERROR else None
        post = row.post
        if post is None:
            return None
        point = QPointF(point.x() - left, point.y())
        layout = self.layout_for(row, width)
        if isinstance(layout, EntryLayout):
            return (
                Hit("entry", post) if layout.block.adjusted(-8, -8, 8, 8).contains(point) else None
            )
        return self._hit_post(post, layout, point, left, rect)

    @staticmethod
    def cover_avatar(width: int) -> QRectF:
        """The cover's avatar, in the cover row's coordinates."""
        left, inner = column(width)
        right = left + inner - 20
        return QRectF(
            right - painting.COVER_AVATAR,
            painting.COVER_IMAGE_H - painting.COVER_AVATAR + painting.AVATAR_OVERHANG,
            painting.COVER_AVATAR,
            painting.COVER_AVATAR,
        )

    def _hit_cover(self, point: QPointF, width: int, _left: float) -> Hit | None:
        avatar = self.cover_avatar(width)
        return Hit("cover", rect=avatar) if avatar.contains(point) else None

    def _hit_post(
        self, post: Post, layout: PostLayout, point: QPointF, left: float, rect: QRectF
    ) -> Hit | None:
        def placed(area: QRectF) -> QRectF:
            return area.translated(rect.left() + left, rect.top())

        if layout.avatar.contains(point) or layout.name_rect.contains(point):
            return Hit("author", post, rect=placed(layout.avatar))
        if layout.fold_rect is not None and layout.fold_rect.contains(point):
            return Hit("fold", post, rect=placed(layout.fold_rect))
        for number, image_rect in enumerate(layout.images):
            if image_rect.contains(point):
                return Hit("image", post, number, rect=placed(image_rect))
        if layout.more_rect.adjusted(-6, -6, 6, 6).contains(point):
            return Hit("more", post, rect=placed(layout.more_rect))
        for item in self.meta(post, layout):
            if item.rect.contains(point):
                return Hit(item.kind, post, rect=placed(item.rect))
        for line in layout.comments:
            if line.rect.contains(point):
                return Hit("comment", post, comment=line.comment, rect=placed(line.rect))
        return None

    def tooltip(self, hit: Hit) -> str:
        """What the mouse hovers, in words: a post's full date, its audience."""
        post = hit.post
        if post is None:
            return ""
        if hit.kind == "time":
            return full_time(post.timestamp_ms)
        if hit.kind == "audience":
            return audience_tooltip(post.audience)
        if hit.kind == "more":
            return translate("Moments", "Like or comment")
        return ""

    def hit_rect(self, row: FeedRow, rect: QRectF, kind: str, number: int = 0) -> QRectF | None:
        """Where a clickable part of a post is, in view coordinates (for tests and tours)."""
        width = int(rect.width())
        left, _inner = column(width)
        post = row.post
        if post is None:
            return None
        layout = self.layout_for(row, width)
        if not isinstance(layout, PostLayout):
            return None
        area: QRectF | None = None
        if kind == "author":
            area = layout.avatar
        elif kind == "image" and number < len(layout.images):
            area = layout.images[number]
        elif kind == "more":
            area = layout.more_rect
        elif kind == "fold":
            area = layout.fold_rect
        elif kind == "delete":
            area = next((i.rect for i in self.meta(post, layout) if i.kind == "delete"), None)
        elif kind == "comment" and number < len(layout.comments):
            line = layout.comments[number].rect
            area = QRectF(line.left() + BOX_PAD_X, line.top(), 40, line.height())
        return None if area is None else area.translated(rect.left() + left, rect.top())
