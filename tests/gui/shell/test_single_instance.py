"""One Hutong per profile: the second start asks the first to come forward, then exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.notify import SingleInstance, instance_key
from tests.support.profiles import open_core

ROOT = Path(__file__).resolve().parents[3]


def test_second_instance_on_a_key_activates_the_first(qtbot: QtBot) -> None:
    key = f"hutong-test-{uuid.uuid4().hex[:12]}"
    first = SingleInstance(key)
    second = SingleInstance(key)
    try:
        assert first.claim()
        assert not second.claim()
        with qtbot.waitSignal(first.activationRequested, timeout=10_000):
            assert second.activate_running()
        first.release()
        assert second.claim(), "the key is free again once the first one quits"
    finally:
        first.release()
        second.release()


def test_keys_differ_per_profile_and_ignore_spelling(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    assert instance_key(a) != instance_key(b)
    assert instance_key(a) == instance_key(tmp_path / "x" / ".." / "a")
    assert len(instance_key(a)) < 40


_FIRST = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.shell.main_window import MainWindow

app = QApplication(sys.argv)
def activated(self):
    print("activated", flush=True)
    QTimer.singleShot(200, app.quit)
MainWindow.bring_to_front = activated
QTimer.singleShot(240_000, app.quit)  # a safety net, not a bound
QTimer.singleShot(0, lambda: print("ready", flush=True))
from desktop.app import run_app
sys.exit(run_app(Path(sys.argv[1]), "en"))
"""

_SECOND = """
import sys
from pathlib import Path
from desktop.app import run_app
sys.exit(run_app(Path(sys.argv[1]), "en"))
"""


@pytest.mark.slow
def test_hutong_started_twice_on_one_profile_focuses_the_first(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    open_core(profile, "Alice").close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_FIRST), str(profile)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "ready"
        second = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(_SECOND), str(profile)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,  # a hang, not slowness: two app starts on a loaded machine
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert first.stdout.readline().strip() == "activated"
        assert first.wait(timeout=120) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
