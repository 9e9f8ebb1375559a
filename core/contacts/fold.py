"""Folding contact events: profiles, requests, accepts and our own private settings.

Bodies (all inside envelopes except ``profile``)::

    profile          {card, avatar?: {blob, key, size}}   public, in the author's main feed
    contact.request  {to, card, target_card?, message}    sealed to [target, author]
    contact.accept   {to, card}                           sealed to [requester, author]
    contact.set      {who, card?, remark?, tags?, blocked?, verified?, declined?}
                                                          sealed to the author only
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from core.changes import Change, ContactChanged, ProfileChanged
from core.contacts.bodies import (
    AvatarRef,
    ContactAccept,
    ContactRequest,
    ContactSettings,
    ProfileBody,
)
from core.contacts.tables import CONTACT_TABLES
from core.contacts.values import ContactState
from core.errors import InvalidInput
from core.identity import ContactCard, decode_card
from core.ids import PublicKey
from core.projection import Keyring, Opened
from core.store.sql import Connection

MAX_AVATAR_BYTES = 512 * 1024
MAX_TAG_CHARS = 32


def card_of(text: str, expected: bytes) -> ContactCard:
    """The verified card ``text``; it must belong to ``expected``."""
    card = decode_card(text)
    if card.identity_key != expected:
        raise InvalidInput("a card in this event belongs to someone else")
    return card


def clean_tags(values: Sequence[object]) -> list[str]:
    tags = []
    for value in values:
        if not isinstance(value, str) or not value.strip() or len(value) > MAX_TAG_CHARS:
            raise InvalidInput("tags are short pieces of text")
        tags.append(value.strip())
    return sorted(set(tags))


class ContactsFold:
    """Projection of contacts and of our own profile."""

    tables: tuple[str, ...] = (*CONTACT_TABLES, "my_profile")

    def __init__(self, me: PublicKey) -> None:
        self._me = me

    def fold(self, connection: Connection, item: Opened, keyring: Keyring) -> Sequence[Change]:
        author = item.event.author
        body = item.body
        match item.type:
            case "profile":
                return self._profile(connection, author, ProfileBody.decode(body))
            case "contact.request":
                request = ContactRequest.decode(body)
                return self._request(connection, author, request, item.event.header.timestamp_ms)
            case "contact.accept":
                return self._accept(connection, author, ContactAccept.decode(body))
            case "contact.set" if author == self._me:
                return self._settings(connection, ContactSettings.decode(body))
        return ()

    # -- rows ---------------------------------------------------------------------------

    @staticmethod
    def _state(connection: Connection, identity: bytes) -> ContactState | None:
        row = connection.exec_driver_sql(
            "SELECT state FROM contact WHERE identity = ?", (identity,)
        ).first()
        return None if row is None else ContactState(row[0])

    @staticmethod
    def _upsert_card(connection: Connection, card: ContactCard) -> None:
        """Insert a contact from its card, or refresh name/keys/addresses from a newer card."""
        addresses = json.dumps([[a.host, a.port] for a in card.addresses])
        connection.exec_driver_sql(
            "INSERT INTO contact (identity, encryption_key, name, addresses, avatar_hash,"
            " card_issued_ms, card, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'known')"
            " ON CONFLICT(identity) DO UPDATE SET encryption_key = excluded.encryption_key,"
            " name = excluded.name,"
            # Profile cards carry no addresses: keep the last known ones rather than erase them.
            " addresses = CASE WHEN excluded.addresses = '[]' THEN contact.addresses"
            " ELSE excluded.addresses END,"
            " avatar_hash = excluded.avatar_hash, card_issued_ms = excluded.card_issued_ms,"
            " card = excluded.card WHERE excluded.card_issued_ms >= contact.card_issued_ms",
            (
                card.identity_key,
                card.encryption_key,
                card.name,
                addresses,
                card.avatar_hash,
                card.issued_at_ms,
                card.to_text(),
            ),
        )

    @staticmethod
    def _set_state(connection: Connection, identity: bytes, state: ContactState) -> None:
        connection.exec_driver_sql(
            "UPDATE contact SET state = ? WHERE identity = ?", (state.value, identity)
        )

    # -- bodies -------------------------------------------------------------------------

    @staticmethod
    def _avatar(connection: Connection, card: ContactCard, avatar: AvatarRef | None) -> None:
        """Remember where a card's avatar is (its hash names the blob; the body has its key)."""
        if card.avatar_hash is None:
            connection.exec_driver_sql(
                "DELETE FROM avatar WHERE identity = ? AND issued_ms <= ?",
                (card.identity_key, card.issued_at_ms),
            )
            return
        if avatar is None:
            raise InvalidInput("field 'avatar' must be an object")
        if avatar.blob != card.avatar_hash:
            raise InvalidInput("the avatar does not match the card")
        size = avatar.size
        if not 0 < size <= MAX_AVATAR_BYTES:
            raise InvalidInput("avatar too large")
        connection.exec_driver_sql(
            "INSERT INTO avatar (identity, blob_id, key, size, issued_ms) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(identity) DO UPDATE SET blob_id = excluded.blob_id, key = excluded.key,"
            " size = excluded.size, issued_ms = excluded.issued_ms"
            " WHERE excluded.issued_ms >= avatar.issued_ms",
            (
                card.identity_key,
                card.avatar_hash,
                avatar.key,
                size,
                card.issued_at_ms,
            ),
        )

    def _profile(
        self, connection: Connection, author: PublicKey, body: ProfileBody
    ) -> Sequence[Change]:
        card = card_of(body.card, author)
        # Avatars are kept even for people we do not know yet: the profile may fold before
        # the request that introduces them.
        self._avatar(connection, card, body.avatar)
        if author == self._me:
            connection.exec_driver_sql(
                "INSERT INTO my_profile (id, card, issued_ms) VALUES (1, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET card = excluded.card,"
                " issued_ms = excluded.issued_ms"
                " WHERE excluded.issued_ms >= my_profile.issued_ms",
                (card.to_text(), card.issued_at_ms),
            )
            return (ProfileChanged(),)
        if self._state(connection, author) is None:
            return ()  # profiles of strangers are not kept
        self._upsert_card(connection, card)
        return (ContactChanged(author),)

    def _request(
        self, connection: Connection, author: PublicKey, body: ContactRequest, when_ms: int
    ) -> Sequence[Change]:
        target = body.to
        if author == self._me:
            self._upsert_card(connection, card_of(body.target_card, target))
            state = self._state(connection, target)
            if state is ContactState.PENDING:
                self._set_state(connection, target, ContactState.FRIEND)
            elif state is not ContactState.FRIEND:
                self._set_state(connection, target, ContactState.REQUESTED)
            return (ContactChanged(target),)
        if target != self._me:
            return ()
        self._upsert_card(connection, card_of(body.card, author))
        message = body.message
        state = self._state(connection, author)
        if state is ContactState.REQUESTED or state is ContactState.FRIEND:
            new_state = ContactState.FRIEND
        else:
            new_state = ContactState.PENDING
        connection.exec_driver_sql(
            "UPDATE contact SET state = ?, request_message = ?, request_at_ms = ?"
            " WHERE identity = ?",
            (new_state.value, message, when_ms, author),
        )
        return (ContactChanged(author),)

    def _accept(
        self, connection: Connection, author: PublicKey, body: ContactAccept
    ) -> Sequence[Change]:
        target = body.to
        if author == self._me:
            if self._state(connection, target) is None:
                return ()
            self._set_state(connection, target, ContactState.FRIEND)
            return (ContactChanged(target),)
        if target != self._me:
            return ()
        if self._state(connection, author) is not ContactState.REQUESTED:
            return ()  # an accept we never asked for is ignored
        self._upsert_card(connection, card_of(body.card, author))
        self._set_state(connection, author, ContactState.FRIEND)
        return (ContactChanged(author),)

    def _settings(self, connection: Connection, body: ContactSettings) -> Sequence[Change]:
        who = body.who
        if body.card is not None:
            self._upsert_card(connection, card_of(body.card, who))
        if self._state(connection, who) is None:
            return ()
        updates: dict[str, object] = {}
        if body.remark is not None:
            updates["remark"] = body.remark.strip()
        if body.tags is not None:
            updates["tags"] = json.dumps(clean_tags(body.tags))
        if body.blocked is not None:
            updates["blocked"] = body.blocked
        if body.verified is not None:
            updates["verified"] = body.verified
        if body.declined:
            updates["state"] = ContactState.DECLINED.value
        if updates:
            assignments = ", ".join(f"{column} = ?" for column in updates)
            connection.exec_driver_sql(
                f"UPDATE contact SET {assignments} WHERE identity = ?", (*updates.values(), who)
            )
        return (ContactChanged(who),)
