"""What every pane is given: the open core, sync, the bridge, the runner, preferences, the
people layer (names and avatars, shared by every pane) and the navigator.

Built once by the composition root (:mod:`desktop.app`) and passed down; there are no global
singletons.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from core.facade import Core
from desktop.bridge import CoreBridge
from desktop.i18n import Translations
from desktop.navigator import Navigator
from desktop.runner import OperationRunner
from desktop.settings import UiSettings
from desktop.sync_port import SyncPort
from desktop.theme import ThemeManager

if TYPE_CHECKING:
    from desktop.people import People


@dataclass(eq=False)
class AppContext:
    core: Core
    bridge: CoreBridge
    runner: OperationRunner
    settings: UiSettings
    translations: Translations
    themes: ThemeManager
    sync: SyncPort | None = None
    navigator: Navigator = field(default_factory=Navigator)

    @cached_property
    def people(self) -> People:
        """The one directory and avatar cache of this profile (made on first use)."""
        from desktop.people import People  # the people layer is Qt objects that need this context

        return People(self, self.bridge)
