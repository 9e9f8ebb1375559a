"""File dialogs start in Pictures, Downloads or the home folder, never in the folder Hutong
was started from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from core.chat import direct_conversation
from desktop.widgets.file_choice import (
    choose_picture_file,
    choose_png_save_path,
    choose_qr_picture_file,
    pictures_folder,
)
from tests.gui.chats.conftest import clock, open_chat, people, show_pane  # noqa: F401


class RecordingDialogs:
    """Stands in for the file dialogs: records the folder each one was opened in."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folders: list[str] = []
        for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._record(name)))

    def _record(self, name: str):  # type: ignore[no-untyped-def]
        def ask(_parent: QWidget, _title: str = "", folder: str = "", *_rest: Any) -> Any:
            self.folders.append(folder)
            return ([], "") if name == "getOpenFileNames" else ("", "")

        return ask


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home with Pictures and Downloads, and Hutong started from somewhere else."""
    home = tmp_path / "home"
    for folder in ("Pictures", "Downloads"):
        (home / folder).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    elsewhere = tmp_path / "started-here"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return home


def test_picture_dialogs_start_in_pictures(
    qtbot: QtBot, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = RecordingDialogs(monkeypatch)
    parent = QWidget()
    qtbot.addWidget(parent)
    choose_picture_file(parent)
    choose_qr_picture_file(parent)
    choose_png_save_path(parent, "../../my-card.png")
    pictures = str(home / "Pictures")
    assert dialogs.folders == [pictures, pictures, str(home / "Pictures" / "my-card.png")]


def test_without_a_pictures_folder_dialogs_start_at_home(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / "Pictures").rmdir()
    assert pictures_folder() == str(home)


def test_chat_file_dialogs_start_in_the_home_folders(
    qtbot: QtBot,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    people,  # noqa: F811
    show_pane,  # noqa: F811
) -> None:
    alice, bob = people("Alice", "Bob")
    alice.chat.send_text(direct_conversation(bob.me), "hello")
    shown = show_pane(alice)
    open_chat(qtbot, shown, direct_conversation(bob.me))
    dialogs = RecordingDialogs(monkeypatch)
    shown.view.composer._pick_files(True)
    shown.view.composer._pick_files(False)
    shown.view.ask_save_path("report.pdf")
    assert dialogs.folders == [
        str(home / "Pictures"),
        str(home),
        str(home / "Downloads" / "report.pdf"),
    ]
