"""The contacts pane's view of everyone we know, reloaded off the GUI thread after changes.

Signals:
    changed(): a new snapshot is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from core.contacts import Contact, ContactState
from desktop.context import AppContext
from desktop.widgets.guard import run_for

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


class ContactsDirectory(QObject):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.snapshot = ContactsSnapshot()
        self.loaded = False
        self._loading = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self._load)
        context.bridge.contactChanged.connect(self.reload)
        context.bridge.rebuilt.connect(self.reload)
        self.reload()

    def reload(self, *_identity: object) -> None:
        """Load again soon (changes come in bursts: one load for a burst)."""
        self._timer.start()

    def _load(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        contacts = self._context.core.contacts
        run_for(
            self,
            self._context.runner,
            lambda: ContactsSnapshot(tuple(contacts.all_contacts())),
            self._done,
            self._failed,
        )

    def _done(self, snapshot: ContactsSnapshot) -> None:
        self._loading = False
        self.snapshot = snapshot
        self.loaded = True
        self.changed.emit()
        if self._again:
            self._again = False
            self._load()

    def _failed(self, message: str) -> None:
        self._loading = False
        self._context.runner.failed.emit(message)
