"""The one colour palette of the app, light and dark: what the shell and every pane paint
themselves (delegates, icons, avatars, badges, bubbles, the Moments feed) and put in their own
style sheets. New panes (wallet, mini-programs) take their colours from here too.

Ordinary widgets are coloured by the QSS themes in resources/themes and the application
palette (:mod:`desktop.shell.palette`); these values agree with them. They follow
``context.themes.effective`` (``light`` or ``dark``): ``colors_for(theme)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

ACCENT = "#07c160"
BADGE_RED = "#fa5151"


@dataclass(frozen=True)
class Palette:
    dark: bool
    # Text and accents
    text: str
    secondary_text: str
    faint_text: str
    accent: str
    link: str
    mention: str
    danger: str
    icon: str
    icon_on_accent: str
    # Surfaces
    window: str
    card: str
    card_border: str
    header_border: str
    divider: str
    input_background: str
    placeholder: str
    placeholder_icon: str
    highlight: str
    # Lists and the rail
    list_background: str
    list_pinned: str
    list_hover: str
    list_selected: str
    rail_icon: str
    rail_icon_active: str
    badge: str
    badge_text: str
    muted_badge: str
    draft: str
    tile_new_friends: str
    tile_nearby: str
    # Chats
    chat_background: str
    own_bubble: str
    own_text: str
    other_bubble: str
    other_text: str
    quote_background: str
    quote_own_background: str
    system_pill: str
    banner: str
    banner_text: str
    # Moments
    feed: str
    time: str
    separator: str
    box: str
    box_divider: str
    box_pressed: str
    more_button: str
    popup: str
    popup_text: str
    popup_divider: str
    notice: str
    notice_text: str
    cover_top: str
    cover_bottom: str
    cover_pattern: str
    cover_glow: str
    album_block: str
    # QR codes
    qr_background: str
    qr_foreground: str

    def qcolor(self, name: str) -> QColor:
        """A colour by field name (for roles chosen at run time)."""
        return QColor(getattr(self, name))


LIGHT = Palette(
    dark=False,
    text="#191919",
    secondary_text="#7f7f7f",
    faint_text="#b2b2b2",
    accent=ACCENT,
    link="#576b95",
    mention="#1f6fd1",
    danger=BADGE_RED,
    icon="#5c5c5c",
    icon_on_accent="#ffffff",
    window="#ffffff",
    card="#ffffff",
    card_border="#e6e6e6",
    header_border="#e3e3e3",
    divider="#d9d9d9",
    input_background="#ffffff",
    placeholder="#e8e8e8",
    placeholder_icon="#c4c4c4",
    highlight="#fff3c4",
    list_background="#f7f7f7",
    list_pinned="#ececec",
    list_hover="#e9e9e9",
    list_selected="#d9d9d9",
    rail_icon="#979797",
    rail_icon_active=ACCENT,
    badge=BADGE_RED,
    badge_text="#ffffff",
    muted_badge="#b2b2b2",
    draft=BADGE_RED,
    tile_new_friends="#fa9d3b",
    tile_nearby="#3d8ee8",
    chat_background="#f5f5f5",
    own_bubble="#95ec69",
    own_text="#111111",
    other_bubble="#ffffff",
    other_text="#111111",
    quote_background="#ececec",
    quote_own_background="#7fd858",
    system_pill="#e2e2e2",
    banner="#fff7e0",
    banner_text="#6b5200",
    feed="#ffffff",
    time="#b2b2b2",
    separator="#ececec",
    box="#f3f3f5",
    box_divider="#e3e3e6",
    box_pressed="#e1e1e4",
    more_button="#f3f3f5",
    popup="#4c4c4c",
    popup_text="#ffffff",
    popup_divider="#3c3c3c",
    notice="#4c4c4c",
    notice_text="#ffffff",
    cover_top="#7fa3c4",
    cover_bottom="#2f4a63",
    cover_pattern="#ffffff",
    cover_glow="#ffe3b8",
    album_block="#f3f3f5",
    qr_background="#ffffff",
    qr_foreground="#111111",
)


DARK = Palette(
    dark=True,
    text="#e8eaed",
    secondary_text="#9aa0a6",
    faint_text="#6f757b",
    accent="#2ecc71",
    link="#7d9bd1",
    mention="#6fb1ff",
    danger="#ff6b6b",
    icon="#b4b8bd",
    icon_on_accent="#ffffff",
    window="#1e1f22",
    card="#2c2e32",
    card_border="#3a3d42",
    header_border="#2f3135",
    divider="#3a3d42",
    input_background="#2a2c30",
    placeholder="#303237",
    placeholder_icon="#52565c",
    highlight="#4a4118",
    list_background="#232427",
    list_pinned="#2c2e32",
    list_hover="#2f3135",
    list_selected="#3a3d42",
    rail_icon="#8a8f95",
    rail_icon_active="#2ecc71",
    badge="#e5484d",
    badge_text="#ffffff",
    muted_badge="#6f757b",
    draft="#ff6b6b",
    tile_new_friends="#d9822b",
    tile_nearby="#2f78c9",
    chat_background="#17181a",
    own_bubble="#2e7d4f",
    own_text="#f1f8f3",
    other_bubble="#2c2e32",
    other_text="#e8eaed",
    quote_background="#383b40",
    quote_own_background="#256942",
    system_pill="#2c2e32",
    banner="#3a3320",
    banner_text="#f0d889",
    feed="#1e1f22",
    time="#6f757b",
    separator="#2c2e32",
    box="#27292d",
    box_divider="#33363b",
    box_pressed="#33363b",
    more_button="#2c2e32",
    popup="#3a3d42",
    popup_text="#f1f3f4",
    popup_divider="#2c2e32",
    notice="#3a3d42",
    notice_text="#f1f3f4",
    cover_top="#2c3e52",
    cover_bottom="#111a24",
    cover_pattern="#ffffff",
    cover_glow="#e8c890",
    album_block="#27292d",
    qr_background="#ffffff",
    qr_foreground="#111111",
)


def colors_for(theme: str) -> Palette:
    """The colours of an effective theme (``dark`` or anything else for light)."""
    return DARK if theme == "dark" else LIGHT
