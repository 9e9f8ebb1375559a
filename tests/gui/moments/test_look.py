"""The pane as people see it, in the light and the dark theme: a lived-in timeline, the
Like/Comment popup, long text folded to six lines, an empty timeline, and the language
switching live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.clock import ManualClock
from tests.gui.moments.conftest import Shown, click_part, copy_blobs, new_image
from tests.support.profiles import sync_all

MINUTE = 60_000


def _with_popup(pane: QWidget, popup: QWidget, path: Path) -> None:
    """The pane's picture with the (separate, top-level) popup painted where it is."""
    picture = pane.grab()
    painter = QPainter(picture)
    painter.drawPixmap(pane.mapFromGlobal(popup.pos()), popup.grab())
    painter.end()
    picture.save(str(path))


def _settle(qtbot: QtBot, shown: Shown) -> None:
    cache = shown.pane.shared.thumbnails
    for _ in range(3):  # paint, decode what the paint asked for, paint again
        shown.page.view.viewport().repaint()
        qtbot.waitUntil(lambda: not cache.busy, timeout=10_000)


def test_a_lived_in_timeline_in_both_themes(
    qtbot: QtBot, people, show_pane, clock: ManualClock, tmp_path: Path, screenshot
) -> None:
    ann, ben, cai = people("Ann Lee", "Ben Wu", "Cai")
    colours = ["#3b82f6", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#0ea5e9"]
    harbour = ann.moments.post(
        "Sunset over the harbour tonight. Who is up for a walk along the pier tomorrow?",
        [new_image(tmp_path, f"h{n}", 640, 480, c) for n, c in enumerate(colours)],
    )
    clock.advance(20 * MINUTE)
    ben.moments.post("Lunch!", [new_image(tmp_path, "lunch", 480, 640, "#f97316")])
    sync_all([ann, ben, cai])
    clock.advance(3 * MINUTE)
    ben.moments.like(harbour.event_id)
    walk = ben.moments.comment(harbour.event_id, "Count me in!")
    cai.moments.like(harbour.event_id)
    clock.advance(MINUTE)
    cai.moments.comment(harbour.event_id, "Beautiful colours")
    clock.advance(2 * MINUTE)
    cai.moments.post("Working from the library today. Very quiet, very good coffee.")
    sync_all([ann, ben, cai])
    clock.advance(MINUTE)
    ann.moments.comment(harbour.event_id, "Great, 7 pm at the pier", reply_to=walk.event_id)
    copy_blobs(ben, ann)

    shown = show_pane(ann, size=(860, 900))
    page = shown.page
    qtbot.waitUntil(lambda: len(page.model.posts()) == 3, timeout=5000)
    _settle(qtbot, shown)
    screenshot(shown.pane, "moments-timeline")
    page.view.scroll_to_post(harbour.event_id)
    _settle(qtbot, shown)
    screenshot(shown.pane, "moments-timeline-post")
    shown.context.themes.apply("dark")
    _settle(qtbot, shown)
    screenshot(shown.pane, "dark-moments-timeline-post")

    click_part(qtbot, page, harbour.event_id, "more")
    assert page.popup is not None
    _with_popup(shown.pane, page.popup, Path(screenshot(shown.pane, "dark-moments-actions")))
    qtbot.mouseClick(page.popup.comment, Qt.MouseButton.LeftButton)
    assert page.comment_bar.isVisible()
    screenshot(shown.pane, "dark-moments-comment-bar")
    qtbot.keyClick(page.comment_bar.field, Qt.Key.Key_Escape)
    assert not page.comment_bar.isVisible()
    shown.context.themes.apply("light")
    page.view.verticalScrollBar().setValue(0)
    _settle(qtbot, shown)
    screenshot(shown.pane, "moments-light-top")

    shown.pane.resize(520, 900)  # narrower than the feed column: text wraps again
    qtbot.waitUntil(lambda: page.view.viewport().width() < 520, timeout=10_000)
    position = page.model.position_of(harbour.event_id)
    row = page.model.row(position)
    width = page.view.viewport().width()
    assert page.view.row_rect(position).height() == page.delegate.row_height(row, width)
    page.view.scroll_to_post(harbour.event_id)
    _settle(qtbot, shown)
    screenshot(shown.pane, "moments-narrow")


def test_long_text_folds_to_six_lines_and_unfolds(
    qtbot: QtBot, people, show_pane, clock: ManualClock
) -> None:
    ann, ben = people("Ann", "Ben")
    post = ann.moments.post("A long story about the weekend hike. " * 40)
    sync_all([ann, ben])
    shown = show_pane(ben)
    page = shown.page
    qtbot.waitUntil(lambda: len(page.model.posts()) == 1, timeout=5000)
    position = page.model.position_of(post.event_id)
    folded = page.view.row_rect(position).height()
    layout = page.delegate.layout_for(page.model.row(position), page.view.viewport().width())
    assert layout.text_lines == 6 and layout.folded  # type: ignore[union-attr]
    click_part(qtbot, page, post.event_id, "fold")
    unfolded = page.view.row_rect(position).height()
    assert unfolded > folded + 100
    click_part(qtbot, page, post.event_id, "fold")
    assert page.view.row_rect(position).height() == folded


def test_an_empty_timeline_and_a_live_language_switch(
    qtbot: QtBot, people, show_pane, screenshot
) -> None:
    (ann,) = people("Ann")
    shown = show_pane(ann)
    assert shown.page.model.footer_text.startswith("No moments yet")
    screenshot(shown.pane, "moments-empty")
    shown.context.themes.apply("dark")
    screenshot(shown.pane, "moments-dark-empty")
    shown.context.translations.install("zh_CN")
    try:
        qtbot.waitUntil(lambda: shown.pane.header.title.text() == "朋友圈", timeout=10_000)
        shown.page.view.viewport().repaint()  # painted words are laid out again
        screenshot(shown.pane, "moments-zh-cn")
    finally:
        shown.context.translations.install("en")
    qtbot.waitUntil(lambda: shown.pane.header.title.text() == "Moments", timeout=10_000)
    assert shown.pane.header.compose.toolTip() == "New post"
