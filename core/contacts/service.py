"""Contacts: adding people from cards, requests, remarks, tags, blocking, verification."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from core.blobs import BlobRef
from core.contacts.bodies import MAX_TAGS, ContactAccept, ContactRequest, ContactSettings
from core.contacts.fold import clean_tags
from core.contacts.values import Contact, ContactState
from core.errors import InvalidInput, NotAllowed, NotFound
from core.features import Kit
from core.feeds import MAIN_TOPIC
from core.identity import Address, ContactCard, decode_card, safety_number
from core.ids import BlobId, EncryptionKey, PublicKey

MAX_REQUEST_MESSAGE = 200
_COLUMNS = (
    "identity, encryption_key, name, remark, tags, state, blocked, verified, request_message,"
    " request_at_ms, addresses, avatar_hash"
)


def _contact(row: Sequence[Any]) -> Contact:
    return Contact(
        identity=PublicKey(bytes(row[0])),
        encryption_key=EncryptionKey(bytes(row[1])),
        name=str(row[2]),
        remark=str(row[3]),
        tags=tuple(json.loads(row[4])),
        state=ContactState(row[5]),
        blocked=bool(row[6]),
        verified=bool(row[7]),
        request_message=str(row[8]),
        request_at_ms=int(row[9]),
        addresses=tuple(Address(host, int(port)) for host, port in json.loads(row[10])),
        avatar_hash=None if row[11] is None else bytes(row[11]),
    )


class ContactsService:
    """Reads the contacts projection; changes go out as events in our main feed."""

    def __init__(self, kit: Kit) -> None:
        self._db = kit.database
        self._writer = kit.writer
        self._me = kit.me
        self._my_card = kit.people.my_card

    # -- reading -------------------------------------------------------------------------

    def get(self, identity: bytes) -> Contact | None:
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                f"SELECT {_COLUMNS} FROM contact WHERE identity = ?", (identity,)
            ).first()
        return None if row is None else _contact(row)

    def require(self, identity: bytes) -> Contact:
        contact = self.get(identity)
        if contact is None:
            raise NotFound("this person is not among your contacts")
        return contact

    def all_contacts(self, states: Iterable[ContactState] | None = None) -> list[Contact]:
        """Contacts in the given states (all when None), by display name."""
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(f"SELECT {_COLUMNS} FROM contact").all()
        chosen = set(states) if states is not None else None
        contacts = [_contact(row) for row in rows]
        return sorted(
            (c for c in contacts if chosen is None or c.state in chosen),
            key=lambda c: c.display_name.casefold(),
        )

    def friends(self) -> list[Contact]:
        return [c for c in self.all_contacts([ContactState.FRIEND]) if not c.blocked]

    def requests(self) -> list[Contact]:
        """People waiting for us to accept them, newest first."""
        pending = [c for c in self.all_contacts([ContactState.PENDING]) if not c.blocked]
        return sorted(pending, key=lambda c: c.request_at_ms, reverse=True)

    def tags(self) -> list[str]:
        return sorted({tag for contact in self.all_contacts() for tag in contact.tags})

    def with_tag(self, tag: str) -> list[Contact]:
        return [c for c in self.friends() if tag in c.tags]

    def card(self, identity: bytes) -> ContactCard | None:
        """The latest verified card we hold for someone."""
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT card FROM contact WHERE identity = ?", (identity,)
            ).first()
        return decode_card(row[0]) if row and row[0] else None

    def avatar_ref(self, identity: bytes) -> BlobRef | None:
        """Where someone's avatar is (the blob may not have arrived yet)."""
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT blob_id, key, size FROM avatar WHERE identity = ?", (identity,)
            ).first()
        return None if row is None else BlobRef(BlobId(bytes(row[0])), bytes(row[1]), int(row[2]))

    def avatar_blob_ids(self) -> list[BlobId]:
        with self._db.read() as connection:
            rows = connection.exec_driver_sql("SELECT blob_id FROM avatar").all()
        return [BlobId(bytes(row[0])) for row in rows]

    def encryption_key(self, identity: bytes) -> EncryptionKey | None:
        contact = self.get(identity)
        return None if contact is None else contact.encryption_key

    def is_blocked(self, identity: bytes) -> bool:
        contact = self.get(identity)
        return contact is not None and contact.blocked

    def safety_number(self, identity: bytes) -> str:
        return safety_number(self._me, self.require(identity).identity)

    # -- changing ------------------------------------------------------------------------

    def add_from_card(self, card_text: str, message: str = "") -> Contact:
        """Send a friend request to the owner of a card (or accept theirs if they asked first)."""
        return self.add_card(decode_card(card_text), message)

    def add_card(self, card: ContactCard, message: str = "") -> Contact:
        if card.identity_key == self._me:
            raise NotAllowed("this is your own card")
        if len(message) > MAX_REQUEST_MESSAGE:
            raise InvalidInput(f"a request message has at most {MAX_REQUEST_MESSAGE} characters")
        existing = self.get(card.identity_key)
        if existing is not None and existing.state is ContactState.FRIEND:
            return existing
        if existing is not None and existing.state is ContactState.PENDING:
            return self.accept(card.identity_key)
        body = ContactRequest(
            card.identity_key, self._my_card().to_text(), card.to_text(), message.strip()
        ).encode()
        self._writer.sealed(MAIN_TOPIC, body, [card.encryption_key])
        return self.require(card.identity_key)

    def accept(self, identity: bytes) -> Contact:
        contact = self.require(identity)
        if contact.state is ContactState.FRIEND:
            return contact
        if contact.state not in (ContactState.PENDING, ContactState.DECLINED):
            raise NotAllowed("there is no request from this person to accept")
        body = ContactAccept(PublicKey(identity), self._my_card().to_text()).encode()
        self._writer.sealed(MAIN_TOPIC, body, [contact.encryption_key])
        return self.require(identity)

    def _set(self, settings: ContactSettings) -> Contact:
        self.require(settings.who)
        self._writer.sealed(MAIN_TOPIC, settings.encode(), [])
        return self.require(settings.who)

    def decline(self, identity: bytes) -> Contact:
        if self.require(identity).state is not ContactState.PENDING:
            raise NotAllowed("there is no request from this person to decline")
        return self._set(ContactSettings(PublicKey(identity), declined=True))

    def set_remark(self, identity: bytes, remark: str) -> Contact:
        if len(remark) > 64:
            raise InvalidInput("a remark name has at most 64 characters")
        return self._set(ContactSettings(PublicKey(identity), remark=remark.strip()))

    def set_tags(self, identity: bytes, tags: Sequence[str]) -> Contact:
        if len(tags) > MAX_TAGS:
            raise InvalidInput(f"at most {MAX_TAGS} tags")
        return self._set(ContactSettings(PublicKey(identity), tags=tuple(clean_tags(list(tags)))))

    def set_blocked(self, identity: bytes, blocked: bool) -> Contact:
        return self._set(ContactSettings(PublicKey(identity), blocked=blocked))

    def set_verified(self, identity: bytes, verified: bool) -> Contact:
        return self._set(ContactSettings(PublicKey(identity), verified=verified))

    def remember(self, card: ContactCard) -> Contact:
        """Keep a card without sending a request (group members, people we chat with in groups)."""
        if card.identity_key == self._me:
            raise NotAllowed("this is your own card")
        existing = self.get(card.identity_key)
        if existing is not None:
            return existing
        self._writer.sealed(
            MAIN_TOPIC,
            ContactSettings(card.identity_key, card=card.to_text()).encode(),
            [],
        )
        return self.require(card.identity_key)
