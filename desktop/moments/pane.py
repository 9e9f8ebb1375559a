"""The Moments pane: the timeline, albums, single posts and notifications as a stack of pages
under one header, with the new-post dialog and the visibility-window setting.

Signals (besides :class:`Pane`'s ``badgeChanged``, which carries the unread notifications):
    timelineShown(): the timeline's first page is laid out — a hook for ``hutong bench gui``
        (time from creating the pane, or from ``reload_timeline()``, to this signal; the list
        view to scroll is ``pane.timeline.view``).
    pageShown(str): a page was opened: "timeline", "album", "post" or "notifications".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from core.changes import (
    BlobArrived,
    Change,
    ContactChanged,
    MomentsChanged,
    ProfileChanged,
    ProjectionsRebuilt,
)
from desktop.chats.scoped_runner import ScopedRunner
from desktop.context import AppContext
from desktop.moments.colors import colors_for, pane_style
from desktop.moments.compose.dialog import ComposeDialog
from desktop.moments.feed.page import FeedPage
from desktop.moments.header import MomentsHeader
from desktop.moments.notifications import NotificationsPage
from desktop.moments.shared import MomentsShared
from desktop.moments.thumbnails import ThumbnailCache
from desktop.moments.window_menu import WindowMenu
from desktop.shell.pane import Pane

CHANGES_MS = 80
NAMES_WAIT_MS = 400


class MomentsPane(Pane):
    pane_id = "moments"
    icon_name = "moments"
    timelineShown = Signal()  # noqa: N815
    pageShown = Signal(str)  # noqa: N815

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._core = context.core
        self.runner = ScopedRunner(context.runner, self)
        directory = context.people.directory
        thumbnails = ThumbnailCache(self._core, self.runner, self)
        self.shared = MomentsShared(
            directory, context.people.avatars, thumbnails, colors_for(context.themes.effective)
        )
        self.header = MomentsHeader(self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("momentsPages")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        self.timeline = self._feed_page()
        self.timeline.session.firstPageShown.connect(self.timelineShown.emit)
        self.trail: list[tuple[QWidget, str]] = []  # (page, kind) opened above the timeline
        self.pages.addWidget(self.timeline)
        self.settings_menu = WindowMenu(self)
        self.settings_menu.windowChosen.connect(self.choose_window)
        self.compose_dialog: ComposeDialog | None = None
        self.unread = 0
        self._timeline_started = False
        self._pending: set[bytes] = set()
        self._reload_all = False
        self._changes_timer = QTimer(self)
        self._changes_timer.setSingleShot(True)
        self._changes_timer.setInterval(CHANGES_MS)
        self._changes_timer.timeout.connect(self._apply_changes)
        self._connect()
        self.apply_theme(context.themes.effective)
        self.retranslate()
        # Names first, so the first page never shows a short id where a name belongs.
        directory.changed.connect(self._start_timeline)
        QTimer.singleShot(NAMES_WAIT_MS, self, self._start_timeline)
        directory.reload()
        self.refresh_unread()
        self._load_window()

    def _connect(self) -> None:
        self.header.backClicked.connect(self.go_back)
        self.header.album.clicked.connect(lambda: self.open_album(bytes(self._core.me)))
        self.header.bell.clicked.connect(self.open_notifications)
        self.header.settings.clicked.connect(self._show_settings)
        self.header.compose.clicked.connect(self.open_compose)
        self.context.bridge.changes.connect(self._on_changes)
        self.context.themes.changed.connect(self.apply_theme)

    def _start_timeline(self) -> None:
        if not self._timeline_started:
            self._timeline_started = True
            self.timeline.start()

    def _feed_page(self, author: bytes | None = None, single: bytes | None = None) -> FeedPage:
        page = FeedPage(self.context, self.shared, author, single, self.pages)
        page.albumRequested.connect(self.open_album)
        page.postRequested.connect(self.open_post)
        page.notificationsRequested.connect(self.open_notifications)
        return page

    # -- words and looks ---------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Moments")

    def retranslate(self) -> None:
        self.header.album.setToolTip(self.tr("My album"))
        self.header.bell.setToolTip(self.tr("Notifications"))
        self.header.settings.setToolTip(self.tr("Moments settings"))
        self.header.compose.setToolTip(self.tr("New post"))
        self.header.back.setToolTip(self.tr("Back"))
        self._show_header()

    def _page_title(self, kind: str, author: bytes | None = None) -> str:
        if kind == "album":
            if author is None or bytes(author) == bytes(self._core.me):
                return self.tr("My album")
            name = self.shared.directory.plain_name_of(author)
            return self.tr("%1's album").replace("%1", name)
        if kind == "post":
            return self.tr("Post")
        if kind == "notifications":
            return self.tr("Notifications")
        return self.title()

    def _show_header(self) -> None:
        if not self.trail:
            self.header.set_page(self.title(), False)
            return
        page, kind = self.trail[-1]
        author = page.author if isinstance(page, FeedPage) else None
        self.header.set_page(self._page_title(kind, author), True)

    def apply_theme(self, theme: str) -> None:
        colors = colors_for(theme)
        self.shared.colors = colors
        self.setStyleSheet(pane_style(colors))
        self.header.set_colours(colors.icon)
        for page in self.feed_pages():
            page.apply_colors(colors)
        ratio = self.devicePixelRatioF() or 1.0
        self.shared.thumbnails.ratio = ratio
        self.shared.avatars.ratio = max(2.0, ratio)

    # -- pages -------------------------------------------------------------------------------

    def feed_pages(self) -> list[FeedPage]:
        pages = [self.timeline]
        pages.extend(p for p, _kind in self.trail if isinstance(p, FeedPage))
        return pages

    def current_page(self) -> QWidget:
        page = self.pages.currentWidget()
        assert page is not None
        return page

    def _push(self, page: QWidget, kind: str) -> None:
        self.trail.append((page, kind))
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self._show_header()
        self.pageShown.emit(kind)

    def go_back(self) -> None:
        if not self.trail:
            return
        page, _kind = self.trail.pop()
        self.pages.removeWidget(page)
        page.deleteLater()
        self.pages.setCurrentWidget(self.trail[-1][0] if self.trail else self.timeline)
        self._show_header()

    def go_home(self) -> None:
        while self.trail:
            self.go_back()

    def open_album(self, identity: bytes) -> FeedPage:
        """Someone's album (ours from the cover): their posts by date."""
        current = self.current_page()
        if isinstance(current, FeedPage) and current.author == bytes(identity):
            return current
        page = self._feed_page(author=bytes(identity))
        self._push(page, "album")
        page.start()
        return page

    def open_post(self, post_id: bytes) -> FeedPage:
        """One post on its own, with all its likes and comments."""
        page = self._feed_page(single=bytes(post_id))
        self._push(page, "post")
        page.start()
        return page

    def open_notifications(self) -> NotificationsPage:
        current = self.current_page()
        if isinstance(current, NotificationsPage):
            current.load()
            return current
        page = NotificationsPage(self.context, self.shared, self.pages)
        page.postChosen.connect(self.open_post)
        page.loaded.connect(self.refresh_unread)
        self._push(page, "notifications")
        page.load()
        return page

    def open_compose(self) -> ComposeDialog:
        dialog = ComposeDialog(self.context, self.shared, self)
        dialog.posted.connect(self._posted)
        self.compose_dialog = dialog
        dialog.open()
        return dialog

    def _posted(self, _post: object) -> None:
        self.go_home()
        self.timeline.view.scrollToTop()

    def reload_timeline(self) -> None:
        """Load the timeline again from the top (benchmarks time this to timelineShown)."""
        self.timeline.session.loaded_once = False
        self.timeline.start()

    # -- settings ----------------------------------------------------------------------------

    def _show_settings(self) -> None:
        button = self.header.settings
        self.settings_menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def _load_window(self) -> None:
        moments = self._core.moments
        self.runner.run(moments.window, self.settings_menu.set_current, self.timeline.show_error)

    def choose_window(self, days: int | None) -> None:
        moments = self._core.moments
        self.runner.run(
            lambda: moments.set_window(days),
            lambda _r: self.settings_menu.set_current(days),
            self.timeline.show_error,
        )

    # -- changes -----------------------------------------------------------------------------

    def _on_changes(self, changes: Sequence[Change]) -> None:
        touched = False
        for change in changes:
            if isinstance(change, MomentsChanged):
                self._pending.add(bytes(change.post_id))
                touched = True
            elif isinstance(change, BlobArrived):
                self.shared.thumbnails.blob_arrived(bytes(change.blob_id))
                for page in self.feed_pages():
                    page.blob_arrived(bytes(change.blob_id))
            elif isinstance(change, ContactChanged | ProjectionsRebuilt):
                self._reload_all = touched = True
            elif isinstance(change, ProfileChanged):
                self.timeline.model.touch_cover()
        if touched and not self._changes_timer.isActive():
            self._changes_timer.start()

    def _apply_changes(self) -> None:
        pending, self._pending = self._pending, set()
        reload_all, self._reload_all = self._reload_all, False
        for page in self.feed_pages():
            if reload_all:
                page.session.reload()
            else:
                page.session.posts_changed(pending)
        self.refresh_unread()

    def refresh_unread(self) -> None:
        moments = self._core.moments

        def work() -> tuple[int, bytes | None]:
            unread = [n for n in moments.notifications(1000) if n.unread]
            return len(unread), (bytes(unread[0].actor) if unread else None)

        self.runner.run(work, self._take_unread, lambda _message: None)

    def _take_unread(self, result: tuple[int, bytes | None]) -> None:
        count, actor = result
        self.timeline.model.set_notice(count, actor)
        self.header.set_unread(count)
        if count != self.unread:
            self.unread = count
            self.badgeChanged.emit(count)

    def activated(self) -> None:
        self.refresh_unread()
