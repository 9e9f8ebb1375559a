"""The rows of a feed: the cover, the new-notifications bar, posts (or album entries), and
a footer that says whether more is loading or this is the end."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from core.moments import Post


class RowKind(Enum):
    COVER = "cover"
    NOTICE = "notice"
    POST = "post"
    ENTRY = "entry"  # a post in an album: date column, thumbnail, snippet
    FOOTER = "footer"


class FooterState(Enum):
    LOADING = "loading"
    MORE = "more"  # more pages exist; they load when the end comes into view
    END = "end"
    EMPTY = "empty"
    ERROR = "error"


@dataclass(frozen=True)
class FeedRow:
    kind: RowKind
    key: str
    post: Post | None = None
    revision: int = 0
    show_date: bool = False
    show_year: bool = False

    def updated(self, post: Post) -> FeedRow:
        return replace(self, post=post, revision=self.revision + 1)

    def with_flags(self, show_date: bool, show_year: bool) -> FeedRow:
        return replace(self, show_date=show_date, show_year=show_year, revision=self.revision + 1)


def post_key(event_id: bytes) -> str:
    return "p:" + event_id.hex()


COVER_ROW = FeedRow(RowKind.COVER, "cover")
NOTICE_ROW = FeedRow(RowKind.NOTICE, "notice")
FOOTER_ROW = FeedRow(RowKind.FOOTER, "footer")
