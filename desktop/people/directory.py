"""Who is who, for every pane: contacts (with remarks and tags), group members and ourselves,
held in memory.

Painting never reads the store: the directory loads contacts off the GUI thread after changes
(a burst of changes, one load) and answers ``name_of`` from memory. One per open profile
(``context.people.directory``).

Signals:
    changed(): names were (re)loaded; redraw what shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from core.chat import GroupInfo
from core.contacts import Contact, ContactState
from desktop.i18n import translate
from desktop.widgets.guard import run_for

if TYPE_CHECKING:
    from desktop.context import AppContext

RELOAD_DELAY_MS = 30


@dataclass(frozen=True)
class ContactsSnapshot:
    """Everyone we hold a card for, by display name."""

    everyone: tuple[Contact, ...] = field(default=())

    def get(self, identity: bytes) -> Contact | None:
        return next((c for c in self.everyone if c.identity == identity), None)

    @property
    def friends(self) -> tuple[Contact, ...]:
        return tuple(c for c in self.everyone if c.is_friend and not c.blocked)

    @property
    def blocked(self) -> tuple[Contact, ...]:
        return tuple(c for c in self.everyone if c.blocked)

    @property
    def requests(self) -> tuple[Contact, ...]:
        """People waiting for us, newest first."""
        waiting = (c for c in self.everyone if c.state is ContactState.PENDING and not c.blocked)
        return tuple(sorted(waiting, key=lambda c: c.request_at_ms, reverse=True))

    @property
    def new_friends_page(self) -> tuple[Contact, ...]:
        """What the "New friends" page lists: requests both ways, newest first."""
        shown = (ContactState.PENDING, ContactState.REQUESTED, ContactState.DECLINED)
        listed = (c for c in self.everyone if c.state in shown and not c.blocked)
        return tuple(sorted(listed, key=lambda c: c.request_at_ms, reverse=True))

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(sorted({tag for c in self.friends for tag in c.tags}, key=str.casefold))


class PeopleDirectory(QObject):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._me = bytes(context.core.me)
        self._my_name = ""
        self.snapshot = ContactsSnapshot()
        self._contacts: dict[bytes, Contact] = {}
        self._member_names: dict[bytes, str] = {}
        self._groups: dict[bytes, GroupInfo] = {}
        self.loaded = False
        self._loading = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        context.bridge.contactChanged.connect(self.reload_soon)
        context.bridge.profileChanged.connect(self.reload_soon)
        context.bridge.rebuilt.connect(self.reload_soon)

    @property
    def me(self) -> bytes:
        return self._me

    def reload_soon(self, *_identity: object) -> None:
        """Load again soon (changes come in bursts: one load for a burst)."""
        self._timer.start()

    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        core = self._context.core

        def work() -> tuple[str, ContactsSnapshot]:
            return core.name, ContactsSnapshot(tuple(core.contacts.all_contacts()))

        run_for(self, self._context.runner, work, self._take, self._failed)

    def _take(self, result: tuple[str, ContactsSnapshot]) -> None:
        self._loading = False
        self._my_name, self.snapshot = result
        self._contacts = {bytes(c.identity): c for c in self.snapshot.everyone}
        self.loaded = True
        self.changed.emit()
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, message: str) -> None:
        self._loading = False
        self._context.runner.failed.emit(message)

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
        return sorted(self.snapshot.friends, key=lambda c: c.display_name.casefold())

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
