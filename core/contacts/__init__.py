"""Contacts: requests with a verification message, remarks, tags, blocking, safety numbers."""

from core.contacts.feature import contacts_feature
from core.contacts.fold import ContactsFold
from core.contacts.service import ContactsService
from core.contacts.tables import ContactRow, MyProfileRow
from core.contacts.values import Contact, ContactState

__all__ = [
    "Contact",
    "ContactRow",
    "ContactState",
    "ContactsFold",
    "ContactsService",
    "MyProfileRow",
    "contacts_feature",
]
