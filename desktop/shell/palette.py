"""The application palette for each theme, so what QSS does not reach (check boxes, radio
buttons, selection, message boxes, Qt's own dialogs) matches the style sheets."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_ROLES = QPalette.ColorRole
_LIGHT = {
    _ROLES.Window: "#f5f5f5",
    _ROLES.WindowText: "#191919",
    _ROLES.Base: "#ffffff",
    _ROLES.AlternateBase: "#fafafa",
    _ROLES.Text: "#191919",
    _ROLES.PlaceholderText: "#a8a8a8",
    _ROLES.Button: "#ffffff",
    _ROLES.ButtonText: "#191919",
    _ROLES.Highlight: "#07c160",
    _ROLES.HighlightedText: "#ffffff",
    _ROLES.ToolTipBase: "#2e2e2e",
    _ROLES.ToolTipText: "#f5f5f5",
    _ROLES.Link: "#576b95",
    _ROLES.Mid: "#d0d0d0",
    _ROLES.Midlight: "#e6e6e6",
    _ROLES.Dark: "#a0a0a0",
    _ROLES.Light: "#ffffff",
    _ROLES.Shadow: "#7f7f7f",
}
_DARK = {
    _ROLES.Window: "#1e1f22",
    _ROLES.WindowText: "#e8eaed",
    _ROLES.Base: "#2a2c30",
    _ROLES.AlternateBase: "#232427",
    _ROLES.Text: "#e8eaed",
    _ROLES.PlaceholderText: "#6f757b",
    _ROLES.Button: "#2c2e32",
    _ROLES.ButtonText: "#e8eaed",
    _ROLES.Highlight: "#1f9d57",
    _ROLES.HighlightedText: "#ffffff",
    _ROLES.ToolTipBase: "#3a3d42",
    _ROLES.ToolTipText: "#e8eaed",
    _ROLES.Link: "#7d9bd1",
    _ROLES.Mid: "#44474d",
    _ROLES.Midlight: "#3a3d42",
    _ROLES.Dark: "#121315",
    _ROLES.Light: "#4a4d53",
    _ROLES.Shadow: "#000000",
}


def palette_for(theme: str) -> QPalette:
    palette = QPalette()
    for role, color in (_DARK if theme == "dark" else _LIGHT).items():
        palette.setColor(role, QColor(color))
    disabled = QColor("#6f757b" if theme == "dark" else "#b2b2b2")
    for role in (_ROLES.WindowText, _ROLES.Text, _ROLES.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_palette(app: QApplication, theme: str) -> None:
    app.setPalette(palette_for(theme))
