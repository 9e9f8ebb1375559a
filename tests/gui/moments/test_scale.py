"""A timeline of 5,000 posts with pictures: one page loads first, older pages load while
scrolling, and scrolling reaches the 1,000th post.

No clock here: how long a frame takes while scrolling is a figure of ``hutong bench gui``
("Moments: scrolling 1,000 of 5,000 posts"); on a busy machine a timed test would fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.clock import ManualClock
from tests.gui.moments.conftest import bulk_posts, new_image

POSTS = 5000
ROWS = 1000
STEP_PX = 180


@pytest.mark.slow
def test_scrolling_reaches_row_1000_of_a_5000_post_timeline_loading_pages_on_the_way(
    qtbot: QtBot, people, show_pane, clock: ManualClock, tmp_path: Path
) -> None:
    (ann,) = people("Ann")
    colours = ["#ef4444", "#f59e0b", "#10b981", "#3b82f6", "#8b5cf6", "#ec4899",
               "#14b8a6", "#f97316", "#6366f1"]  # fmt: skip
    seeds = [
        ann.moments.post(f"seed {n}", [new_image(tmp_path, f"s{n}{m}", 800, 600, colours[n * 3 + m])
                                       for m in range(3)])
        for n in range(3)
    ]  # fmt: skip
    bulk_posts(ann, POSTS, seeds, clock)

    shown = show_pane(ann, size=(900, 760))
    page = shown.page
    view = page.view
    assert len(page.model.posts()) == 20  # only the first page

    bar = view.verticalScrollBar()
    app = QApplication.instance()
    top_row = 0
    for _ in range(50_000):  # a bound on steps, not on time
        if top_row >= ROWS:
            break
        if bar.value() >= bar.maximum():  # at the end of what is loaded: the next page comes
            loaded, end = len(page.model.posts()), bar.value()
            qtbot.waitUntil(
                lambda loaded=loaded, end=end: (
                    len(page.model.posts()) > loaded or bar.maximum() > end
                ),
                timeout=60_000,
            )
        bar.setValue(bar.value() + STEP_PX)
        app.processEvents()  # layout, lazily loaded pages, decoded pictures, and the paint
        top_row = view.indexAt(QPoint(10, 10)).row()
    assert top_row >= ROWS, f"scrolling stopped at row {top_row}"
    assert ROWS <= len(page.model.posts()) < POSTS  # loaded page by page, not all at once
