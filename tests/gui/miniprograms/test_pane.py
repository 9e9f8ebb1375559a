"""The Mini-programs pane: bundled apps listed, installing from a file (refused packages say
why and install nothing), opening, uninstalling, sharing into a chat, one window per
(program, chat)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.miniprograms.bundled import bundled_files
from desktop.miniprograms.install_file import install_file, start_folder
from desktop.miniprograms.launcher import open_windows
from desktop.miniprograms.pane import MiniProgramsPane
from tests.gui.miniprograms.conftest import answer_box, message_box, open_app
from tests.gui.miniprograms.pages import declaring, xdc_bytes

FIXTURES = Path(__file__).resolve().parents[4] / "shared" / "webxdc"
REASONS = {
    "invalid-no-zip-but-7z.xdc": "is a 7z archive, not a zip",
    "no-index-html.xdc": "it has no index.html at its root",
    "with-min-api-1001.xdc": "needs a newer Hutong",
}


@pytest.fixture
def pane(app_context, qtbot) -> MiniProgramsPane:
    pane = MiniProgramsPane(app_context)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    qtbot.waitUntil(lambda: len(pane.tiles["bundled"]) >= 3, timeout=30_000)
    return pane


def names(pane: MiniProgramsPane, section: str) -> list[str]:
    return [tile.name for tile in pane.tiles[section]]


def test_the_pane_lists_the_bundled_apps(pane, screenshot) -> None:
    assert {"Poll", "Noughts and crosses", "Checklist"} <= set(names(pane, "bundled"))
    assert names(pane, "installed") == []
    assert all(tile.uninstall_button is None for tile in pane.tiles["bundled"])
    assert pane.empty["installed"].isVisible()
    screenshot(pane, "miniprograms-pane")


def test_a_valid_file_installs_and_is_listed(pane, app_context, qtbot, tmp_path) -> None:
    path = tmp_path / "counter.xdc"
    path.write_bytes(xdc_bytes(manifest='name = "Counter"\n'))
    install_file(app_context, path, pane)
    qtbot.waitUntil(lambda: names(pane, "installed") == ["Counter"], timeout=30_000)
    tile = pane.tiles["installed"][0]
    assert tile.uninstall_button is not None and tile.share_button is not None


def test_tiles_stay_put_when_nothing_they_show_changed(pane, app_context, qtbot, tmp_path) -> None:
    """App updates refresh the pane; a tile must not be replaced under the pointer, and a new
    tile is visible as soon as it is listed."""
    path = tmp_path / "counter.xdc"
    path.write_bytes(xdc_bytes(manifest='name = "Counter"\n'))
    install_file(app_context, path, pane)
    qtbot.waitUntil(lambda: names(pane, "installed") == ["Counter"], timeout=30_000)
    tile = pane.tiles["installed"][0]
    assert tile.isVisible() and tile.share_button is not None and tile.share_button.isVisible()
    for _ in range(3):
        before = pane.shelf
        pane.refresh()
        qtbot.waitUntil(lambda: pane.shelf is not before, timeout=30_000)  # noqa: B023
    assert pane.tiles["installed"][0] is tile and tile.share_button.isVisible()


@pytest.mark.parametrize("fixture", sorted(REASONS))
def test_a_refused_file_says_why_and_installs_nothing(
    pane, app_context, qtbot, fixture: str
) -> None:
    before = app_context.core.miniprograms.installed()
    install_file(app_context, FIXTURES / fixture, pane)
    qtbot.waitUntil(lambda: message_box(pane, "miniProgramError") is not None, timeout=30_000)
    text = message_box(pane, "miniProgramError").text()
    assert fixture in text and REASONS[fixture] in text, text
    assert app_context.core.miniprograms.installed() == before
    assert names(pane, "installed") == []


def test_the_file_dialog_starts_in_downloads_or_home() -> None:
    downloads = Path.home() / "Downloads"
    assert start_folder() == (downloads if downloads.is_dir() else Path.home())


def test_uninstall_asks_then_removes_it(pane, app_context, qtbot) -> None:
    app_context.core.miniprograms.install(declaring("Gone soon", "storage"), "g.xdc")
    pane.refresh()
    qtbot.waitUntil(lambda: names(pane, "installed") == ["Gone soon"], timeout=30_000)
    button = pane.tiles["installed"][0].uninstall_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Gone soon" in answer_box(qtbot, pane, "uninstallConfirm", yes=True)
    qtbot.waitUntil(lambda: names(pane, "installed") == [], timeout=30_000)
    assert all(p.name != "Gone soon" for p in app_context.core.miniprograms.installed())


def test_a_tile_opens_the_app_once_and_it_shows_in_recent(pane, app_context, qtbot) -> None:
    poll = next(t for t in pane.tiles["bundled"] if t.name == "Poll")
    qtbot.mouseClick(poll.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(open_windows(app_context)) == 1, timeout=30_000)
    [window] = open_windows(app_context).values()
    assert window.windowTitle() == "Poll"
    qtbot.mouseClick(poll.open_button, Qt.MouseButton.LeftButton)  # raises the same window
    assert list(open_windows(app_context).values()) == [window]
    qtbot.waitUntil(lambda: names(pane, "recent") == ["Poll"], timeout=30_000)


def test_one_window_per_program_and_chat(app_context, qtbot) -> None:
    service = app_context.core.miniprograms
    service.set_bundled(bundled_files())
    poll = next(p for p in service.installed() if p.name == "Poll")
    group = app_context.core.groups.create("Lunch crew", [])
    loaded = "document.readyState === 'complete'"
    solo = open_app(qtbot, app_context, poll.program_id, ready=loaded)
    in_group = open_app(qtbot, app_context, poll.program_id, group, ready=loaded)
    assert solo is not in_group
    assert in_group.windowTitle() == "Poll — Lunch crew"
    again = open_app(qtbot, app_context, poll.program_id, group, ready=loaded)
    assert again is in_group
    assert set(open_windows(app_context)) == {(poll.program_id, None), (poll.program_id, group)}
    in_group.close()
    assert set(open_windows(app_context)) == {(poll.program_id, None)}


def test_me_has_a_mini_programs_page(app_context, qtbot) -> None:
    from desktop.me import MePane
    from desktop.me.miniprograms_page import MiniProgramsPage

    me = MePane(app_context)
    qtbot.addWidget(me)
    me.show_section("miniprograms")
    assert isinstance(me.stack.currentWidget(), MiniProgramsPage)
    assert me.nav.currentItem().text() == "Mini-programs"
