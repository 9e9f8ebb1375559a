"""The chats pane's own style sheets, from the app's one palette (:mod:`desktop.widgets.colors`).

The QSS themes colour ordinary widgets; what the pane paints, and its own widgets, take their
colours from the palette, following ``context.themes.effective``.
"""

from __future__ import annotations

from desktop.widgets.colors import Palette, colors_for

ChatColors = Palette
"""The palette, by the name this pane's modules know it."""

__all__ = ["ChatColors", "Palette", "colors_for", "pane_style"]


def pane_style(c: Palette) -> str:
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
