"""The people layer every pane shares: who is who (names, remarks, tags, group members), their
avatars, and the picture viewer. Built once per open profile (``context.people``), so names
and pictures are loaded once and look the same in chats, contacts, Moments and what comes next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.people.avatar_label import AvatarLabel
from desktop.people.avatars import AvatarCache
from desktop.people.directory import ContactsSnapshot, PeopleDirectory
from desktop.people.image_viewer import ImageCanvas, ImageViewer, Picture

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from desktop.context import AppContext

__all__ = [
    "AvatarCache",
    "AvatarLabel",
    "ContactsSnapshot",
    "ImageCanvas",
    "ImageViewer",
    "People",
    "PeopleDirectory",
    "Picture",
]


class People:
    """The one directory and the one avatar cache of an open profile."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        self.directory = PeopleDirectory(context, parent)
        self.avatars = AvatarCache(context, parent)
        self.directory.reload_soon()
