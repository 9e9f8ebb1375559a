"""One feed on screen (the timeline, an album, or a single post) and what can be done there:
like, comment and reply, delete, open pictures, open someone's album.

Signals:
    albumRequested(bytes): open this person's album.
    postRequested(bytes): open this post on its own (from an album entry).
    notificationsRequested(): the "N new messages" bar was clicked.
    shown(): the first page is laid out (time a feed's opening to this).
    errorShown(str): an action failed; the message is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget

from core.moments import Comment, Post
from desktop.chats.scoped_runner import ScopedRunner
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.moments.colors import MomentsColors
from desktop.moments.feed.actions_popup import PostActionsPopup
from desktop.moments.feed.comment_bar import CommentBar
from desktop.moments.feed.delegate import FeedDelegate, Hit
from desktop.moments.feed.model import FeedModel
from desktop.moments.feed.session import FeedSession
from desktop.moments.feed.view import FeedView
from desktop.moments.shared import MomentsShared
from desktop.moments.texts import best_effort_note, window_footer
from desktop.moments.viewer import PostImageViewer
from desktop.widgets import TranslatedWidget, sentence

Confirm = Callable[[str, str], bool]


class FeedPage(TranslatedWidget):
    albumRequested = Signal(bytes)  # noqa: N815
    postRequested = Signal(bytes)  # noqa: N815
    notificationsRequested = Signal()  # noqa: N815
    shown = Signal()
    errorShown = Signal(str)  # noqa: N815

    def __init__(
        self,
        context: AppContext,
        shared: MomentsShared,
        author: bytes | None = None,
        single: bytes | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.shared = shared
        self.author = author
        self.single = single
        self._core = context.core
        self.me = bytes(context.core.me)
        self.runner = ScopedRunner(context.runner, self)
        album = author is not None
        self.model = FeedModel(album=album, cover=single is None, parent=self)
        self.model.now_ms = self._core.clock.now_ms
        self.view = FeedView(self)
        self.delegate = FeedDelegate(
            shared.directory,
            shared.avatars,
            shared.thumbnails,
            shared.colors,
            self._core.clock.now_ms,
            self.view,
        )
        self.delegate.cover_identity = author if author is not None else self.me
        self.delegate.model = self.model
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.model)
        self.session = FeedSession(self._core, self.runner, self.model, author, single, self)
        self.session.empty_text = self._empty_text
        self.session.end_text = self._end_text
        self.comment_bar = CommentBar(self)
        self.comment_bar.hide()
        self.toast = QLabel(self)
        self.toast.setObjectName("momentsToast")
        self.toast.setWordWrap(True)
        self.toast.hide()
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.setInterval(6000)
        self._toast_timer.timeout.connect(self.toast.hide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.comment_bar)
        self.commenting: tuple[Post, Comment | None] | None = None
        self._names: tuple[object, ...] = ()
        self.popup: PostActionsPopup | None = None
        self.viewer: PostImageViewer | None = None
        self.confirm: Confirm = self._ask
        self._connect()
        self.apply_colors(shared.colors)

    def _connect(self) -> None:
        self.view.nearEnd.connect(self.session.load_more)
        self.view.hitClicked.connect(self.on_hit)
        self.view.contextRequested.connect(self.show_context_menu)
        self.session.firstPageShown.connect(self._first_page)
        self.session.failed.connect(self.show_error)
        self.comment_bar.submitted.connect(self.send_comment)
        self.comment_bar.cancelled.connect(self.close_comment)
        # Bound methods, not lambdas: Qt drops them when this page is closed and deleted.
        self.shared.thumbnails.ready.connect(self._repaint)
        self.shared.avatars.changed.connect(self._repaint)
        self.shared.directory.changed.connect(self._names_changed)

    def start(self) -> None:
        self.session.start()

    def _repaint(self, *_args: object) -> None:
        self.view.viewport().update()

    def _first_page(self) -> None:
        self.view.doItemsLayout()
        self.shown.emit()

    def _names_changed(self) -> None:
        """Lay posts out again only if a name shown in them may have changed."""
        directory = self.shared.directory
        friends = [(bytes(c.identity), c.display_name) for c in directory.friends()]
        names = (directory.plain_name_of(self.me), *friends)
        if names == self._names:
            self.view.viewport().update()
            return
        self._names = names
        self.delegate.forget_layouts()
        self.model.touch_all()

    def retranslate(self) -> None:
        self.delegate.retranslate()
        self.comment_bar.retranslate()
        self.session.refresh_footer()
        self.model.touch_all()

    def apply_colors(self, colors: MomentsColors) -> None:
        self.delegate.colors = colors
        self.delegate.forget_layouts()
        self.comment_bar.set_icon_colour(colors.secondary_text)
        self.toast.setStyleSheet(
            f"background: {colors.popup}; color: {colors.popup_text}; border-radius: 6px;"
            " padding: 8px 14px;"
        )
        self.view.viewport().update()  # same fonts, same heights: only the paint changes

    def _empty_text(self) -> str:
        if self.single is not None:
            return translate("Moments", "This post was deleted, or you can no longer see it.")
        if self.author is None:
            return translate(
                "Moments", "No moments yet. Click the camera above to share your first one."
            )
        if self.author == self.me:
            return translate("Moments", "You have not posted anything yet.")
        name = self.shared.directory.plain_name_of(self.author)
        return translate("Moments", "%1 has not shared any posts with you.").replace("%1", name)

    def _end_text(self, days: int | None) -> str:
        if self.author is None or self.author == self.me:
            return ""
        return window_footer(self.shared.directory.plain_name_of(self.author), days)

    # -- hits --------------------------------------------------------------------------------

    def on_hit(self, hit: Hit) -> None:
        post = hit.post
        if hit.kind == "cover":
            self.albumRequested.emit(self.delegate.cover_identity)
        elif hit.kind == "notice":
            self.notificationsRequested.emit()
        elif hit.kind == "retry":
            self.session.start()
        elif post is None:
            return
        elif hit.kind == "author":
            self.albumRequested.emit(bytes(post.author))
        elif hit.kind == "entry":
            self.postRequested.emit(post.event_id)
        elif hit.kind == "fold":
            self.delegate.expanded ^= {post.event_id}
            self.model.touch(post.event_id)
        elif hit.kind == "image":
            self.view_images(post, hit.index)
        elif hit.kind == "more":
            self.open_actions(post, hit)
        elif hit.kind == "delete":
            self.delete_post(post)
        elif hit.kind == "comment" and hit.comment is not None:
            self.comment_clicked(post, hit.comment)

    def open_actions(self, post: Post, hit: Hit) -> PostActionsPopup:
        liked = any(bytes(like.author) == self.me for like in post.likes)
        self.popup = PostActionsPopup(self.shared.colors, liked, self)
        self.popup.likeClicked.connect(lambda: self.like(post, not liked))
        self.popup.commentClicked.connect(lambda: self.start_comment(post, None))
        assert hit.rect is not None
        anchor = self.view.viewport().mapToGlobal(hit.rect.topLeft().toPoint())
        self.popup.show_beside(anchor, int(hit.rect.height()))
        return self.popup

    def comment_clicked(self, post: Post, comment: Comment) -> None:
        """Our own comment: offer to delete it; someone else's: reply to it."""
        if bytes(comment.author) == self.me:
            self.delete_comment(post, comment)
        else:
            self.start_comment(post, comment)

    def show_context_menu(self, hit: Hit | None, where: QPoint) -> QMenu | None:
        if hit is None or hit.post is None:
            return None
        post, comment = hit.post, hit.comment
        menu = QMenu(self)
        if comment is not None:
            if bytes(comment.author) != self.me:
                menu.addAction(
                    translate("Moments", "Reply"), lambda: self.start_comment(post, comment)
                )
            menu.addAction(translate("Moments", "Copy"), lambda: self.copy_text(comment.text))
            if self.me in (bytes(comment.author), bytes(post.author)):
                menu.addAction(
                    translate("Moments", "Delete"), lambda: self.delete_comment(post, comment)
                )
        else:
            if post.text:
                menu.addAction(translate("Moments", "Copy text"), lambda: self.copy_text(post.text))
            menu.addAction(translate("Moments", "Comment"), lambda: self.start_comment(post, None))
            if bytes(post.author) == self.me:
                menu.addAction(translate("Moments", "Delete"), lambda: self.delete_post(post))
        menu.popup(where)
        return menu

    @staticmethod
    def copy_text(text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    # -- actions -----------------------------------------------------------------------------

    def like(self, post: Post, liked: bool = True) -> None:
        moments = self._core.moments
        self.runner.run(lambda: moments.like(post.event_id, liked), None, self.show_error)

    def start_comment(self, post: Post, reply_to: Comment | None) -> None:
        self.commenting = (post, reply_to)
        if reply_to is not None:
            name = self.shared.directory.plain_name_of(reply_to.author)
            hint = translate("Moments", "Reply to %1").replace("%1", name)
        else:
            name = self.shared.directory.plain_name_of(post.author)
            hint = translate("Moments", "Comment on %1's post").replace("%1", name)
        self.comment_bar.open_for(hint)
        self.model.set_highlight(post.event_id)
        self.view.part_rect(post.event_id, "more")  # scrolls the post into view

    def close_comment(self) -> None:
        self.commenting = None
        self.comment_bar.hide()
        self.model.set_highlight(None)

    def send_comment(self, text: str) -> None:
        if self.commenting is None:
            return
        post, reply_to = self.commenting
        moments = self._core.moments
        reply = reply_to.event_id if reply_to is not None else None
        self.comment_bar.set_busy(True)
        self.runner.run(
            lambda: moments.comment(post.event_id, text, reply),
            lambda _comment: self.close_comment(),
            self.comment_bar.show_error,
        )

    def delete_post(self, post: Post) -> None:
        if not self.confirm(translate("Moments", "Delete this post?"), best_effort_note()):
            return
        moments = self._core.moments
        self.runner.run(lambda: moments.delete_post(post.event_id), None, self.show_error)

    def delete_comment(self, post: Post, comment: Comment) -> None:
        if not self.confirm(translate("Moments", "Delete this comment?"), best_effort_note()):
            return
        moments = self._core.moments
        self.runner.run(lambda: moments.delete_comment(comment.event_id), None, self.show_error)

    def view_images(self, post: Post, index: int) -> PostImageViewer:
        self.viewer = PostImageViewer(self._core, self.context.runner, post, index, self)
        self.viewer.show()
        return self.viewer

    def _ask(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, title, parent=self)
        box.setInformativeText(text)
        delete = box.addButton(
            translate("Moments", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(translate("Moments", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is delete

    def show_error(self, message: str) -> None:
        self.toast.setText(sentence(message))
        self.toast.setMaximumWidth(max(200, self.width() - 80))
        self.toast.adjustSize()
        self.toast.move((self.width() - self.toast.width()) // 2, 16)
        self.toast.show()
        self.toast.raise_()
        self._toast_timer.start()
        self.errorShown.emit(message)

    def blob_arrived(self, blob_id: bytes) -> None:
        if self.viewer is not None:
            try:
                self.viewer.blob_arrived(blob_id)
            except RuntimeError:  # the viewer was closed (deleted on close)
                self.viewer = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.commenting:
            self.close_comment()
            return
        super().keyPressEvent(event)
