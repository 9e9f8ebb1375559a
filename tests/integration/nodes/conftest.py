from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hutong.bench.nodes import NodeProcess, node_fixture


@pytest.fixture
def nodes(tmp_path: Path) -> Iterator[Callable[[str], NodeProcess]]:
    yield from node_fixture(tmp_path)
