"""Albums (mine from the cover, a friend's from their avatar) and the visibility window: what
a friend sees changes when I choose "last 3 days"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.clock import ManualClock
from desktop.moments.feed.page import FeedPage
from desktop.moments.feed.rows import FooterState, RowKind
from tests.gui.moments.conftest import click_part, copy_blobs, new_image
from tests.support.profiles import sync_all

DAY_MS = 86_400_000


def test_my_album_from_the_cover_and_a_friends_from_their_avatar(
    qtbot: QtBot, people, show_pane, clock: ManualClock, tmp_path: Path, screenshot
) -> None:
    ann, ben = people("Ann", "Ben")
    ann.moments.post("Old days: a long text-only post about the trip to the mountains "
                     "with the whole climbing club and far too many snacks.")  # fmt: skip
    clock.advance(38 * DAY_MS)
    ann.moments.post("Two pictures", [new_image(tmp_path, "a", colour="#0ea5e9"),
                                      new_image(tmp_path, "b", colour="#f43f5e")])  # fmt: skip
    clock.advance(DAY_MS)
    ann.moments.post("Three more", [new_image(tmp_path, f"c{n}", colour=c)
                                    for n, c in enumerate(["#22c55e", "#eab308", "#a855f7"])])  # fmt: skip
    clock.advance(DAY_MS)
    ben_post = ben.moments.post("Ben here")
    sync_all([ann, ben])
    shown = show_pane(ann)
    pane = shown.pane
    qtbot.waitUntil(lambda: len(shown.texts()) == 4, timeout=5000)

    avatar = shown.page.view.cover_avatar_rect()
    assert avatar is not None
    with qtbot.waitSignal(pane.pageShown, timeout=5000):
        qtbot.mouseClick(shown.page.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=avatar.center().toPoint())  # fmt: skip
    album = pane.current_page()
    assert isinstance(album, FeedPage) and album.author == ann.me
    assert pane.header.title.text() == "My album"
    qtbot.waitUntil(lambda: len(album.model.posts()) == 3, timeout=5000)
    assert [r.kind for r in (album.model.row(1), album.model.row(2))] == [RowKind.ENTRY] * 2
    qtbot.waitUntil(lambda: not pane.shared.thumbnails.busy, timeout=5000)
    album.view.viewport().repaint()
    qtbot.waitUntil(lambda: not pane.shared.thumbnails.busy, timeout=5000)
    screenshot(pane, "moments-my-album")
    shown.context.themes.apply("dark")
    screenshot(pane, "dark-moments-my-album")
    shown.context.themes.apply("light")

    entry = album.model.position_of(album.model.posts()[0].event_id)
    rect = album.view.row_rect(entry)
    hit = album.view.hit_at(rect.center().toPoint())
    assert hit is not None and hit.kind == "entry"
    album.on_hit(hit)
    single = pane.current_page()
    assert isinstance(single, FeedPage) and single.single == album.model.posts()[0].event_id
    qtbot.waitUntil(lambda: len(single.model.posts()) == 1, timeout=5000)
    pane.go_home()

    qtbot.mouseClick(pane.header.album, Qt.MouseButton.LeftButton)  # the header's way in
    again = pane.current_page()
    assert isinstance(again, FeedPage) and again.author == ann.me
    qtbot.mouseClick(pane.header.album, Qt.MouseButton.LeftButton)
    assert pane.current_page() is again and len(pane.trail) == 1  # not opened twice
    pane.go_back()

    click_part(qtbot, shown.page, ben_post.event_id, "author")
    friend = pane.current_page()
    assert isinstance(friend, FeedPage) and friend.author == ben.me
    assert pane.header.title.text() == "Ben's album"
    qtbot.waitUntil(lambda: [p.text for p in friend.model.posts()] == ["Ben here"], timeout=5000)


def test_the_window_setting_changes_what_a_friend_sees(
    qtbot: QtBot, people, show_pane, clock: ManualClock, screenshot
) -> None:
    ann, ben = people("Ann", "Ben")
    ann.moments.post("ten days ago")
    clock.advance(10 * DAY_MS)
    ann.moments.post("today")
    sync_all([ann, ben])
    mine = show_pane(ann)
    theirs = show_pane(ben)
    assert theirs.texts() == ["today", "ten days ago"]
    menu = mine.pane.settings_menu
    assert menu.choices[None].isChecked()
    assert [a.text() for a in menu.choices.values()] == [
        "Last 3 days", "Last month", "Last 6 months", "All",
    ]  # fmt: skip
    menu.choices[3].trigger()
    qtbot.waitUntil(lambda: ann.moments.window() == 3, timeout=5000)
    assert menu.choices[3].isChecked()
    assert mine.texts() == ["today", "ten days ago"]  # I still see all of mine

    sync_all([ann, ben])
    qtbot.waitUntil(lambda: theirs.texts() == ["today"], timeout=5000)
    album = theirs.pane.open_album(ann.me)
    qtbot.waitUntil(lambda: album.model.footer_state is FooterState.END, timeout=5000)
    assert [p.text for p in album.model.posts()] == ["today"]
    assert album.model.footer_text == "Ann lets friends see only the last 3 days of posts."
    screenshot(theirs.pane, "moments-friend-album-window")

    menu.choices[None].trigger()
    qtbot.waitUntil(lambda: ann.moments.window() is None, timeout=5000)
    sync_all([ann, ben])
    qtbot.waitUntil(lambda: len(album.model.posts()) == 2, timeout=5000)
    theirs.pane.go_back()
    qtbot.waitUntil(lambda: theirs.texts() == ["today", "ten days ago"], timeout=5000)
    assert copy_blobs(ann, ben) == 0
