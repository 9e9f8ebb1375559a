"""The colours the chats pane paints itself (bubbles, badges, lists), for light and dark.

The application's QSS themes colour ordinary widgets; what a delegate paints, and the pane's
own widgets, take their colours from here, following ``context.themes.effective``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class ChatColors:
    dark: bool
    window: str
    list_background: str
    list_pinned: str
    list_hover: str
    list_selected: str
    chat_background: str
    header_border: str
    text: str
    secondary_text: str
    faint_text: str
    own_bubble: str
    own_text: str
    other_bubble: str
    other_text: str
    quote_background: str
    quote_own_background: str
    mention: str
    accent: str
    badge: str
    badge_text: str
    muted_badge: str
    draft: str
    card: str
    card_border: str
    placeholder: str
    divider: str
    highlight: str
    system_pill: str
    banner: str
    banner_text: str
    input_background: str

    def qcolor(self, name: str) -> QColor:
        return QColor(getattr(self, name))


LIGHT = ChatColors(
    dark=False,
    window="#ffffff",
    list_background="#f7f7f7",
    list_pinned="#ececec",
    list_hover="#e9e9e9",
    list_selected="#d9d9d9",
    chat_background="#f5f5f5",
    header_border="#e3e3e3",
    text="#191919",
    secondary_text="#7f7f7f",
    faint_text="#a8a8a8",
    own_bubble="#95ec69",
    own_text="#111111",
    other_bubble="#ffffff",
    other_text="#111111",
    quote_background="#ececec",
    quote_own_background="#7fd858",
    mention="#1f6fd1",
    accent="#07c160",
    badge="#fa5151",
    badge_text="#ffffff",
    muted_badge="#b2b2b2",
    draft="#fa5151",
    card="#ffffff",
    card_border="#e6e6e6",
    placeholder="#e4e4e4",
    divider="#d9d9d9",
    highlight="#fff3b0",
    system_pill="#e2e2e2",
    banner="#fff7e0",
    banner_text="#6b5200",
    input_background="#ffffff",
)

DARK = ChatColors(
    dark=True,
    window="#1e1f22",
    list_background="#232427",
    list_pinned="#2c2e32",
    list_hover="#2f3135",
    list_selected="#3a3d42",
    chat_background="#17181a",
    header_border="#2f3135",
    text="#e8eaed",
    secondary_text="#9aa0a6",
    faint_text="#6f757b",
    own_bubble="#2e7d4f",
    own_text="#f1f8f3",
    other_bubble="#2c2e32",
    other_text="#e8eaed",
    quote_background="#383b40",
    quote_own_background="#256942",
    mention="#6fb1ff",
    accent="#2ecc71",
    badge="#e5484d",
    badge_text="#ffffff",
    muted_badge="#6f757b",
    draft="#ff6b6b",
    card="#2c2e32",
    card_border="#3a3d42",
    placeholder="#33363b",
    divider="#3a3d42",
    highlight="#5a4d12",
    system_pill="#2c2e32",
    banner="#3a3320",
    banner_text="#f0d889",
    input_background="#1e1f22",
)


def colors_for(theme: str) -> ChatColors:
    return DARK if theme == "dark" else LIGHT


def pane_style(c: ChatColors) -> str:
    """The pane's own style sheet (its widgets only; the app themes stay as they are)."""
    return f"""
#chatsList, #chatsSearchResults {{ background: {c.list_background}; border: none; }}
#chatsListPanel {{ background: {c.list_background}; }}
#chatsSearch {{ background: {c.input_background}; border: 1px solid {c.header_border};
    border-radius: 6px; padding: 4px 8px; color: {c.text}; }}
#chatsNewGroup {{ border: 1px solid {c.header_border}; border-radius: 6px;
    background: {c.input_background}; }}
#chatsNewGroup:hover {{ background: {c.list_hover}; }}
#conversationView, #messageView {{ background: {c.chat_background}; border: none; }}
#conversationHeader {{ background: {c.chat_background};
    border-bottom: 1px solid {c.header_border}; }}
#conversationTitle {{ font-size: 16px; font-weight: 600; color: {c.text};
    background: transparent; }}
#conversationSubtitle {{ color: {c.secondary_text}; background: transparent; }}
#conversationHeader QToolButton, #composer QToolButton {{ border: none; border-radius: 6px;
    padding: 4px; background: transparent; }}
#conversationHeader QToolButton:hover, #composer QToolButton:hover {{
    background: {c.list_hover}; }}
#announcementBanner {{ background: {c.banner}; color: {c.banner_text};
    border-bottom: 1px solid {c.header_border}; }}
#announcementBanner QLabel {{ background: transparent; color: {c.banner_text}; }}
#composer {{ background: {c.window}; border-top: 1px solid {c.header_border}; }}
#composerEdit {{ background: {c.window}; border: none; color: {c.text}; font-size: 14px; }}
#composerSend {{ background: {c.accent}; color: white; border: none; border-radius: 6px;
    padding: 6px 18px; font-weight: 600; }}
#composerSend:disabled {{ background: {c.placeholder}; color: {c.faint_text}; }}
#composerBlocked {{ color: {c.secondary_text}; background: {c.window}; padding: 18px; }}
#replyBar, #attachmentStrip {{ background: {c.list_background};
    border-top: 1px solid {c.header_border}; }}
#replyBar QLabel, #attachmentStrip QLabel {{ background: transparent;
    color: {c.secondary_text}; }}
#attachmentChip {{ background: {c.card}; border: 1px solid {c.card_border};
    border-radius: 6px; }}
#findBar {{ background: {c.window}; border-bottom: 1px solid {c.header_border}; }}
#findBar QLineEdit {{ background: {c.input_background}; border: 1px solid {c.header_border};
    border-radius: 6px; padding: 3px 8px; color: {c.text}; }}
#findResults {{ background: {c.window}; border: none; border-bottom: 1px solid
    {c.header_border}; color: {c.text}; }}
#emptyChat {{ color: {c.faint_text}; background: {c.chat_background}; font-size: 14px; }}
#jumpToBottom {{ background: {c.window}; border: 1px solid {c.header_border};
    border-radius: 18px; }}
#jumpToBottom:hover {{ background: {c.list_hover}; }}
#mentionPopup, #emojiPicker {{ background: {c.window}; border: 1px solid {c.card_border};
    border-radius: 6px; color: {c.text}; }}
#mentionPopup::item {{ padding: 4px 8px; }}
#mentionPopup::item:selected {{ background: {c.list_selected}; color: {c.text}; }}
#errorNote {{ color: {c.badge}; background: transparent; padding: 2px 12px; }}
#groupInfo {{ background: {c.window}; border-left: 1px solid {c.header_border}; }}
#groupInfo QLabel#sectionTitle {{ color: {c.secondary_text}; font-size: 12px; }}
"""
