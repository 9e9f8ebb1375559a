"""Fixtures for the GUI tests of the shell and its panes (imported by each folder's conftest)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from core.facade import Core
from desktop.context import AppContext

MakeCore = Callable[..., Core]
MakeContext = Callable[..., AppContext]


@pytest.fixture
def alice(make_core: MakeCore) -> Core:
    return make_core("Alice")


@pytest.fixture
def bob(make_core: MakeCore) -> Core:
    return make_core("Bob")


@pytest.fixture
def alice_context(alice: Core, make_context: MakeContext) -> Iterator[AppContext]:
    """Alice's context; English and the light theme again afterwards."""
    context = make_context(alice)
    yield context
    context.translations.install("en")
    context.themes.apply("light")


@pytest.fixture(autouse=True, scope="session")
def _pyside_none_guard() -> None:
    """The composition root installs this guard; tests that skip it need it too."""
