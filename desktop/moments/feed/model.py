"""A feed as a Qt model: optional cover and notifications bar, the posts, a footer.

Posts are replaced by :meth:`FeedModel.set_posts` with a merge (rows removed, inserted and
updated in place), so the view keeps its scroll position and its cached row heights for
every post that did not change.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from core.moments import Post
from desktop.moments.feed.rows import (
    COVER_ROW,
    FOOTER_ROW,
    NOTICE_ROW,
    FeedRow,
    FooterState,
    RowKind,
    post_key,
)
from desktop.moments.texts import album_year, same_day

RowRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class FeedModel(QAbstractListModel):
    def __init__(
        self, album: bool = False, cover: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.album = album
        self._cover: FeedRow | None = COVER_ROW if cover else None
        self._notice: FeedRow | None = None
        self._posts: list[FeedRow] = []
        self._where: dict[bytes, int] = {}
        self._footer = FOOTER_ROW
        self.footer_state = FooterState.LOADING
        self.footer_text = ""
        self.notice_count = 0
        self.notice_actor: bytes | None = None
        self.highlight: bytes | None = None
        self.now_ms: Callable[[], int] = lambda: int(time.time() * 1000)

    def this_year(self) -> int:
        return album_year(self.now_ms())

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._offset() + len(self._posts) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row(index.row())
        if role == RowRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.post.text if row.post is not None else ""
        return None

    # -- reading -----------------------------------------------------------------------------

    def _offset(self) -> int:
        return (self._cover is not None) + (self._notice is not None)

    def row(self, position: int) -> FeedRow:
        offset = self._offset()
        if position >= offset:
            position -= offset
            return self._posts[position] if position < len(self._posts) else self._footer
        if position == 0 and self._cover is not None:
            return self._cover
        assert self._notice is not None
        return self._notice

    def posts(self) -> list[Post]:
        return [r.post for r in self._posts if r.post is not None]

    def post(self, event_id: bytes) -> Post | None:
        at = self._where.get(event_id)
        return None if at is None else self._posts[at].post

    def position_of(self, event_id: bytes) -> int:
        at = self._where.get(event_id)
        return -1 if at is None else self._offset() + at

    def position_of_key(self, key: str) -> int:
        """Where the row with ``key`` is (posts by id; cover, notice and footer by kind)."""
        if key.startswith("p:"):
            return self.position_of(bytes.fromhex(key[2:]))
        if key == "footer":
            return self.footer_position()
        if key == "notice":
            return self.notice_position()
        return 0 if key == "cover" and self._cover is not None else -1

    def footer_position(self) -> int:
        return self.rowCount() - 1

    def notice_position(self) -> int:
        return -1 if self._notice is None else int(self._cover is not None)

    def oldest(self) -> Post | None:
        return self._posts[-1].post if self._posts else None

    # -- changing ----------------------------------------------------------------------------

    def _reindex(self) -> None:
        self._where = {r.post.event_id: i for i, r in enumerate(self._posts) if r.post}

    def set_posts(self, posts: Sequence[Post]) -> None:
        """Show exactly ``posts`` (newest first), touching only the rows that differ."""
        wanted = {p.event_id for p in posts}
        offset = self._offset()
        position = len(self._posts) - 1
        while position >= 0:  # removals, in contiguous runs from the end
            if self._posts[position].post.event_id in wanted:  # type: ignore[union-attr]
                position -= 1
                continue
            end = position
            while position >= 0 and self._posts[position].post.event_id not in wanted:  # type: ignore[union-attr]
                position -= 1
            self.beginRemoveRows(QModelIndex(), offset + position + 1, offset + end)
            del self._posts[position + 1 : end + 1]
            self.endRemoveRows()
        self._reindex()
        at = 0
        while at < len(posts):
            post = posts[at]
            if at < len(self._posts) and self._posts[at].post.event_id == post.event_id:  # type: ignore[union-attr]
                if self._posts[at].post != post:
                    self._posts[at] = self._posts[at].updated(post)
                    self.dataChanged.emit(self.index(offset + at), self.index(offset + at))
                at += 1
                continue
            run: list[Post] = []
            while at + len(run) < len(posts) and posts[at + len(run)].event_id not in self._where:
                run.append(posts[at + len(run)])
            if not run:  # out of order (cannot happen with core's ordering): start over
                self._reset_posts(posts)
                return
            rows = [self._new_row(p) for p in run]
            self.beginInsertRows(QModelIndex(), offset + at, offset + at + len(rows) - 1)
            self._posts[at:at] = rows
            self._reindex()
            self.endInsertRows()
            at += len(rows)
        if self.album:
            self._refresh_album_flags()

    def _new_row(self, post: Post) -> FeedRow:
        return FeedRow(RowKind.ENTRY if self.album else RowKind.POST, post_key(post.event_id), post)

    def _reset_posts(self, posts: Sequence[Post]) -> None:
        self.beginResetModel()
        self._posts = [self._new_row(p) for p in posts]
        self._reindex()
        self.endResetModel()
        if self.album:
            self._refresh_album_flags()

    def _refresh_album_flags(self) -> None:
        offset = self._offset()
        previous: Post | None = None
        for at, row in enumerate(self._posts):
            post = row.post
            assert post is not None
            show_date = previous is None or not same_day(previous.timestamp_ms, post.timestamp_ms)
            before = album_year(previous.timestamp_ms) if previous else self.this_year()
            show_year = album_year(post.timestamp_ms) != before
            if (row.show_date, row.show_year) != (show_date, show_year):
                self._posts[at] = row.with_flags(show_date, show_year)
                self.dataChanged.emit(self.index(offset + at), self.index(offset + at))
            previous = post

    def set_notice(self, count: int, actor: bytes | None) -> None:
        """The "N new messages" bar under the cover (timeline only); 0 removes it."""
        if self._cover is None:
            return
        self.notice_count, self.notice_actor = count, actor
        at = 1
        if count <= 0 and self._notice is not None:
            self.beginRemoveRows(QModelIndex(), at, at)
            self._notice = None
            self.endRemoveRows()
        elif count > 0 and self._notice is None:
            self.beginInsertRows(QModelIndex(), at, at)
            self._notice = NOTICE_ROW
            self.endInsertRows()
        elif count > 0 and self._notice is not None:
            self._notice = replace(self._notice, revision=self._notice.revision + 1)
            self.dataChanged.emit(self.index(at), self.index(at))

    def set_footer(self, state: FooterState, text: str = "") -> None:
        if (state, text) == (self.footer_state, self.footer_text):
            return
        self.footer_state, self.footer_text = state, text
        self._footer = replace(self._footer, revision=self._footer.revision + 1)
        at = self.footer_position()
        self.dataChanged.emit(self.index(at), self.index(at))

    def touch_cover(self) -> None:
        if self._cover is not None:
            self._cover = replace(self._cover, revision=self._cover.revision + 1)
            self.dataChanged.emit(self.index(0), self.index(0))

    def set_highlight(self, event_id: bytes | None) -> None:
        changed = [self.highlight, event_id]
        self.highlight = event_id
        for key in changed:
            at = self.position_of(key) if key else -1
            if at >= 0:
                self.dataChanged.emit(self.index(at), self.index(at))

    def touch(self, event_id: bytes) -> None:
        """A post's look changed without its data (folded or unfolded): redraw and resize it."""
        at = self.position_of(event_id)
        if at >= 0:
            self.dataChanged.emit(self.index(at), self.index(at))

    def touch_all(self) -> None:
        self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))
