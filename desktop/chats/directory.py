"""Who is who: display names of contacts, group members and ourselves, held in memory.

Painting never reads the store: this directory loads contacts (and the groups the pane has
seen) off the GUI thread and answers ``name_of`` from memory.

Signals:
    changed(): names were (re)loaded; redraw what shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from core.chat import GroupInfo
from core.contacts import Contact
from desktop.chats.scoped_runner import ScopedRunner
from desktop.context import AppContext
from desktop.i18n import translate


class PeopleDirectory(QObject):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.runner = ScopedRunner(context.runner, self)
        self._me = bytes(context.core.me)
        self._my_name = ""
        self._contacts: dict[bytes, Contact] = {}
        self._member_names: dict[bytes, str] = {}
        self._groups: dict[bytes, GroupInfo] = {}
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(50)
        self._reload_timer.timeout.connect(self.reload)
        context.bridge.contactChanged.connect(lambda _identity: self._reload_soon())
        context.bridge.profileChanged.connect(self._reload_soon)
        context.bridge.rebuilt.connect(self._reload_soon)
        self.loaded = False

    @property
    def me(self) -> bytes:
        return self._me

    def _reload_soon(self) -> None:
        if not self._reload_timer.isActive():
            self._reload_timer.start()

    def reload(self) -> None:
        core = self._context.core

        def work() -> tuple[str, list[Contact]]:
            return core.name, core.contacts.all_contacts()

        self.runner.run(work, self._take)

    def _take(self, result: tuple[str, list[Contact]]) -> None:
        self._my_name, contacts = result
        self._contacts = {bytes(c.identity): c for c in contacts}
        self.loaded = True
        self.changed.emit()

    def remember_group(self, info: GroupInfo) -> None:
        """Learn member names (people in groups who are not our contacts)."""
        self._groups[bytes(info.group_id)] = info
        fresh = False
        for member in info.members:
            if member.name and self._member_names.get(bytes(member.identity)) != member.name:
                self._member_names[bytes(member.identity)] = member.name
                fresh = True
        if fresh:
            self.changed.emit()

    def group(self, group_id: bytes) -> GroupInfo | None:
        return self._groups.get(bytes(group_id))

    def contact(self, identity: bytes) -> Contact | None:
        return self._contacts.get(bytes(identity))

    def friends(self) -> list[Contact]:
        found = [c for c in self._contacts.values() if c.is_friend and not c.blocked]
        return sorted(found, key=lambda c: c.display_name.casefold())

    def name_of(self, identity: bytes) -> str:
        """A remark or name; "You" for ourselves; a short id for strangers."""
        key = bytes(identity)
        if key == self._me:
            return translate("ChatTexts", "You")
        contact = self._contacts.get(key)
        if contact is not None and contact.display_name:
            return contact.display_name
        member = self._member_names.get(key)
        if member:
            return member
        return key.hex()[:8]

    def plain_name_of(self, identity: bytes) -> str:
        """Like :meth:`name_of` but our own name instead of "You" (mentions, avatars)."""
        if bytes(identity) == self._me:
            return self._my_name or translate("ChatTexts", "You")
        return self.name_of(identity)
