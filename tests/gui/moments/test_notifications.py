"""Notifications: the "N new messages" bar and the rail badge for a friend's like, the list,
marking seen, and opening the post a notification is about."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.clock import ManualClock
from desktop.moments.feed.page import FeedPage
from desktop.moments.notifications import NotificationsPage
from tests.support.profiles import sync_all


def test_a_friends_like_shows_the_bar_and_badge_until_opened(
    qtbot: QtBot, people, show_pane, clock: ManualClock, screenshot
) -> None:
    ann, ben, cai = people("Ann", "Ben", "Cai")
    post = ann.moments.post("Our team won the relay!")
    sync_all([ann, ben, cai])
    shown = show_pane(ann)
    pane, page = shown.pane, shown.page
    assert page.model.notice_position() == -1 and pane.unread == 0

    badges: list[int] = []
    pane.badgeChanged.connect(badges.append)
    clock.advance(60_000)
    ben.moments.like(post.event_id)
    clock.advance(60_000)
    cai.moments.comment(post.event_id, "Congratulations!")
    sync_all([ann, ben, cai])  # arrives as if over the LAN: changes reach the pane
    qtbot.waitUntil(lambda: pane.unread == 2, timeout=5000)
    assert badges[-1] == 2 and pane.header.badge.count == 2
    assert page.model.notice_position() == 1
    assert page.model.notice_count == 2 and page.model.notice_actor == cai.me  # newest actor
    screenshot(pane, "moments-new-messages-bar")

    notice = page.view.row_rect(page.model.notice_position())
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=notice.center().toPoint())  # fmt: skip
    listing = pane.current_page()
    assert isinstance(listing, NotificationsPage)
    assert pane.header.title.text() == "Notifications" and pane.header.back.isVisible()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 2, timeout=5000)
    kinds = [e.notification.kind.value for e in listing.model.entries]
    assert kinds == ["comment", "like"]
    qtbot.waitUntil(lambda: pane.unread == 0, timeout=5000)
    assert badges[-1] == 0 and ann.moments.unread_notifications() == 0
    screenshot(pane, "moments-notifications")
    shown.context.themes.apply("dark")
    screenshot(pane, "dark-moments-notifications")
    shown.context.themes.apply("light")

    first = listing.view.visualRect(listing.model.index(0, 0))
    qtbot.mouseClick(listing.view.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    opened = pane.current_page()
    assert isinstance(opened, FeedPage) and opened.single == post.event_id
    qtbot.waitUntil(lambda: len(opened.model.posts()) == 1, timeout=5000)
    assert [c.text for c in opened.model.posts()[0].comments] == ["Congratulations!"]
    assert pane.header.title.text() == "Post"

    pane.go_back()
    pane.go_back()
    assert pane.current_page() is page and not pane.header.back.isVisible()
    qtbot.waitUntil(lambda: page.model.notice_position() == -1, timeout=5000)


def test_a_reply_to_my_comment_is_a_notification_too(
    qtbot: QtBot, people, show_pane, clock: ManualClock
) -> None:
    ann, ben = people("Ann", "Ben")
    post = ann.moments.post("Bake sale tomorrow")
    sync_all([ann, ben])
    mine = ben.moments.comment(post.event_id, "I'll bring scones")
    sync_all([ann, ben])
    clock.advance(60_000)
    ann.moments.comment(post.event_id, "Perfect", reply_to=mine.event_id)
    sync_all([ann, ben])
    shown = show_pane(ben)
    qtbot.waitUntil(lambda: shown.pane.unread == 1, timeout=5000)
    listing = shown.pane.open_notifications()
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=5000)
    entry = listing.model.entries[0]
    assert entry.notification.kind.value == "reply" and entry.post is not None
    qtbot.waitUntil(lambda: shown.pane.unread == 0, timeout=5000)
