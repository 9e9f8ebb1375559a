"""The wallet's own style sheets and colours, from the app's one palette.

The QSS themes colour ordinary widgets; the wallet's green action band, balances, pending
chips, the red envelope and the transfer's orange take their colours from here, following
``context.themes.effective``. The red envelope and the transfer look the same in both themes,
as in WeChat: they are objects, not surfaces.
"""

from __future__ import annotations

from desktop.widgets.colors import Palette

ENVELOPE_RED = "#f35543"
ENVELOPE_DEEP = "#d84b3b"
ENVELOPE_GOLD = "#f9d9a3"
ENVELOPE_COIN = "#ecb75c"
ENVELOPE_COIN_TEXT = "#6e4a17"
ENVELOPE_MONEY = "#b07d2a"  # a grabbed amount on a light page: WeChat's dark gold
TRANSFER_ORANGE = "#fa9d3b"
PENDING_LIGHT = "#b36b00"
PENDING_DARK = "#f0b45a"
BAND_DARK = "#1e8c50"


def pending_color(c: Palette) -> str:
    return PENDING_DARK if c.dark else PENDING_LIGHT


def band_color(c: Palette) -> str:
    """The action band: the accent, deeper in the dark theme so white text stays readable."""
    return BAND_DARK if c.dark else c.accent


def pane_style(c: Palette) -> str:
    """The pane's own style sheet (its widgets only)."""
    return f"""
#walletBand {{ background: {band_color(c)}; border: none; }}
#walletBand QToolButton {{ color: #ffffff; background: transparent; border: none;
    border-radius: 10px; padding: 10px 6px 8px 6px; font-size: 13px; font-weight: 600; }}
#walletBand QToolButton:hover {{ background: rgba(255, 255, 255, 0.16); }}
#walletBand QToolButton:pressed {{ background: rgba(0, 0, 0, 0.10); }}
#walletScroll, #walletList {{ background: transparent; }}
#currencyCard {{ background: {c.card}; border: 1px solid {c.card_border}; border-radius: 12px; }}
#currencyCard QLabel {{ background: transparent; }}
#currencyName {{ font-size: 15px; font-weight: 600; color: {c.text}; }}
#currencyIssuer {{ font-size: 12px; color: {c.secondary_text}; }}
#balance {{ font-size: 30px; font-weight: 600; color: {c.text}; }}
#balanceSymbol {{ font-size: 14px; color: {c.secondary_text}; }}
#balanceCaption {{ font-size: 12px; color: {c.secondary_text}; }}
#pendingChip {{ font-size: 12px; color: {pending_color(c)}; }}
#frozenReason {{ font-size: 12px; color: {c.danger}; }}
#sectionTitle {{ font-size: 13px; font-weight: 600; color: {c.secondary_text}; }}
#billsTable {{ background: {c.card}; border: 1px solid {c.card_border}; border-radius: 10px; }}
#billsTable::item {{ padding: 0 10px; border: none; }}
#billsTable QHeaderView::section {{ padding: 8px 10px; background: {c.card};
    color: {c.secondary_text}; border: none; border-bottom: 1px solid {c.card_border}; }}
"""


def symbol_badge_color(c: Palette, frozen: bool) -> str:
    return c.faint_text if frozen else c.accent


def dialog_style(c: Palette) -> str:
    """What the wallet's dialogs add to the themes: segmented choices and the big amount."""
    return f"""
QPushButton[role="segment"] {{ background: {c.card}; color: {c.text};
    border: 1px solid {c.divider}; border-radius: 8px; padding: 7px 12px; }}
QPushButton[role="segment"]:checked {{ background: {c.accent}; color: #ffffff;
    border-color: {c.accent}; font-weight: 600; }}
#bigAmount {{ font-size: 30px; font-weight: 600; color: {c.text}; }}
#amountEdit {{ font-size: 18px; padding: 8px 10px; }}
#fieldHint {{ font-size: 12px; color: {c.secondary_text}; }}
#fieldError {{ font-size: 12px; color: {c.danger}; }}
"""
