"""What every pane is given: the open core, sync, the bridge, the runner, preferences.

Built once by the composition root (:mod:`desktop.app`) and passed down; there are no global
singletons.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.facade import Core
from desktop.bridge import CoreBridge
from desktop.i18n import Translations
from desktop.runner import OperationRunner
from desktop.settings import UiSettings
from desktop.sync_port import SyncPort
from desktop.theme import ThemeManager


@dataclass
class AppContext:
    core: Core
    bridge: CoreBridge
    runner: OperationRunner
    settings: UiSettings
    translations: Translations
    themes: ThemeManager
    sync: SyncPort | None = None
