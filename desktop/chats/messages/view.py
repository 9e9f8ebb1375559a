"""The message list: smooth per-pixel scrolling over a lazily filled window of history.

It keeps the reading position when older pages arrive above, follows the bottom while at the
bottom, asks for more near either edge, and floats a jump-to-bottom button (with a count of
what arrived meanwhile) and a "new messages above" button.

Signals:
    nearTop(): close to the top: load older messages.
    nearBottom(): close to the bottom of a detached window: load newer ones.
    atBottomChanged(bool): whether the newest loaded row is in view.
    jumpToBottomClicked(): the user asked for the newest messages.
    unreadAboveClicked(): the user asked for the first unread message.
    partClicked(object, object): a row and the image/file part clicked.
    quoteClicked(object): a row whose quote was clicked.
    failedClicked(object): a row whose red "not sent" mark was clicked.
    menuRequested(object, object, QPoint): a row, the part under the mouse (or None) and the
        global position for its context menu.
    shown(): the rows are laid out and in place after a (re)load (for benchmarks and tests).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QToolButton, QWidget

from desktop.chats.messages.delegate import MessageDelegate
from desktop.chats.messages.model import MessageListModel, RowRole
from desktop.chats.messages.rows import ChatRow
from desktop.icons import icon

EDGE_PX = 600
BOTTOM_SLACK = 6


class MessageListView(QListView):
    nearTop = Signal()  # noqa: N815
    nearBottom = Signal()  # noqa: N815
    atBottomChanged = Signal(bool)  # noqa: N815
    jumpToBottomClicked = Signal()  # noqa: N815
    unreadAboveClicked = Signal()  # noqa: N815
    partClicked = Signal(object, object)  # noqa: N815
    quoteClicked = Signal(object)  # noqa: N815
    failedClicked = Signal(object)  # noqa: N815
    menuRequested = Signal(object, object, QPoint)  # noqa: N815
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageView")
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.verticalScrollBar().setSingleStep(24)
        self._anchor: tuple[str, int] | None = None
        self._was_at_bottom = True
        self._at_bottom = True
        self._following = True
        self.jump_button = QToolButton(self)
        self.jump_button.setObjectName("jumpToBottom")
        self.jump_button.setIconSize(QSize(18, 18))
        self.jump_button.setFixedSize(QSize(36, 36))
        self.jump_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.jump_button.clicked.connect(self.jumpToBottomClicked.emit)
        self.jump_button.hide()
        self.jump_count = QToolButton(self)
        self.jump_count.setObjectName("jumpCount")
        self.jump_count.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.jump_count.clicked.connect(self.jumpToBottomClicked.emit)
        self.jump_count.hide()
        self.unread_above = QToolButton(self)
        self.unread_above.setObjectName("unreadAbove")
        self.unread_above.setCursor(Qt.CursorShape.PointingHandCursor)
        self.unread_above.clicked.connect(self.unreadAboveClicked.emit)
        self.unread_above.hide()
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self._scrolled())
        self._missed = 0

    # -- model hookup

    def setModel(self, model: object) -> None:  # noqa: N802 - Qt override
        super().setModel(model)  # type: ignore[arg-type]
        assert isinstance(model, MessageListModel)
        delegate = self.itemDelegate()
        if isinstance(delegate, MessageDelegate):
            delegate.model = model
        model.rowsAboutToBeInserted.connect(self._before_change)
        model.rowsInserted.connect(self._after_insert)
        model.rowsAboutToBeRemoved.connect(self._before_change)
        model.rowsRemoved.connect(self._after_remove)
        model.modelReset.connect(self._after_reset)

    def message_model(self) -> MessageListModel:
        model = self.model()
        assert isinstance(model, MessageListModel)
        return model

    def message_delegate(self) -> MessageDelegate:
        delegate = self.itemDelegate()
        assert isinstance(delegate, MessageDelegate)
        return delegate

    def _top_anchor(self) -> tuple[str, int] | None:
        index = self.indexAt(QPoint(8, 1))
        if not index.isValid():
            return None
        row = index.data(RowRole)
        return (row.key, self.visualRect(index).top()) if isinstance(row, ChatRow) else None

    def _before_change(self, _parent: QModelIndex, first: int, _last: int) -> None:
        self._was_at_bottom = self.is_at_bottom()
        self._anchor = self._top_anchor() if first == 0 else None

    def _after_insert(self, _parent: QModelIndex, first: int, _last: int) -> None:
        self._settle(first == 0)

    def _after_remove(self, _parent: QModelIndex, first: int, _last: int) -> None:
        self._settle(first == 0)

    def _settle(self, at_top: bool) -> None:
        if self._was_at_bottom and self._following:
            self.scrollToBottom()  # runs the pending layout once, then goes to the end
        elif at_top and self._anchor is not None:
            self.doItemsLayout()
            key, offset = self._anchor
            position = self.message_model().position_of(key)
            if position >= 0:
                now = self.visualRect(self.message_model().index(position)).top()
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() + now - offset)
        self._anchor = None
        QTimer.singleShot(0, self._scrolled)

    def _after_reset(self) -> None:
        self._anchor = None

    # -- positions

    def is_at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - BOTTOM_SLACK

    def set_following(self, following: bool) -> None:
        """Whether new rows at the bottom keep the view at the bottom (False: detached window)."""
        self._following = following

    def scroll_to_newest(self) -> None:
        self.doItemsLayout()
        self.scrollToBottom()
        self._scrolled()
        self.shown.emit()

    def scroll_to_key(self, key: str, centre: bool = False) -> None:
        model = self.message_model()
        position = model.position_of(key)
        self.doItemsLayout()
        if position >= 0:
            hint = (
                QAbstractItemView.ScrollHint.PositionAtCenter
                if centre
                else QAbstractItemView.ScrollHint.PositionAtTop
            )
            self.scrollTo(model.index(position), hint)
        self._scrolled()
        self.shown.emit()

    def _scrolled(self) -> None:
        bar = self.verticalScrollBar()
        if bar.value() <= EDGE_PX:
            self.nearTop.emit()
        if bar.value() >= bar.maximum() - EDGE_PX:
            self.nearBottom.emit()
        at_bottom = self.is_at_bottom()
        if at_bottom != self._at_bottom:
            self._at_bottom = at_bottom
            self.atBottomChanged.emit(at_bottom)
        self._place_buttons()

    # -- floating buttons

    def set_missed(self, count: int) -> None:
        """How many messages arrived while the user was scrolled up (0 hides the count)."""
        self._missed = count
        self._place_buttons()

    def set_unread_above(self, text: str) -> None:
        self.unread_above.setText(text)
        self.unread_above.setVisible(bool(text))
        self.unread_above.adjustSize()
        self._place_buttons()

    def set_button_colours(self, arrow: str) -> None:
        self.jump_button.setIcon(icon("chat/arrow-down", arrow))

    def _place_buttons(self) -> None:
        show_jump = not self._at_bottom or self._missed > 0
        if self._missed and self._at_bottom and self._following:
            show_jump = False
        viewport = self.viewport().geometry()
        self.jump_button.setVisible(show_jump)
        x = viewport.right() - self.jump_button.width() - 16
        y = viewport.bottom() - self.jump_button.height() - 14
        self.jump_button.move(x, y)
        self.jump_count.setVisible(show_jump and self._missed > 0)
        if self._missed:
            self.jump_count.setText(str(self._missed) if self._missed < 1000 else "999+")
            self.jump_count.adjustSize()
            self.jump_count.move(
                x + self.jump_button.width() // 2 - self.jump_count.width() // 2,
                y - self.jump_count.height() + 8,
            )
            self.jump_count.raise_()
        if self.unread_above.isVisible():
            self.unread_above.move(viewport.right() - self.unread_above.width() - 16,
                                   viewport.top() + 12)  # fmt: skip

    # -- events

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        at_bottom = self.is_at_bottom()
        delegate = self.itemDelegate()
        if isinstance(delegate, MessageDelegate):
            delegate.view_width = event.size().width()
        super().resizeEvent(event)
        if at_bottom:
            self.doItemsLayout()
            self.scrollToBottom()
        self._place_buttons()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            position = event.position().toPoint()
            index = self.indexAt(position)
            if index.isValid():
                hit = self.message_delegate().hit(index, self.visualRect(index), position)
                if hit is not None:
                    if hit.kind in ("image", "file"):
                        self.partClicked.emit(hit.row, hit.part)
                    elif hit.kind == "quote":
                        self.quoteClicked.emit(hit.row)
                    elif hit.kind == "failed":
                        self.failedClicked.emit(hit.row)
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        position = event.position().toPoint()
        index = self.indexAt(position)
        hit = None
        if index.isValid():
            hit = self.message_delegate().hit(index, self.visualRect(index), position)
        clickable = hit is not None and hit.kind in ("image", "file", "quote", "failed")
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        position = event.pos()
        index = self.indexAt(position)
        if not index.isValid():
            return
        row = index.data(RowRole)
        if isinstance(row, ChatRow) and row.message is not None and row.message.system is None:
            hit = self.message_delegate().hit(index, self.visualRect(index), position)
            if hit is not None:
                self.menuRequested.emit(row, hit.part, event.globalPos())
