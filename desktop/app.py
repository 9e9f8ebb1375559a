"""The GUI's composition root: builds the application, opens the profile, wires the panes."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from core.facade import Core
from desktop.bridge import CoreBridge
from desktop.context import AppContext
from desktop.i18n import Translations
from desktop.runner import OperationRunner
from desktop.settings import UiSettings
from desktop.shell.coming_soon import MiniProgramsPane, WalletPane
from desktop.shell.main_window import MainWindow
from desktop.shell.pane import Pane
from desktop.theme import ThemeManager


def build_context(
    app: QApplication, core: Core, profile: Path, language: str | None = None
) -> AppContext:
    settings = UiSettings(profile)
    translations = Translations()
    translations.install(language or settings.language or None)
    themes = ThemeManager(app)
    themes.apply(settings.theme)
    bridge = CoreBridge(app)
    bridge.attach(core.subscribe)
    return AppContext(core, bridge, OperationRunner(parent=app), settings, translations, themes)


def build_panes(context: AppContext) -> list[Pane]:
    return [WalletPane(context), MiniProgramsPane(context)]


def run_app(profile: Path, language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Hutong")
    app.setOrganizationName("Hutong")
    core = Core.open(profile)
    context = build_context(app, core, profile, language)
    window = MainWindow(context, build_panes(context))
    window.show()
    try:
        return app.exec()
    finally:
        context.runner.wait_for_done()
        context.bridge.detach()
        core.close()
