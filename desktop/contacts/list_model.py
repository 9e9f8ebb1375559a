"""The friend list: contacts filtered by a search text and a tag, as a Qt list model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from core.contacts import Contact
from core.identity import display_id

IdentityRole = Qt.ItemDataRole.UserRole + 1
ContactRole = Qt.ItemDataRole.UserRole + 2
FILTER_BLOCKED = "\x00blocked"

Index = QModelIndex | QPersistentModelIndex


def matches(contact: Contact, needle: str) -> bool:
    """Search by remark, name, tag, or the start of the display id (dashes ignored)."""
    if not needle:
        return True
    folded = needle.casefold()
    texts = (contact.remark, contact.name, *contact.tags)
    if any(folded in text.casefold() for text in texts):
        return True
    compact = folded.replace("-", "").upper()
    return len(compact) >= 4 and display_id(contact.identity).replace("-", "").startswith(compact)


class ContactListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._friends: tuple[Contact, ...] = ()
        self._blocked: tuple[Contact, ...] = ()
        self._shown: list[Contact] = []
        self._text = ""
        self._tag = ""

    def set_contacts(self, friends: Sequence[Contact], blocked: Sequence[Contact]) -> None:
        self._friends = tuple(friends)
        self._blocked = tuple(blocked)
        self._refilter()

    def set_filter(self, text: str, tag: str = "") -> None:
        self._text = text.strip()
        self._tag = tag
        self._refilter()

    def _refilter(self) -> None:
        pool = self._blocked if self._tag == FILTER_BLOCKED else self._friends
        shown = [
            contact
            for contact in pool
            if (not self._tag or self._tag == FILTER_BLOCKED or self._tag in contact.tags)
            and matches(contact, self._text)
        ]
        if [c for c in shown] == self._shown:
            return
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()

    def contact_at(self, row: int) -> Contact | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def row_of(self, identity: bytes) -> int:
        for row, contact in enumerate(self._shown):
            if contact.identity == identity:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        contact = self.contact_at(index.row()) if index.isValid() else None
        if contact is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return contact.display_name
        if role == Qt.ItemDataRole.ToolTipRole and contact.remark:
            return contact.name
        if role == IdentityRole:
            return bytes(contact.identity)
        if role == ContactRole:
            return contact
        return None
