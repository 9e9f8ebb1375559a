"""Unlocking a protected profile: a wrong passphrase changes nothing and can be retried."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.identity import display_id, public_identity
from core.identity.keys import key_file
from desktop.onboarding import UnlockDialog
from desktop.runner import OperationRunner
from tests.support.profiles import open_core


def test_wrong_then_right_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    open_core(profile, "Alice", passphrase="dumplings at noon").close()
    sealed = key_file(profile).read_bytes()
    runner = OperationRunner()
    dialog = UnlockDialog(profile, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.text() == "Welcome back"
    assert display_id(public_identity(profile)) in dialog.identity.text().replace("\n", "")
    assert not dialog.unlock_button.isEnabled()

    qtbot.keyClicks(dialog.passphrase, "dumplings at one")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.attempts == 1, timeout=10_000)
    assert dialog.notice.text() == "That passphrase is not right. Check Caps Lock and try again."
    assert dialog.core is None and dialog.isVisible()
    assert key_file(profile).read_bytes() == sealed

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, "dumplings at noon")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.core is not None
    try:
        assert dialog.core.name == "Alice"
    finally:
        dialog.core.close()
        runner.wait_for_done()
