"""The feed list: a one-column table whose row heights are set as rows arrive, so a page of
older posts costs only its own layouts, never a relayout of the thousands already loaded.

A QListView with rows of different heights asks the delegate for every row's size on each
insertion; here the vertical header keeps the heights, and the view keeps the row at the top
of the screen in place when rows above it are added, removed or change height.

Signals:
    nearEnd(): the end of what is loaded is close: load the next page.
    hitClicked(object): a :class:`Hit` was clicked.
    contextRequested(object, QPoint): a :class:`Hit` (or None) and a global position.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QToolTip, QWidget

from desktop.moments.feed.delegate import FeedDelegate, Hit
from desktop.moments.feed.model import FeedModel
from desktop.moments.feed.rows import FeedRow, RowKind
from desktop.widgets.row_table import set_up_row_table

EDGE_PX = 1600
CLICKABLE = {"cover", "notice", "author", "fold", "image", "more", "delete", "comment", "entry",
             "retry"}  # fmt: skip
Anchor = tuple[str, int]
Index = QModelIndex | QPersistentModelIndex


class FeedView(QTableView):
    nearEnd = Signal()  # noqa: N815
    hitClicked = Signal(object)  # noqa: N815
    contextRequested = Signal(object, QPoint)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("momentsFeed")
        set_up_row_table(self)
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.setInterval(0)
        self._check.timeout.connect(self._scrolled)
        self.verticalScrollBar().setSingleStep(30)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self._check.start())
        self._pressed: Hit | None = None
        self._anchor: Anchor | None = None
        self._width = 0

    def feed_model(self) -> FeedModel:
        model = self.model()
        assert isinstance(model, FeedModel)
        return model

    def feed_delegate(self) -> FeedDelegate:
        delegate = self.itemDelegate()
        assert isinstance(delegate, FeedDelegate)
        return delegate

    def setModel(self, model: object) -> None:  # noqa: N802 - Qt override
        super().setModel(model)  # type: ignore[arg-type]
        assert isinstance(model, FeedModel)
        model.rowsAboutToBeInserted.connect(self._remember_anchor)
        model.rowsAboutToBeRemoved.connect(self._remember_anchor)
        model.rowsInserted.connect(lambda _p, first, last: self._size_rows(first, last))
        model.rowsRemoved.connect(lambda *_: self._restore_anchor())
        model.dataChanged.connect(lambda top, bottom: self._size_rows(top.row(), bottom.row()))
        model.modelReset.connect(self.size_all_rows)
        self.size_all_rows()

    # -- row heights -------------------------------------------------------------------------

    def _row_key(self, position: int) -> str:
        return self.feed_model().row(position).key

    def _remember_anchor(self, *_args: object) -> None:
        if self._anchor is not None:
            return
        top = self.rowAt(0)
        if top >= 0:
            self._anchor = (self._row_key(top), self.rowViewportPosition(top))

    def _restore_anchor(self) -> None:
        anchor, self._anchor = self._anchor, None
        if anchor is None or self.verticalScrollBar().value() == 0:
            self._check.start()
            return
        key, offset = anchor
        position = self.feed_model().position_of_key(key)
        if position >= 0:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.rowViewportPosition(position) - offset)
        self._check.start()

    def _size_rows(self, first: int, last: int) -> None:
        """Give rows ``first``..``last`` their laid-out heights, keeping the top row in place."""
        self._remember_anchor()
        model, delegate, header = self.feed_model(), self.feed_delegate(), self.verticalHeader()
        width = self.viewport().width()
        for position in range(max(0, first), min(last, model.rowCount() - 1) + 1):
            height = delegate.row_height(model.row(position), width)
            if header.sectionSize(position) != height:
                header.resizeSection(position, height)
        self._restore_anchor()

    def size_all_rows(self) -> None:
        self._width = self.viewport().width()
        self._size_rows(0, self.feed_model().rowCount() - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.model() is not None and self.viewport().width() != self._width:
            self.size_all_rows()

    # -- positions ---------------------------------------------------------------------------

    def _scrolled(self) -> None:
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum() - EDGE_PX:
            self.nearEnd.emit()

    def scroll_to_post(self, event_id: bytes) -> bool:
        position = self.feed_model().position_of(event_id)
        if position < 0:
            return False
        self.scrollTo(self.feed_model().index(position), QAbstractItemView.ScrollHint.PositionAtTop)
        return True

    def row_rect(self, position: int) -> QRectF:
        return QRectF(self.visualRect(self.feed_model().index(position)))

    def cover_avatar_rect(self) -> QRectF | None:
        """Where the cover's avatar is on screen (None without a cover)."""
        model = self.feed_model()
        if model.rowCount() == 0 or model.row(0).kind is not RowKind.COVER:
            return None
        row = self.row_rect(0)
        return self.feed_delegate().cover_avatar(int(row.width())).translated(row.topLeft())

    def part_rect(self, event_id: bytes, kind: str, number: int = 0) -> QRectF | None:
        """Where a part of a post is on screen (scrolling it into view first)."""
        model = self.feed_model()
        position = model.position_of(event_id)
        if position < 0:
            return None
        self.scrollTo(model.index(position), QAbstractItemView.ScrollHint.EnsureVisible)
        row = model.row(position)
        return self.feed_delegate().hit_rect(row, self.row_rect(position), kind, number)

    # -- hits --------------------------------------------------------------------------------

    def hit_at(self, position: QPoint) -> Hit | None:
        index = self.indexAt(position)
        if not index.isValid():
            return None
        row = self.feed_model().row(index.row())
        assert isinstance(row, FeedRow)
        return self.feed_delegate().hit(row, QRectF(self.visualRect(index)), position)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._pressed = None
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.hit_at(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.hit_at(event.position().toPoint())
            pressed = self._pressed
            self._pressed = None
            if hit is not None and pressed is not None and _same(hit, pressed):
                self.hitClicked.emit(hit)
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        hit = self.hit_at(event.position().toPoint())
        clickable = hit is not None and hit.kind in CLICKABLE
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        hover = None
        if hit is not None and hit.kind == "comment" and hit.post and hit.comment:
            hover = (hit.post.event_id, hit.comment.event_id)
        self._set_hover(hover)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self._set_hover(None)
        super().leaveEvent(event)

    def _set_hover(self, hover: tuple[bytes, bytes] | None) -> None:
        delegate = self.feed_delegate()
        if delegate.hover != hover:
            delegate.hover = hover
            self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit_at(event.pos())
            tip = self.feed_delegate().tooltip(hit) if hit is not None else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        hit = self.hit_at(event.pos())
        index = self.indexAt(event.pos())
        if (hit is None or hit.post is None) and index.isValid():
            row = self.feed_model().row(index.row())
            if row.kind in (RowKind.POST, RowKind.ENTRY):
                hit = Hit("post", row.post)
        self.contextRequested.emit(hit, event.globalPos())

    def currentChanged(self, _current: Index, _previous: Index) -> None:  # noqa: N802
        """No current-item highlighting or scrolling: the feed has no selection."""


def _same(a: Hit, b: Hit) -> bool:
    same_post = (a.post.event_id if a.post else None) == (b.post.event_id if b.post else None)
    same_comment = (a.comment.event_id if a.comment else None) == (
        b.comment.event_id if b.comment else None
    )
    return a.kind == b.kind and a.index == b.index and same_post and same_comment
