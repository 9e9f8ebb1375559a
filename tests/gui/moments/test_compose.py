"""Writing a post: text and real pictures, the audience picker, and bad input that posts
nothing (an undecodable file, more than 2,000 characters, ten pictures)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from core.clock import ManualClock
from core.moments import Audience
from desktop.moments.thumbnails import ImageState
from tests.gui.moments.conftest import copy_blobs, picture, wait_idle
from tests.support.profiles import sync_all


def test_post_text_and_pictures_then_see_the_nine_grid(
    qtbot: QtBot, people, show_pane, tmp_path: Path, screenshot
) -> None:
    ann, ben = people("Ann", "Ben")
    shown = show_pane(ann)
    dialog = shown.pane.open_compose()
    dialog.text.setPlainText("Autumn in the hutong: four colours of the same street")
    colours = ["#ef4444", "#f59e0b", "#10b981", "#3b82f6"]
    paths = [str(picture(tmp_path / f"p{n}.png", 1600, 1200, c)) for n, c in enumerate(colours)]
    assert dialog.add_paths(paths) == 4
    assert not dialog.post_button.isEnabled()  # pictures still being prepared
    qtbot.waitUntil(lambda: not dialog.grid.busy(), timeout=10_000)
    prepared = dialog.grid.prepared()
    assert [(p.width, p.height, p.mime) for p in prepared] == [(1600, 1200, "image/png")] * 4
    thumbnail = QImage(prepared[0].thumbnail_path)
    assert (thumbnail.width(), thumbnail.height()) == (480, 360)  # longest side 480, a JPEG
    assert dialog.counter.text() == "53 / 2000"
    screenshot(dialog, "moments-compose")
    shown.context.themes.apply("dark")
    dialog.setStyleSheet(dialog._style())
    screenshot(dialog, "dark-moments-compose")
    shown.context.themes.apply("light")

    with qtbot.waitSignal(dialog.posted, timeout=10_000):
        qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    page = shown.page
    qtbot.waitUntil(lambda: len(page.model.posts()) == 1, timeout=5000)
    post = page.model.posts()[0]
    assert post.text.startswith("Autumn") and len(post.images) == 4
    assert post.images[0].original.size == Path(paths[0]).stat().st_size  # the file as it is

    sync_all([ann, ben])
    assert copy_blobs(ann, ben) == 4  # thumbnails travel by themselves, originals on demand
    seen = show_pane(ben)
    qtbot.waitUntil(lambda: len(seen.page.model.posts()) == 1, timeout=5000)
    cache = seen.pane.shared.thumbnails

    def ready() -> bool:
        seen.page.view.viewport().repaint()
        return all(
            cache.image(i.thumbnail, 104, 104)[0] is ImageState.READY
            for i in seen.page.model.posts()[0].images
        )

    seen.page.view.scroll_to_post(post.event_id)
    qtbot.waitUntil(ready, timeout=10_000)
    screenshot(seen.pane, "moments-four-pictures")


def test_the_audience_picker_posts_to_the_chosen_friends_only(
    qtbot: QtBot, people, show_pane, clock: ManualClock, screenshot
) -> None:
    ann, ben, cai = people("Ann", "Ben", "Cai")
    ann.contacts.set_tags(cai.me, ["Climbing"])
    shown = show_pane(ann)
    dialog = shown.pane.open_compose()
    qtbot.waitUntil(lambda: bool(dialog.names), timeout=5000)
    dialog.text.setPlainText("Only for Ben")
    qtbot.mouseClick(dialog.audience_button, Qt.MouseButton.LeftButton)
    picker = dialog.picker
    assert dialog.pages.currentWidget() is picker
    picker.options[Audience.CHOSEN].setChecked(True)
    assert picker.list.isVisible()
    qtbot.mouseClick(picker.done, Qt.MouseButton.LeftButton)  # nobody chosen yet
    assert picker.notice.isVisible() and "at least one" in picker.notice.text()
    picker.check(people=[ben.me])
    screenshot(dialog, "moments-audience-picker")
    qtbot.mouseClick(picker.done, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentWidget() is dialog.compose
    assert dialog.audience_button.summary.text() == "Share with: Ben"
    with qtbot.waitSignal(dialog.posted, timeout=10_000):
        qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)

    clock.advance(1000)
    second = shown.pane.open_compose()
    qtbot.waitUntil(lambda: bool(second.names), timeout=5000)
    second.text.setPlainText("Not for the climbers")
    second.open_audience()
    second.picker.options[Audience.ALL_EXCEPT].setChecked(True)
    second.picker.check(tags=["Climbing"])
    qtbot.mouseClick(second.picker.done, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(second.posted, timeout=10_000):
        second.post()

    sync_all([ann, ben, cai])
    assert [p.text for p in ben.moments.timeline()] == ["Not for the climbers", "Only for Ben"]
    assert cai.moments.timeline() == []
    page = shown.page
    qtbot.waitUntil(lambda: len(page.model.posts()) == 2, timeout=5000)
    kinds = [p.audience for p in page.model.posts()]
    assert kinds == [Audience.ALL_EXCEPT, Audience.CHOSEN]  # shown with an audience icon
    screenshot(shown.pane, "moments-audience-icons")


def test_bad_input_gives_a_clear_message_and_posts_nothing(
    qtbot: QtBot, people, show_pane, tmp_path: Path
) -> None:
    (ann,) = people("Ann")
    shown = show_pane(ann)
    dialog = shown.pane.open_compose()
    notes = tmp_path / "notes.png"
    notes.write_text("this is a shopping list, not a picture")
    dialog.add_paths([str(notes)])
    qtbot.waitUntil(lambda: not dialog.grid.entries, timeout=5000)
    assert dialog.notice.isVisible()
    assert dialog.notice.text() == "“notes.png” is not a picture Hutong can show."
    assert not dialog.post_button.isEnabled()

    huge = tmp_path / "huge.png"
    picture(huge, 40, 40)
    with huge.open("r+b") as stream:
        stream.truncate(26 * 1024 * 1024)
    dialog.add_paths([str(huge)])
    qtbot.waitUntil(lambda: not dialog.grid.entries, timeout=5000)
    assert "over 25 MB" in dialog.notice.text()

    dialog.text.setPlainText("x" * 2001)
    assert dialog.counter.text() == "2001 / 2000"
    assert "at most 2000 characters" in dialog.notice.text()
    assert not dialog.post_button.isEnabled()
    dialog.post()  # refused: nothing happens
    dialog.text.setPlainText("ten pictures")
    assert not dialog.notice.isVisible()

    paths = [str(picture(tmp_path / f"n{n}.png", 64, 48)) for n in range(10)]
    assert dialog.add_paths(paths) == 9
    assert "at most 9 pictures; 1 was left out" in dialog.notice.text()
    assert not dialog.grid.add.isVisible()
    qtbot.waitUntil(lambda: not dialog.grid.busy(), timeout=10_000)
    assert len(dialog.grid.prepared()) == 9
    dialog.reject()
    wait_idle(qtbot, shown)
    assert ann.moments.timeline() == []
    assert shown.page.model.posts() == []
