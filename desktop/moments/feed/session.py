"""Loading one feed (the timeline, an album, or a single post) into its model, page by page,
and keeping it current as change records arrive.

All reads run through the runner. A changed post is fetched again through the same query as
the feed (``timeline``/``album`` with a cursor just past it), so windows, audiences and
deletions are honoured exactly as on a fresh load.

Signals:
    firstPageShown(): the first page is in the model (time a feed's opening to this).
    failed(str): loading failed; the text is for the user.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

from core.errors import NotFound
from core.facade import Core
from core.moments import Post
from desktop.chats.scoped_runner import Runner
from desktop.moments.feed.model import FeedModel
from desktop.moments.feed.rows import FooterState

FIRST_PAGE = 20
MORE_PAGE = 20
RELOAD_CAP = 400
MANY_CHANGES = 40
Cursor = tuple[int, bytes]


class FeedSession(QObject):
    firstPageShown = Signal()  # noqa: N815
    failed = Signal(str)

    def __init__(
        self,
        core: Core,
        runner: Runner,
        model: FeedModel,
        author: bytes | None = None,
        single: bytes | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._core = core
        self._runner = runner
        self.model = model
        self.author = author
        self.single = single
        self.has_more = False
        self.loading = False
        self.loaded_once = False
        self.window_days: int | None = None
        self._generation = 0
        self._missed = False
        self.empty_text: Callable[[], str] = lambda: ""
        self.end_text: Callable[[int | None], str] = lambda _days: ""

    # -- fetching (worker threads) -----------------------------------------------------------

    def _fetch(self, before: Cursor | None, limit: int) -> list[Post]:
        moments = self._core.moments
        if self.single is not None:
            post = self._probe(self.single)
            return [] if post is None else [post]
        if self.author is None:
            return moments.timeline(before=before, limit=limit)
        return moments.album(self.author, before=before, limit=limit)

    def _probe(self, post_id: bytes) -> Post | None:
        """The post as this feed may show it, or None (gone, hidden, outside the window)."""
        moments = self._core.moments
        try:
            post = moments.require(post_id)
        except NotFound:
            return None
        just_after = (post.timestamp_ms, post.event_id + b"\x00")
        if self.author is None or self.single is not None:
            found = moments.timeline(before=just_after, limit=1)
        else:
            found = moments.album(self.author, before=just_after, limit=1)
        return found[0] if found and found[0].event_id == post_id else None

    # -- loading -----------------------------------------------------------------------------

    def start(self) -> None:
        """Load the newest page (again, from the top)."""
        self._load_newest(FIRST_PAGE)

    def _load_newest(self, count: int) -> None:
        """Fetch the newest ``count`` posts (and the author's window) and show them."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        author = self.author

        def work() -> tuple[list[Post], int | None]:
            posts = self._fetch(None, count)
            days = self._core.moments.window(author) if author is not None else None
            return posts, days

        def done(result: tuple[list[Post], int | None]) -> None:
            if generation != self._generation:
                return
            posts, self.window_days = result
            self.loading = False
            self.has_more = self.single is None and len(posts) == count
            self.model.set_posts(posts)
            self.refresh_footer()
            first = not self.loaded_once
            self.loaded_once = True
            if first:
                self.firstPageShown.emit()
            if self._missed:
                self._missed = False
                self.reload()

        self._runner.run(work, done, self._failed)

    def load_more(self) -> None:
        if self.loading or not self.has_more:
            return
        oldest = self.model.oldest()
        if oldest is None:
            return
        self.loading = True
        generation = self._generation
        cursor = oldest.cursor

        def done(page: list[Post]) -> None:
            if generation != self._generation:
                return
            self.loading = False
            self.has_more = len(page) == MORE_PAGE
            known = {p.event_id for p in self.model.posts()}
            self.model.set_posts(self.model.posts() + [p for p in page if p.event_id not in known])
            self.refresh_footer()

        self._runner.run(lambda: self._fetch(cursor, MORE_PAGE), done, self._failed)

    def reload(self) -> None:
        """Fetch everything shown again (friends or windows changed), keeping the position."""
        if not self.loaded_once:
            self.start()
            return
        self._load_newest(min(RELOAD_CAP, max(FIRST_PAGE, len(self.model.posts()))))

    def posts_changed(self, post_ids: Iterable[bytes]) -> None:
        """Some posts changed (liked, commented, deleted, new): fetch just those again."""
        ids = set(post_ids)
        if not ids:
            return
        if not self.loaded_once:
            self._missed = True  # the first page may have been read just before this change
            return
        if b"" in ids or len(ids) > MANY_CHANGES:
            self.reload()
            return
        if self.single is not None:
            if self.single not in ids:
                return
            ids = {self.single}
        generation = self._generation

        def work() -> dict[bytes, Post | None]:
            return {post_id: self._probe(post_id) for post_id in ids}

        def done(found: dict[bytes, Post | None]) -> None:
            if generation == self._generation:
                self._merge(found)

        self._runner.run(work, done, self._failed)

    def _merge(self, found: dict[bytes, Post | None]) -> None:
        posts = {p.event_id: p for p in self.model.posts()}
        oldest = self.model.oldest()
        for post_id, post in found.items():
            if post is None:
                posts.pop(post_id, None)
            elif (
                post_id in posts
                or not self.has_more
                or (oldest is not None and post.cursor > oldest.cursor)
            ):
                posts[post_id] = post
        ordered = sorted(posts.values(), key=lambda p: p.cursor, reverse=True)
        self.model.set_posts(ordered)
        self.refresh_footer()

    def refresh_footer(self) -> None:
        if self.has_more:
            self.model.set_footer(FooterState.MORE)
        elif not self.model.posts():
            self.model.set_footer(FooterState.EMPTY, self.empty_text())
        else:
            self.model.set_footer(FooterState.END, self.end_text(self.window_days))

    def _failed(self, message: str) -> None:
        self.loading = False
        if not self.model.posts():
            self.model.set_footer(FooterState.ERROR, message)
        self.failed.emit(message)
