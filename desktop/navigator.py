"""Where the interface can take the user, as explicit methods: open a conversation, show a
person's profile, show a pane. Panes and windows ask the navigator (``context.navigator``)
instead of looking for methods on ``window()`` by name; the main window and the panes that
can be navigated to register themselves with it.
"""

from __future__ import annotations

import logging
from typing import Protocol

log = logging.getLogger(__name__)


class Window(Protocol):
    def show_pane(self, pane_id: str) -> object: ...

    def bring_to_front(self) -> None: ...


class Conversations(Protocol):
    """The chats pane, as the navigator sees it."""

    def open_conversation(self, conversation_id: str) -> None: ...

    def current_conversation(self) -> str | None: ...

    def conversation_being_read(self) -> str | None: ...


class Profiles(Protocol):
    """The contacts pane: someone's page."""

    def show_contact(self, identity: bytes) -> None: ...


class MyProfile(Protocol):
    """The Me pane: our own profile."""

    def show_profile(self) -> None: ...


class Navigator:
    """Routes between panes; a route whose pane is absent is logged and does nothing."""

    def __init__(self) -> None:
        self.window: Window | None = None
        self.conversations: Conversations | None = None
        self.profiles: Profiles | None = None
        self.my_profile: MyProfile | None = None
        self._shown = ""

    def show_pane(self, pane_id: str) -> bool:
        if self.window is None:
            return False
        self.window.show_pane(pane_id)
        return True

    def open_conversation(self, conversation_id: str, *, bring_to_front: bool = True) -> None:
        """Show the chats pane at one conversation (from contacts, notifications, search)."""
        if self.conversations is None:
            log.warning("no chats pane to open %s in", conversation_id)
            return
        self.show_pane("chats")
        self.conversations.open_conversation(conversation_id)
        if bring_to_front and self.window is not None:
            self.window.bring_to_front()

    def show_profile(self, identity: bytes, me: bytes = b"") -> None:
        """Someone's page in Contacts, or ours in Me when ``identity`` is ``me``."""
        if identity and identity == me:
            self.show_my_profile()
            return
        if self.profiles is None:
            log.warning("no contacts pane to show a profile in")
            return
        self.show_pane("contacts")
        self.profiles.show_contact(identity)

    def show_my_profile(self) -> None:
        if self.my_profile is None:
            return
        self.show_pane("me")
        self.my_profile.show_profile()

    def pane_shown(self, pane_id: str) -> None:
        """The window reports which pane is on screen (conversation questions need it)."""
        self._shown = pane_id

    def current_conversation(self) -> str | None:
        """The conversation on screen, if the chats pane is showing one."""
        if self.conversations is None or self._shown != "chats":
            return None
        return self.conversations.current_conversation()

    def conversation_being_read(self) -> str | None:
        """The conversation on screen at its newest message (its arrivals count as read)."""
        if self.conversations is None or self._shown != "chats":
            return None
        return self.conversations.conversation_being_read()
