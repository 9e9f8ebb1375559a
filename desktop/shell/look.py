"""The application's look: Fusion style, the QSS theme, the matching palette, icon paths."""

from __future__ import annotations

from PySide6.QtCore import QDir, QLoggingCategory
from PySide6.QtWidgets import QApplication

from desktop.resources import resource_path
from desktop.settings import UiSettings
from desktop.shell.palette import apply_palette
from desktop.theme import ThemeManager

ICON_SEARCH_PATH = "hutong"
# Optional media libraries Qt probes for and reports at warning level (pipewire, VA-API).
QUIET_CATEGORIES = "qt.multimedia.symbolsresolver.warning=false"


def prepare_application(app: QApplication) -> None:
    """Style and paths every window relies on; safe to call more than once."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    quiet_platform_noise()
    icons = str(resource_path("icons"))
    if icons not in QDir.searchPaths(ICON_SEARCH_PATH):
        QDir.addSearchPath(ICON_SEARCH_PATH, icons)


def quiet_platform_noise() -> None:
    QLoggingCategory.setFilterRules(QUIET_CATEGORIES)


def make_themes(app: QApplication, settings: UiSettings) -> ThemeManager:
    """A theme manager that also sets the palette, with the saved theme applied."""
    themes = ThemeManager(app)
    themes.changed.connect(lambda effective: apply_palette(app, effective))
    themes.apply(settings.theme)
    return themes
