"""The timeline: posts newest first, like and comment by clicking, reply, delete, lazy pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.clock import ManualClock
from desktop.moments.feed.actions_popup import PostActionsPopup
from desktop.moments.feed.rows import FooterState
from tests.gui.moments.conftest import click_part, wait_idle
from tests.support.profiles import sync_all


def _popup(page) -> PostActionsPopup:  # type: ignore[no-untyped-def]
    assert page.popup is not None and page.popup.isVisible()
    return page.popup


def test_like_and_comment_by_clicking(
    qtbot: QtBot, people, show_pane, clock: ManualClock, screenshot
) -> None:
    ann, ben = people("Ann", "Ben")
    post = ann.moments.post("Dumplings at my place on Friday?")
    sync_all([ann, ben])
    shown = show_pane(ben)
    page = shown.page
    assert shown.texts() == ["Dumplings at my place on Friday?"]

    click_part(qtbot, page, post.event_id, "more")
    popup = _popup(page)
    assert popup.like.text() == "Like"
    screenshot(shown.pane, "moments-actions-popup")
    qtbot.mouseClick(popup.like, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.model.post(post.event_id).likes) == 1, timeout=5000)
    assert page.model.post(post.event_id).likes[0].author == ben.me

    click_part(qtbot, page, post.event_id, "more")
    popup = _popup(page)
    assert popup.like.text() == "Cancel"  # liked already: the same button takes it back
    qtbot.mouseClick(popup.comment, Qt.MouseButton.LeftButton)
    bar = page.comment_bar
    assert bar.isVisible() and bar.field.placeholderText() == "Comment on Ann's post"
    assert page.model.highlight == post.event_id
    qtbot.keyClicks(bar.field, "Count me in")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(page.model.post(post.event_id).comments) == 1, timeout=5000)
    assert not bar.isVisible() and page.model.highlight is None
    comment = page.model.post(post.event_id).comments[0]
    assert (comment.author, comment.text) == (ben.me, "Count me in")

    sync_all([ann, ben])
    seen = ann.moments.require(post.event_id)
    assert [like.author for like in seen.likes] == [ben.me]
    assert [c.text for c in seen.comments] == ["Count me in"]


def test_reply_to_a_comment_by_clicking_it(
    qtbot: QtBot, people, show_pane, clock: ManualClock, screenshot
) -> None:
    ann, ben = people("Ann", "Ben")
    post = ann.moments.post("Which film tonight?")
    sync_all([ann, ben])
    ben.moments.comment(post.event_id, "The new one with the robots")
    sync_all([ann, ben])
    shown = show_pane(ann)
    page = shown.page
    qtbot.waitUntil(lambda: len(page.model.post(post.event_id).comments) == 1, timeout=5000)

    clock.advance(1000)
    click_part(qtbot, page, post.event_id, "comment", 0)
    assert page.comment_bar.isVisible()
    assert page.comment_bar.field.placeholderText() == "Reply to Ben"
    page.comment_bar.field.setText("Robots it is — 8 pm")  # non-ASCII: set, not typed
    qtbot.mouseClick(page.comment_bar.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.model.post(post.event_id).comments) == 2, timeout=5000)
    reply = page.model.post(post.event_id).comments[1]
    assert reply.reply_to_author == ben.me and reply.author == ann.me
    screenshot(shown.pane, "moments-reply")

    sync_all([ann, ben])
    kinds = [n.kind.value for n in ben.moments.notifications()]
    assert kinds == ["reply"]


def test_delete_my_post_and_comments_with_confirmation(
    qtbot: QtBot, people, show_pane, clock: ManualClock
) -> None:
    ann, ben = people("Ann", "Ben")
    keep = ann.moments.post("keep this one")
    clock.advance(1000)
    oops = ann.moments.post("oops, wrong photo")
    sync_all([ann, ben])
    ben_comment = ben.moments.comment(keep.event_id, "nice")
    sync_all([ann, ben])
    clock.advance(1000)
    ann.moments.comment(keep.event_id, "thanks")
    shown = show_pane(ann)
    page = shown.page
    qtbot.waitUntil(lambda: len(page.model.post(keep.event_id).comments) == 2, timeout=5000)
    asked: list[str] = []

    def refuse(title: str, text: str) -> bool:
        asked.append(title)
        assert "sync" in text  # says deletion elsewhere is best effort
        return False

    page.confirm = refuse
    click_part(qtbot, page, oops.event_id, "delete")
    assert asked == ["Delete this post?"]
    wait_idle(qtbot, shown)
    assert shown.texts() == ["oops, wrong photo", "keep this one"]

    page.confirm = lambda _title, _text: True
    click_part(qtbot, page, oops.event_id, "delete")
    qtbot.waitUntil(lambda: shown.texts() == ["keep this one"], timeout=5000)

    click_part(qtbot, page, keep.event_id, "comment", 1)  # my own comment: delete it
    qtbot.waitUntil(lambda: len(page.model.post(keep.event_id).comments) == 1, timeout=5000)
    assert page.model.post(keep.event_id).comments[0].event_id == ben_comment.event_id
    menu = page.show_context_menu(page.view.hit_at(
        page.view.part_rect(keep.event_id, "comment", 0).center().toPoint()
    ), page.mapToGlobal(page.rect().center()))  # fmt: skip
    assert menu is not None
    labels = [a.text() for a in menu.actions()]
    assert labels == ["Reply", "Copy", "Delete"]  # a friend's comment on my post
    menu.actions()[2].trigger()
    qtbot.waitUntil(lambda: page.model.post(keep.event_id).comments == (), timeout=5000)
    menu.close()
    sync_all([ann, ben])
    assert [p.text for p in ben.moments.timeline()] == ["keep this one"]
    assert ben.moments.require(keep.event_id).comments == ()


def test_new_posts_arrive_live_and_pages_load_lazily(
    qtbot: QtBot, people, show_pane, clock: ManualClock
) -> None:
    ann, ben = people("Ann", "Ben")
    for n in range(45):
        ben.moments.post(f"note {n}")
        clock.advance(1000)
    sync_all([ann, ben])
    shown = show_pane(ann, size=(860, 600))
    page = shown.page
    assert shown.texts()[:2] == ["note 44", "note 43"]
    assert len(shown.texts()) == 20
    assert page.model.footer_state is FooterState.MORE
    bar = page.view.verticalScrollBar()
    while len(shown.texts()) < 45:
        bar.setValue(bar.maximum())
        qtbot.wait(20)
    assert shown.texts() == [f"note {n}" for n in range(44, -1, -1)]
    qtbot.waitUntil(lambda: page.model.footer_state is FooterState.END, timeout=5000)

    clock.advance(1000)
    ben.moments.post("fresh from the oven")
    sync_all([ann, ben])
    qtbot.waitUntil(lambda: shown.texts()[0] == "fresh from the oven", timeout=5000)
    assert len(shown.texts()) == 46


def test_a_failed_action_is_told_in_words_not_a_traceback(
    qtbot: QtBot, people, show_pane, clock: ManualClock
) -> None:
    (ann,) = people("Ann")
    post = ann.moments.post("short-lived")
    shown = show_pane(ann)
    page = shown.page
    stale = page.model.post(post.event_id)
    assert stale is not None
    ann.moments.delete_post(post.event_id)  # gone in core; the click below raced it
    with qtbot.waitSignal(page.errorShown, timeout=5000) as error:
        page.like(stale)
    assert error.args == ["this post was deleted"]
    assert page.toast.isVisible() and page.toast.text() == "This post was deleted."
    qtbot.waitUntil(lambda: shown.texts() == [], timeout=5000)
