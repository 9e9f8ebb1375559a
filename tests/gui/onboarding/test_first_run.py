"""The first start: a name, a picture, an optional passphrase, then a new identity."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.crypto import KdfParams
from core.identity import has_keys, is_protected
from desktop.onboarding import FirstRunDialog, UnlockDialog, open_profile
from desktop.runner import OperationRunner
from tests.support.profiles import open_core


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[OperationRunner]:
    runner = OperationRunner()
    yield runner
    runner.wait_for_done()


def _photo(path: Path, width: int = 640, height: int = 480) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3d8ee8"))
    image.save(str(path))
    return path


def test_first_run_creates_a_protected_profile_with_name_and_picture(
    qtbot: QtBot, tmp_path: Path, runner: OperationRunner
) -> None:
    profile = tmp_path / "profile"
    dialog = FirstRunDialog(profile, runner, kdf=KdfParams.minimal())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.text() == "Welcome to Hutong"
    assert not dialog.start_button.isEnabled()
    qtbot.keyClicks(dialog.name, "Mei")
    assert dialog.start_button.isEnabled()

    dialog.choose_image_file = lambda _parent: _photo(tmp_path / "holiday.png")
    qtbot.mouseClick(dialog.choose_picture, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.avatar_png is not None)
    assert dialog.remove_picture.isVisible()
    picture = QImage.fromData(dialog.avatar_png or b"")
    assert (picture.width(), picture.height()) == (256, 256)

    qtbot.mouseClick(dialog.protect, Qt.MouseButton.LeftButton)
    assert dialog.passphrase.isVisible() and dialog.confirm.isVisible()
    qtbot.keyClicks(dialog.passphrase, "tea and dumplings")
    qtbot.keyClicks(dialog.confirm, "tea and dumpling")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == "The two passphrases are different."
    assert not has_keys(profile)

    qtbot.keyClicks(dialog.confirm, "tea and dumplings")  # replaces the selected mistake
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    core = dialog.core
    assert core is not None
    try:
        assert core.name == "Mei"
        assert core.avatar() == dialog.avatar_png
        assert is_protected(profile)
    finally:
        core.close()


def test_a_short_passphrase_is_refused_and_a_plain_profile_needs_none(
    qtbot: QtBot, tmp_path: Path, runner: OperationRunner
) -> None:
    profile = tmp_path / "profile"
    dialog = FirstRunDialog(profile, runner, kdf=KdfParams.minimal())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("张伟")  # typed with an input method
    dialog.protect.setChecked(True)
    qtbot.keyClicks(dialog.passphrase, "abc")
    qtbot.keyClicks(dialog.confirm, "abc")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "at least 6 characters" in dialog.notice.text()
    dialog.protect.setChecked(False)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.core is not None
    try:
        assert dialog.core.name == "张伟"
        assert not is_protected(profile)
    finally:
        dialog.core.close()


def test_a_picture_that_is_not_an_image_says_so(
    qtbot: QtBot, tmp_path: Path, runner: OperationRunner
) -> None:
    dialog = FirstRunDialog(tmp_path / "profile", runner, kdf=KdfParams.minimal())
    qtbot.addWidget(dialog)
    fake = tmp_path / "notes.png"
    fake.write_text("not a picture")
    dialog.choose_image_file = lambda _parent: fake
    qtbot.mouseClick(dialog.choose_picture, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.notice.isVisibleTo(dialog))
    assert "not a picture Hutong can read" in dialog.notice.text()
    assert dialog.avatar_png is None


def test_startup_picks_first_run_unlock_or_opens_a_plain_profile(
    qtbot: QtBot, tmp_path: Path, runner: OperationRunner
) -> None:
    plain = tmp_path / "plain"
    open_core(plain, "Plain").close()
    core, code = open_profile(plain, runner)
    assert code == 0 and core is not None and core.name == "Plain"
    core.close()

    seen: list[type] = []

    def answer(kind: type, fill: str) -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        assert isinstance(dialog, kind)
        if isinstance(dialog, FirstRunDialog):
            dialog.name.setText(fill)
            dialog.start_button.click()
        else:
            assert isinstance(dialog, UnlockDialog)
            dialog.passphrase.setText(fill)
            dialog.unlock_button.click()

    new = tmp_path / "new"
    QTimer.singleShot(50, lambda: answer(FirstRunDialog, "Newbie"))
    core, code = open_profile(new, runner, kdf=KdfParams.minimal())
    assert code == 0 and core is not None and core.name == "Newbie"
    core.close()

    locked = tmp_path / "locked"
    open_core(locked, "Locked", passphrase="open sesame").close()
    QTimer.singleShot(50, lambda: answer(UnlockDialog, "open sesame"))
    core, code = open_profile(locked, runner)
    assert code == 0 and core is not None and core.name == "Locked"
    core.close()
    assert seen == [FirstRunDialog, UnlockDialog]

    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    assert open_profile(tmp_path / "declined", runner) == (None, 0)
