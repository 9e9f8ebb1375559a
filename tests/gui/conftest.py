"""GUI test fixtures: real widgets (offscreen) over real cores in temporary profiles.

Qt warnings fail tests (qt_log_level_fail), as in qutebrowser.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from core.clock import ManualClock, SystemClock
from core.facade import Core
from desktop.app import build_context
from desktop.context import AppContext
from tests.support.profiles import open_core

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture
def make_core(tmp_path: Path) -> Iterator[Callable[..., Core]]:
    """Open real cores in temporary profiles; all are closed after the test."""
    opened: list[Core] = []

    def make(name: str, clock: ManualClock | SystemClock | None = None) -> Core:
        core = open_core(tmp_path / name, name, clock)  # type: ignore[arg-type]
        opened.append(core)
        return core

    yield make
    for core in opened:
        core.close()


@pytest.fixture
def make_context(qapp: QApplication, tmp_path: Path) -> Iterator[Callable[[Core], AppContext]]:
    """An AppContext (bridge, runner, settings, theme, translations) around a core."""
    contexts: list[AppContext] = []

    def make(core: Core, language: str = "en") -> AppContext:
        context = build_context(qapp, core, core.profile, language)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.runner.wait_for_done()
        context.bridge.detach()


@pytest.fixture
def screenshot() -> Callable[[object, str], Path]:
    """Save a widget's picture under artifacts/screenshots/ for a person to look at."""

    def save(widget: object, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        return path

    return save
