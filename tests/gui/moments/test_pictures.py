"""Pictures: placeholders until thumbnails arrive, then the viewer over all of a post's
pictures, the thumbnail first and the original once sync has fetched it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from core.clock import ManualClock
from desktop.moments.thumbnails import ImageState
from tests.gui.moments.conftest import click_part, copy_blobs, new_image
from tests.support.profiles import sync_all


def test_placeholders_then_thumbnails_then_the_viewer_with_originals(
    qtbot: QtBot, people, show_pane, clock: ManualClock, tmp_path: Path, screenshot
) -> None:
    ann, ben = people("Ann", "Ben")
    colours = ["#0ea5e9", "#f97316", "#84cc16"]
    images = [new_image(tmp_path, f"v{n}", 1200, 900, c) for n, c in enumerate(colours)]
    post = ann.moments.post("Three views from the tower", images)
    sync_all([ann, ben])
    shown = show_pane(ben)
    page, cache = shown.page, shown.pane.shared.thumbnails
    qtbot.waitUntil(lambda: len(page.model.posts()) == 1, timeout=5000)
    thumbnails = [i.thumbnail for i in page.model.posts()[0].images]

    def states() -> set[ImageState]:
        page.view.viewport().repaint()
        return {cache.image(t, 104, 104)[0] for t in thumbnails}

    page.view.scroll_to_post(post.event_id)
    qtbot.waitUntil(lambda: states() == {ImageState.MISSING}, timeout=5000)
    screenshot(shown.pane, "moments-picture-placeholders")

    assert copy_blobs(ann, ben) == 3  # the thumbnails (originals only when asked for)
    qtbot.waitUntil(lambda: states() == {ImageState.READY}, timeout=5000)

    click_part(qtbot, page, post.event_id, "image", 1)
    viewer = page.viewer
    assert viewer is not None and viewer.index == 1
    qtbot.waitUntil(lambda: viewer.canvas.pixmap is not None, timeout=5000)
    assert not viewer.showing_original and viewer.canvas.pixmap.width() == 240  # thumbnail
    qtbot.waitUntil(lambda: bool(viewer.waiting), timeout=5000)  # sync was asked for the original
    assert viewer.status.text() == "Fetching the original from your friends…"
    assert viewer.counter.text() == "2 / 3"
    original = page.model.posts()[0].images[1].original.blob_id
    assert original in ben.missing_blobs()

    with qtbot.waitSignal(viewer.pictureShown, timeout=5000) as shown_signal:
        assert copy_blobs(ann, ben) == 1
    assert shown_signal.args == [1, True]
    assert viewer.canvas.pixmap.width() == 1200 and viewer.status.text() == "1200 × 900"
    screenshot(viewer, "moments-image-viewer")

    viewer.go(1)
    assert viewer.index == 2 and viewer.counter.text() == "3 / 3"
    assert not viewer.next.isEnabled() and viewer.previous.isEnabled()
    qtbot.waitUntil(lambda: viewer.canvas.pixmap is not None, timeout=5000)
    viewer.close()


def test_my_own_pictures_open_as_originals_at_once(
    qtbot: QtBot, people, show_pane, tmp_path: Path
) -> None:
    (ann,) = people("Ann")
    post = ann.moments.post("", [new_image(tmp_path, "solo", 900, 1200, "#6366f1")])
    shown = show_pane(ann)
    page = shown.page
    qtbot.waitUntil(lambda: len(page.model.posts()) == 1, timeout=5000)
    rect = page.view.part_rect(post.event_id, "image")
    assert rect is not None and rect.height() > rect.width()  # one picture keeps its shape
    viewer = page.view_images(page.model.posts()[0], 0)
    with qtbot.waitSignal(viewer.pictureShown, timeout=5000,
                          check_params_cb=lambda _i, original: original):  # fmt: skip
        pass
    assert viewer.canvas.pixmap.height() == 1200
    assert viewer.counter.text() == "1 / 1" and not viewer.next.isEnabled()
    viewer.close()
