"""The colours the shell and its panes paint themselves (icons, avatars, badges), per theme.

Ordinary widgets are coloured by the QSS themes in resources/themes; these values must agree
with them. They follow ``context.themes.effective`` (``light`` or ``dark``).
"""

from __future__ import annotations

from dataclasses import dataclass

ACCENT = "#07c160"
BADGE_RED = "#fa5151"


@dataclass(frozen=True)
class ShellColors:
    dark: bool
    accent: str
    text: str
    secondary_text: str
    faint_text: str
    icon: str
    icon_on_accent: str
    rail_icon: str
    rail_icon_active: str
    badge: str
    badge_text: str
    danger: str
    link: str
    divider: str
    qr_background: str
    qr_foreground: str
    list_hover: str
    list_selected: str
    tile_new_friends: str
    tile_nearby: str


LIGHT = ShellColors(
    dark=False,
    accent=ACCENT,
    text="#191919",
    secondary_text="#7f7f7f",
    faint_text="#b2b2b2",
    icon="#5c5c5c",
    icon_on_accent="#ffffff",
    rail_icon="#979797",
    rail_icon_active=ACCENT,
    badge=BADGE_RED,
    badge_text="#ffffff",
    danger=BADGE_RED,
    link="#576b95",
    divider="#e3e3e3",
    qr_background="#ffffff",
    qr_foreground="#111111",
    list_hover="#e9e9e9",
    list_selected="#c9c9c9",
    tile_new_friends="#fa9d3b",
    tile_nearby="#3d8ee8",
)

DARK = ShellColors(
    dark=True,
    accent="#2ecc71",
    text="#e8eaed",
    secondary_text="#9aa0a6",
    faint_text="#6f757b",
    icon="#b4b8bd",
    icon_on_accent="#ffffff",
    rail_icon="#8a8f95",
    rail_icon_active="#2ecc71",
    badge="#e5484d",
    badge_text="#ffffff",
    danger="#ff6b6b",
    link="#7d9bd1",
    divider="#2f3135",
    qr_background="#ffffff",
    qr_foreground="#111111",
    list_hover="#2f3135",
    list_selected="#3a3d42",
    tile_new_friends="#d9822b",
    tile_nearby="#2f78c9",
)


def colors_for(theme: str) -> ShellColors:
    """The colours of an effective theme (``dark`` or anything else for light)."""
    return DARK if theme == "dark" else LIGHT
