"""The Chats pane: conversation list, message view, composer, groups and search."""

from desktop.chats.pane import ChatsPane

__all__ = ["ChatsPane"]
