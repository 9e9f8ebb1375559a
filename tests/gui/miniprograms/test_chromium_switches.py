"""Chromium's switches hold on their own: with them, a plain page (no interceptor, no CSP)
reaches nothing, not even loopback; without them the same page reaches the server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.miniprograms import chromium_flags

ROOT = Path(__file__).resolve().parents[3]
BASE = "--no-sandbox --disable-gpu"


def load_local_pages(flags: str) -> dict[str, list]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_CHROMIUM_FLAGS": flags}
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.miniprograms.switches_probe"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-2000:]
    return json.loads(lines[-1])


def test_without_the_switches_a_plain_page_reaches_a_local_server() -> None:
    reached = load_local_pages(BASE)
    assert reached["loaded"] == [True, True]
    assert {"/by-address", "/by-name"} <= set(reached["seen"])


@pytest.mark.parametrize("flags", [chromium_flags(BASE)])
def test_with_the_switches_it_reaches_nothing(flags: str) -> None:
    assert load_local_pages(flags) == {"loaded": [False, False], "seen": []}
