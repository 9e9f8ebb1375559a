"""The Moments pane's own style sheets, from the app's one palette (:mod:`desktop.widgets.colors`).

The QSS themes colour ordinary widgets; what the pane paints, and its own widgets, take their
colours from the palette, following ``context.themes.effective``.
"""

from __future__ import annotations

from desktop.widgets.colors import Palette, colors_for

MomentsColors = Palette
"""The palette, by the name this pane's modules know it."""

__all__ = ["MomentsColors", "Palette", "colors_for", "pane_style", "popup_style"]


def pane_style(c: Palette) -> str:
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


def popup_style(c: Palette) -> str:
    """The dark "Like | Comment" popup beside a post's "··" button."""
    return f"""
#postActions QToolButton {{ color: {c.popup_text}; background: transparent; border: none;
    padding: 6px 14px; font-size: 13px; }}
#postActions QToolButton:hover {{ background: {c.popup_divider}; border-radius: 6px; }}
#postActions QFrame {{ background: {c.popup_divider}; }}
"""
