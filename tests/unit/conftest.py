from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.clock import ManualClock
from core.facade import Core
from tests.support.profiles import open_core


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def make_core(tmp_path: Path, clock: ManualClock) -> Iterator[object]:
    opened: list[Core] = []

    def make(name: str) -> Core:
        core = open_core(tmp_path / name, name, clock)
        opened.append(core)
        return core

    yield make
    for core in opened:
        core.close()
