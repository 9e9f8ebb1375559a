"""The list of Moments notifications: likes and comments on my posts, replies to my comments.

Each row shows who, what, when, and the post it is about (its first picture or a snippet).
Opening the list marks everything seen.

Signals:
    postChosen(bytes): a notification was clicked; open its post.
    loaded(): the list is filled (and marked seen).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStackedLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from core.errors import NotFound
from core.moments import Notification, NotificationKind, Post
from desktop.chats.scoped_runner import ScopedRunner
from desktop.context import AppContext
from desktop.moments.feed.layout import font_px
from desktop.moments.feed.painting import paint_picture
from desktop.moments.shared import MomentsShared
from desktop.moments.texts import notification_line, post_time
from desktop.widgets import EmptyState, TranslatedWidget, icon_pixmap

ROW_H = 76
AVATAR = 42
PREVIEW = 56
Index = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Entry:
    notification: Notification
    post: Post | None


class NotificationModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Entry] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.notification.text
        return None

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()


class NotificationDelegate(QStyledItemDelegate):
    def __init__(self, shared: MomentsShared, now_ms: object, parent: QWidget) -> None:
        super().__init__(parent)
        self._shared = shared
        self._now_ms = now_ms

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(option.rect.width(), ROW_H)  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry = index.data(EntryRole)
        if not isinstance(entry, Entry):
            return
        c = self._shared.colors
        rect = QRectF(option.rect)  # type: ignore[attr-defined]
        width = min(rect.width(), 680.0)
        left = rect.left() + (rect.width() - width) / 2
        note = entry.notification
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, c.qcolor("feed"))
        painter.translate(left, rect.top())
        name = self._shared.directory.plain_name_of(note.actor)
        avatar = self._shared.avatars.person(note.actor, name, AVATAR)
        painter.drawPixmap(QPointF(20, (ROW_H - AVATAR) / 2), avatar)
        text_x, text_w = 20 + AVATAR + 12, width - (20 + AVATAR + 12) - PREVIEW - 32
        view = self.parent()
        base = QFont(view.font()) if isinstance(view, QWidget) else QFont()
        painter.setFont(font_px(base, 14, QFont.Weight.DemiBold))
        painter.setPen(c.qcolor("link"))
        painter.drawText(QRectF(text_x, 12, text_w, 20), int(Qt.AlignmentFlag.AlignVCenter), name)
        painter.setFont(font_px(base, 14))
        if note.kind is NotificationKind.LIKE:
            heart = icon_pixmap("moments/heart", c.link, 15, self._shared.thumbnails.ratio)
            painter.drawPixmap(QPointF(text_x, 33), heart)
        else:
            painter.setPen(c.qcolor("text"))
            line = notification_line(note.kind, note.text)
            shown = painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, int(text_w))
            painter.drawText(
                QRectF(text_x, 31, text_w, 20), int(Qt.AlignmentFlag.AlignVCenter), shown
            )
        painter.setFont(font_px(base, 12))
        painter.setPen(c.qcolor("time"))
        when = post_time(note.timestamp_ms, self._now_ms())  # type: ignore[operator]
        painter.drawText(QRectF(text_x, 51, text_w, 16), int(Qt.AlignmentFlag.AlignVCenter), when)
        self._paint_preview(painter, entry, QRectF(width - 20 - PREVIEW, 10, PREVIEW, PREVIEW))
        painter.setPen(QPen(c.qcolor("separator"), 1))
        painter.drawLine(QPointF(text_x, ROW_H - 0.5), QPointF(width, ROW_H - 0.5))
        painter.restore()

    def _paint_preview(self, painter: QPainter, entry: Entry, box: QRectF) -> None:
        c = self._shared.colors
        post = entry.post
        if post is not None and post.images:
            paint_picture(
                painter,
                box,
                post.images[0].thumbnail,
                self._shared.thumbnails,
                c,
                True,
                self._shared.thumbnails.ratio,
            )
            return
        painter.fillRect(box, c.qcolor("album_block"))
        painter.setPen(c.qcolor("secondary_text"))
        font = font_px(QFont(painter.font()), 11)
        painter.setFont(font)
        text = " ".join(post.text.split()) if post is not None else self.tr("Deleted")
        inner = box.adjusted(4, 3, -4, -3)
        line_h = QFontMetricsF(font).lineSpacing()
        inner.setHeight(line_h * max(1, int(inner.height() // line_h)))
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(inner, int(flags), text[:80])


class NotificationsPage(TranslatedWidget):
    postChosen = Signal(bytes)  # noqa: N815
    loaded = Signal()

    def __init__(self, context: AppContext, shared: MomentsShared, parent: QWidget) -> None:
        super().__init__(parent)
        self._core = context.core
        self._shared = shared
        self.runner = ScopedRunner(context.runner, self)
        self.model = NotificationModel()
        self.view = QListView(self)
        self.view.setObjectName("notificationList")
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setMouseTracking(True)
        self.view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view.setItemDelegate(NotificationDelegate(shared, self._core.clock.now_ms, self.view))
        self.view.setModel(self.model)
        self.view.clicked.connect(self._clicked)
        self.empty = EmptyState(context, "moments/bell", self)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        shared.thumbnails.ready.connect(self._repaint)
        shared.avatars.changed.connect(self._repaint)
        self.retranslate()

    def retranslate(self) -> None:
        self.empty.set_texts(
            self.tr("No notifications yet"),
            self.tr("When friends like or comment on your posts, or reply to you, it shows here."),
        )
        self.view.viewport().update()

    def _repaint(self, *_args: object) -> None:
        self.view.viewport().update()

    def load(self) -> None:
        moments = self._core.moments

        def work() -> list[Entry]:
            notes = moments.notifications(100)
            posts: dict[bytes, Post | None] = {}
            for note in notes:
                if note.post_id not in posts:
                    try:
                        posts[note.post_id] = moments.require(note.post_id)
                    except NotFound:
                        posts[note.post_id] = None
            if any(n.unread for n in notes):
                moments.mark_notifications_seen()
            return [Entry(n, posts[n.post_id]) for n in notes]

        self.runner.run(work, self._take, self._failed)

    def _failed(self, message: str) -> None:
        self.empty.set_texts(self.tr("The notifications could not be opened"), message)
        self.stack.setCurrentWidget(self.empty)

    def _take(self, entries: list[Entry]) -> None:
        self.model.set_entries(entries)
        self.stack.setCurrentWidget(self.view if entries else self.empty)
        self.loaded.emit()

    def _clicked(self, index: QModelIndex) -> None:
        entry = index.data(EntryRole)
        if isinstance(entry, Entry):
            self.postChosen.emit(entry.notification.post_id)
