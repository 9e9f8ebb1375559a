"""The Contacts pane: friends, requests, people nearby, adding by QR code or card text."""

from desktop.contacts.add_dialog import AddContactDialog
from desktop.contacts.pane import ContactsPane

__all__ = ["AddContactDialog", "ContactsPane"]
