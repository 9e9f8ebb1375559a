"""Light and dark themes (QSS in resources/themes), following the OS unless chosen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from desktop.resources import resource_path

THEMES = ("system", "light", "dark")


class ThemeManager(QObject):
    """Applies the chosen theme and re-applies when the OS switches (for ``system``).

    Signals:
        changed(str): the effective theme, ``light`` or ``dark``.
    """

    changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._choice = "system"
        self.effective = "light"
        app.styleHints().colorSchemeChanged.connect(self._on_system_change)

    def apply(self, choice: str) -> None:
        self._choice = choice if choice in THEMES else "system"
        if self._choice == "system":
            dark = self._app.styleHints().colorScheme() == Qt.ColorScheme.Dark
            effective = "dark" if dark else "light"
        else:
            effective = self._choice
        self.effective = effective
        base = resource_path("themes", "base.qss")
        palette = resource_path("themes", f"{effective}.qss")
        sheets = [p.read_text("utf-8") for p in (base, palette) if p.exists()]
        self._app.setStyleSheet("\n".join(sheets))
        self.changed.emit(effective)

    def _on_system_change(self, _scheme: Qt.ColorScheme) -> None:
        if self._choice == "system":
            self.apply("system")
