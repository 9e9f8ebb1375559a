"""The message list: smooth per-pixel scrolling over a lazily filled window of history.

A one-column table whose row heights are set as rows arrive, from the delegate's cached bubble
layouts, so a page of older messages (or a batch of new ones) costs only its own layouts. A
QListView with rows of different heights lays out every loaded row again on each insertion;
here the vertical header keeps the heights. Rows are sized quietly, and the view repaints only
when what is on screen changed: a page arriving above the reading position repaints nothing.

The view keeps the row at the top of the screen in place when rows above it are added, removed
or change height, follows the bottom while at the bottom, asks for more near either edge, and
floats a jump-to-bottom button (with a count of what arrived meanwhile) and a "new messages
above" button.

Signals:
    nearTop(): close to the top: load older messages.
    nearBottom(): close to the bottom of a detached window: load newer ones.
    atBottomChanged(bool): whether the newest loaded row is in view.
    jumpToBottomClicked(): the user asked for the newest messages.
    unreadAboveClicked(): the user asked for the first unread message.
    partClicked(object, object): a row and the image/file part clicked.
    cardClicked(object): a row whose card was clicked, or chosen with Enter.
    quoteClicked(object): a row whose quote was clicked.
    failedClicked(object): a row whose red "not sent" mark was clicked.
    rowToggled(object): while choosing messages (the model is selecting), a row was clicked.
    menuRequested(object, object, QPoint): a row, the part under the mouse (or None) and the
        global position for its context menu.
    shown(): the rows are laid out and in place after a (re)load (for benchmarks and tests).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QToolButton, QWidget

from desktop.chats.messages.delegate import MessageDelegate
from desktop.chats.messages.model import MessageListModel, RowRole
from desktop.chats.messages.rows import ChatRow
from desktop.icons import icon
from desktop.widgets.row_table import set_up_row_table

EDGE_PX = 600
BOTTOM_SLACK = 6


@dataclass(frozen=True)
class _Place:
    """Where the reading position was before a change: restored once the rows are sized."""

    at_bottom: bool
    anchor: tuple[str, int] | None  # a row's key and its y in the viewport


class MessageListView(QTableView):
    nearTop = Signal()  # noqa: N815
    nearBottom = Signal()  # noqa: N815
    atBottomChanged = Signal(bool)  # noqa: N815
    jumpToBottomClicked = Signal()  # noqa: N815
    unreadAboveClicked = Signal()  # noqa: N815
    partClicked = Signal(object, object)  # noqa: N815
    cardClicked = Signal(object)  # noqa: N815
    quoteClicked = Signal(object)  # noqa: N815
    failedClicked = Signal(object)  # noqa: N815
    rowToggled = Signal(object)  # noqa: N815
    menuRequested = Signal(object, object, QPoint)  # noqa: N815
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._changing = False  # first: the Qt overrides below read it
        self.setObjectName("messageView")
        set_up_row_table(self)
        # Reached with Tab (a click leaves the focus in the composer): Up/Down choose a
        # message, Enter opens its card.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.verticalScrollBar().setSingleStep(24)
        self._place: _Place | None = None
        self._width = 0
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
        # Edges are checked after a change has settled, never from inside one.
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.setInterval(0)
        self._check.timeout.connect(self._scrolled)
        self.verticalScrollBar().valueChanged.connect(self._value_changed)
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self._check.start())
        self._missed = 0

    # -- model hookup

    def setModel(self, model: object) -> None:  # noqa: N802 - Qt override
        super().setModel(model)  # type: ignore[arg-type]
        assert isinstance(model, MessageListModel)
        delegate = self.itemDelegate()
        if isinstance(delegate, MessageDelegate):
            delegate.model = model
        model.rowsAboutToBeInserted.connect(lambda *_: self._remember())
        model.rowsInserted.connect(lambda _parent, first, last: self._settle(first, last))
        model.rowsAboutToBeRemoved.connect(lambda _parent, first, last: self._remember(first, last))
        model.rowsRemoved.connect(lambda _parent, first, _last: self._settle(first, first - 1))
        model.dataChanged.connect(
            lambda top, bottom: self._settle(top.row(), bottom.row(), rows_moved=False)
        )
        model.modelReset.connect(self._after_reset)
        self._after_reset()

    def message_model(self) -> MessageListModel:
        model = self.model()
        assert isinstance(model, MessageListModel)
        return model

    def message_delegate(self) -> MessageDelegate:
        delegate = self.itemDelegate()
        assert isinstance(delegate, MessageDelegate)
        return delegate

    # -- row heights and the reading position

    def _remember(self, removed_first: int = 0, removed_last: int = -1) -> None:
        """Note the reading position before a change (rows about to go cannot anchor it)."""
        if self._place is not None:
            return
        anchor = None
        top = self.rowAt(0)
        if removed_first <= top <= removed_last:
            top = removed_last + 1
        model = self.message_model()
        if 0 <= top < model.rowCount():
            anchor = (model.row(top).key, self.rowViewportPosition(top))
        self._place = _Place(self.is_at_bottom(), anchor)

    def _settle(self, first: int, last: int, rows_moved: bool = True) -> None:
        """Size rows ``first``..``last`` (only those), then put the reading position back.

        Rows were inserted or removed at ``first`` (``rows_moved``) or changed there. The
        rows on screen are repainted unless they provably kept every pixel: an older page
        arriving above costs its layouts and no repaint.
        """
        self._remember()  # dataChanged has no "about to" signal: heights are still the old ones
        place, self._place = self._place, None
        assert place is not None
        self._changing = True
        try:
            resized = self._size_rows(first, last)
            self.executeDelayedItemsLayout()  # the table's own layout (on a timer otherwise)
            self.updateGeometries()
            if (rows_moved or resized) and not self._restore(place, last):
                self.viewport().update()
        finally:
            self._changing = False
        self._check.start()

    def _size_rows(self, first: int, last: int) -> bool:
        """Set the heights of rows ``first``..``last``; whether any changed."""
        model, delegate = self.message_model(), self.message_delegate()
        header = self.verticalHeader()
        width = self.viewport().width()
        # Quietly: the header would re-measure and the table schedule a repaint per section.
        updates, signals = header.updatesEnabled(), header.signalsBlocked()
        header.setUpdatesEnabled(False)
        header.blockSignals(True)
        changed = False
        for position in range(max(0, first), min(last, model.rowCount() - 1) + 1):
            height = delegate.row_height(model.row(position), width)
            if header.sectionSize(position) != height:
                header.resizeSection(position, height)
                changed = True
        header.blockSignals(signals)
        header.setUpdatesEnabled(updates)
        return changed

    def _restore(self, place: _Place, last: int) -> bool:
        """Put the reading position back; whether what is on screen is unchanged."""
        bar = self.verticalScrollBar()
        if place.at_bottom and self._following:
            bar.setValue(bar.maximum())
            return False
        if place.anchor is None:
            return False
        key, offset = place.anchor
        position = self.message_model().position_of(key)
        if position < 0:
            return False
        bar.setValue(bar.value() + self.rowViewportPosition(position) - offset)
        # Unchanged only if the anchor is back, at the top, and the change was all above it.
        return self.rowViewportPosition(position) == offset <= 0 and last < position

    def _after_reset(self) -> None:
        self._place = None
        self._width = self.viewport().width()
        self._changing = True
        try:
            self._size_rows(0, self.message_model().rowCount() - 1)
        finally:
            self._changing = False
        self.viewport().update()
        self._check.start()

    def doItemsLayout(self) -> None:  # noqa: N802 - Qt override
        if not self._changing:
            super().doItemsLayout()
            return
        # Within a change only the geometry: _settle repaints if what is on screen changed.
        self.updateGeometries()
        self.verticalHeader().setUpdatesEnabled(True)  # as QTableView does after removals

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        if self._changing and dy:
            # Rows came or went above the reading position, which stays put: move the rows,
            # not the pixels (_settle repaints if what is on screen changed).
            self.verticalHeader().setOffset(self.verticalScrollBar().value())
            dy = 0
        if dx or dy:
            super().scrollContentsBy(dx, dy)

    def relayout(self) -> None:
        """Size every row again (after the delegate forgot its layouts), keeping the place."""
        self._width = self.viewport().width()
        self._settle(0, self.message_model().rowCount() - 1)
        self.viewport().update()

    # -- positions

    def is_at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - BOTTOM_SLACK

    def set_following(self, following: bool) -> None:
        """Whether new rows at the bottom keep the view at the bottom (False: detached window)."""
        self._following = following

    def scroll_to_newest(self) -> None:
        self.updateGeometries()
        self.scrollToBottom()
        self._scrolled()
        self.shown.emit()

    def scroll_to_key(self, key: str, centre: bool = False) -> None:
        model = self.message_model()
        position = model.position_of(key)
        self.updateGeometries()
        if position >= 0:
            hint = (
                QAbstractItemView.ScrollHint.PositionAtCenter
                if centre
                else QAbstractItemView.ScrollHint.PositionAtTop
            )
            self.scrollTo(model.index(position), hint)
        self._scrolled()
        self.shown.emit()

    def _value_changed(self) -> None:
        if self._changing:
            self._check.start()
        else:
            self._scrolled()

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
        # Called for the view and, forwarded, for its viewport (whose width the rows follow).
        at_bottom = self.is_at_bottom()
        super().resizeEvent(event)
        if self.model() is not None and self.viewport().width() != self._width:
            self.relayout()
        if at_bottom:
            self.updateGeometries()
            self.scrollToBottom()
        self._place_buttons()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            position = event.position().toPoint()
            index = self.indexAt(position)
            model = self.model()
            if index.isValid() and isinstance(model, MessageListModel) and model.selecting:
                row = index.data(RowRole)
                if isinstance(row, ChatRow):
                    self.rowToggled.emit(row)
            elif index.isValid():
                hit = self.message_delegate().hit(index, self.visualRect(index), position)
                if hit is not None:
                    if hit.kind in ("image", "file"):
                        self.partClicked.emit(hit.row, hit.part)
                    elif hit.kind == "card":
                        self.cardClicked.emit(hit.row)
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
        clickable = hit is not None and hit.kind in ("image", "file", "card", "quote", "failed")
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            row = self.currentIndex().data(RowRole)
            if isinstance(row, ChatRow) and row.message is not None:
                if row.message.card is not None:
                    # After the key press is handled: a modal dialog's loop must not run
                    # inside it (its release would reach the dialog, and whoever sent the
                    # key, a screen reader or the automation socket, would wait on it).
                    QTimer.singleShot(0, lambda: self.cardClicked.emit(row))
                event.accept()
                return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.setCurrentIndex(QModelIndex())
            self._step(1 if key == Qt.Key.Key_Home else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    def _step(self, direction: int) -> None:
        """Make the next message above or below current (time rows and dividers skipped)."""
        model = self.message_model()
        count = model.rowCount()
        position = self.currentIndex().row()
        if position < 0:
            position = count if direction < 0 else -1
        position += direction
        while 0 <= position < count and not model.row(position).is_message:
            position += direction
        if 0 <= position < count:
            index = model.index(position)
            self.setCurrentIndex(index)
            self.scrollTo(index)
            self.viewport().update()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        chosen = self.currentIndex().isValid()
        super().focusInEvent(event)  # makes the first row current when none was
        if not chosen:
            self.setCurrentIndex(QModelIndex())
            self._step(-1)  # the newest message
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.viewport().update()

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
