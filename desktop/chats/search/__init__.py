"""Part of the Chats pane."""
