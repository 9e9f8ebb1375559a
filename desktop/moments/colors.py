"""The colours the Moments pane paints itself (feed, cover, popups), for light and dark.

The QSS themes colour ordinary widgets; what the feed delegate paints, and the pane's own
widgets, take their colours from here, following ``context.themes.effective``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class MomentsColors:
    dark: bool
    feed: str
    text: str
    secondary_text: str
    time: str
    link: str
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
    placeholder: str
    placeholder_icon: str
    cover_top: str
    cover_bottom: str
    cover_pattern: str
    cover_glow: str
    album_block: str
    accent: str
    danger: str
    highlight: str
    icon: str
    header_border: str
    input_background: str

    def qcolor(self, name: str) -> QColor:
        return QColor(getattr(self, name))


LIGHT = MomentsColors(
    dark=False,
    feed="#ffffff",
    text="#191919",
    secondary_text="#7f7f7f",
    time="#b2b2b2",
    link="#576b95",
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
    placeholder="#ececec",
    placeholder_icon="#c4c4c4",
    cover_top="#7fa3c4",
    cover_bottom="#2f4a63",
    cover_pattern="#ffffff",
    cover_glow="#ffe3b8",
    album_block="#f3f3f5",
    accent="#07c160",
    danger="#fa5151",
    highlight="#fbf6e4",
    icon="#5c5c5c",
    header_border="#e3e3e3",
    input_background="#ffffff",
)

DARK = MomentsColors(
    dark=True,
    feed="#1e1f22",
    text="#e8eaed",
    secondary_text="#9aa0a6",
    time="#6f757b",
    link="#7d9bd1",
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
    placeholder="#2c2e32",
    placeholder_icon="#52565c",
    cover_top="#2c3e52",
    cover_bottom="#111a24",
    cover_pattern="#ffffff",
    cover_glow="#e8c890",
    album_block="#27292d",
    accent="#2ecc71",
    danger="#ff6b6b",
    highlight="#2e2b20",
    icon="#b4b8bd",
    header_border="#2f3135",
    input_background="#2a2c30",
)


def colors_for(theme: str) -> MomentsColors:
    return DARK if theme == "dark" else LIGHT


def pane_style(c: MomentsColors) -> str:
    """The pane's own style sheet (its widgets only; the app themes stay as they are)."""
    return f"""
#momentsFeed {{ background: {c.feed}; border: none; }}
#momentsPages {{ background: {c.feed}; }}
#pageHeader QToolButton {{ border: none; border-radius: 6px; padding: 5px;
    background: transparent; }}
#pageHeader QToolButton:hover {{ background: {c.box}; }}
#momentsBack {{ color: {c.text}; font-size: 14px; }}
#commentBar {{ background: {c.box}; border-top: 1px solid {c.header_border}; }}
#commentBar QLineEdit {{ background: {c.input_background}; border: 1px solid {c.box_divider};
    border-radius: 6px; padding: 6px 8px; color: {c.text}; }}
#commentBar QLabel {{ background: transparent; }}
#commentError {{ color: {c.danger}; background: transparent; }}
#notificationList {{ background: {c.feed}; border: none; }}
#momentsNote {{ color: {c.secondary_text}; background: {c.feed}; padding: 24px; }}
"""


def popup_style(c: MomentsColors) -> str:
    """The dark "Like | Comment" popup beside a post's "··" button."""
    return f"""
#postActions QToolButton {{ color: {c.popup_text}; background: transparent; border: none;
    padding: 6px 14px; font-size: 13px; }}
#postActions QToolButton:hover {{ background: {c.popup_divider}; border-radius: 6px; }}
#postActions QFrame {{ background: {c.popup_divider}; }}
"""
