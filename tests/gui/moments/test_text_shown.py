"""Post text as people wrote it: line breaks kept, names ending in an emoji intact."""

from __future__ import annotations

from PySide6.QtGui import QTextLayout
from pytestqt.qtbot import QtBot

from core.clock import ManualClock
from desktop.moments.feed.layout import PostLayout
from tests.gui.moments.conftest import Shown
from tests.support.profiles import sync_all


def _layout(shown: Shown, post_id: bytes) -> PostLayout:
    page = shown.page
    row = page.model.row(page.model.position_of(post_id))
    layout = page.delegate.layout_for(row, page.view.viewport().width())
    assert isinstance(layout, PostLayout)
    return layout


def _coloured(layout: QTextLayout) -> list[str]:
    """The text each format range covers, cut out of the QString (UTF-16) the way Qt does."""
    units = layout.text().encode("utf-16-le")
    return [
        units[2 * r.start : 2 * (r.start + r.length)].decode("utf-16-le")  # raises mid-pair
        for r in layout.formats()
    ]


def test_a_post_keeps_its_line_breaks(qtbot: QtBot, people, show_pane, screenshot) -> None:
    (ann,) = people("Ann")
    one = ann.moments.post("One line only")
    three = ann.moments.post("Shopping list:\neggs\nflour")
    shown = show_pane(ann)
    qtbot.waitUntil(lambda: len(shown.texts()) == 2)
    single, multi = _layout(shown, one.event_id), _layout(shown, three.event_id)
    assert single.text is not None and multi.text is not None
    assert single.text.lineCount() == 1
    assert multi.text.lineCount() == 3
    lines = [multi.text.lineAt(n) for n in range(3)]
    assert [multi.text.text()[ln.textStart() : ln.textStart() + 5] for ln in lines] == [
        "Shopp", "eggs\u2028", "flour",
    ]  # fmt: skip
    assert multi.height >= single.height + 2 * lines[0].height()
    screenshot(shown.pane, "moments-line-breaks")


def test_names_ending_in_an_emoji_colour_likes_and_comments_whole(
    qtbot: QtBot, people, show_pane, clock: ManualClock, screenshot
) -> None:
    ann, zoe, ben = people("Ann", "Zoë 🙂", "Ben 🐼")
    post = ann.moments.post("Dumplings at my place on Friday?")
    sync_all([ann, zoe, ben])
    zoe.moments.like(post.event_id)
    clock.advance(1000)
    ben.moments.like(post.event_id)
    clock.advance(1000)
    first = zoe.moments.comment(post.event_id, "Count me in 🥟")
    sync_all([ann, zoe, ben])
    clock.advance(1000)
    ann.moments.comment(post.event_id, "See you 🙂", reply_to=first.event_id)
    shown = show_pane(ann)
    qtbot.waitUntil(lambda: len(shown.page.model.post(post.event_id).comments) == 2)
    layout = _layout(shown, post.event_id)
    assert layout.likes is not None
    assert _coloured(layout.likes) == ["Zoë 🙂", "Ben 🐼"]
    assert [_coloured(line.layout) for line in layout.comments] == [
        ["Zoë 🙂"], ["Ann", "Zoë 🙂"],
    ]  # fmt: skip
    screenshot(shown.pane, "moments-emoji-names")
