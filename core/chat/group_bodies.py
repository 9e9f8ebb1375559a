"""The group feature's bodies: invites, keys, membership, name and announcement, joins.

Bodies::

    group.invite   {group, name, announcement?, owner, key, epoch, members: [{card, role}]}
    group.key      {group, epoch, key}
    group.members  {group, add?: [{card, role}], remove?: [id], roles?: {id: role}}
    group.meta     {group, name?, announcement?}
    group.leave    {group}
    group.join     {group, code, card}

Cards travel as text and are verified by the fold; keys are base64, ids hex.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

from core.bodies import (
    Body,
    Json,
    TypedBody,
    b64,
    b64_field,
    hex_field,
    hex_items,
    int_field,
    list_field,
    object_field,
    optional_text,
    text_field,
)
from core.chat.invite_code import MAX_INVITE_TEXT
from core.errors import InvalidInput
from core.ids import GroupId, PublicKey

MAX_MEMBERS = 500
MAX_GROUP_NAME = 64
MAX_ANNOUNCEMENT = 2000
CARD_CHARS = 1024


def _group(body: Body) -> GroupId:
    return GroupId(hex_field(body, "group", 16))


@dataclass(frozen=True)
class MemberEntry:
    """A member as an invite or an addition names them: their card (text) and role."""

    card: str
    role: str

    def fields(self) -> dict[str, Json]:
        return {"card": self.card, "role": self.role}

    @classmethod
    def decode_list(cls, body: Body, name: str) -> tuple[Self, ...]:
        entries = []
        for entry in list_field(body, name, max_items=MAX_MEMBERS):
            if not isinstance(entry, dict):
                raise InvalidInput("a member entry must be an object")
            entries.append(
                cls(
                    text_field(entry, "card", max_chars=CARD_CHARS),
                    text_field(entry, "role", max_chars=8),
                )
            )
        return tuple(entries)


@dataclass(frozen=True)
class GroupInviteBody(TypedBody):
    """``group.invite``: sealed to the invitees, in the inviter's main feed."""

    TYPE = "group.invite"
    group: GroupId
    name: str
    owner: PublicKey
    key: bytes
    epoch: int
    members: tuple[MemberEntry, ...]
    announcement: str = ""

    def fields(self) -> dict[str, Json]:
        return {
            "group": self.group.hex(),
            "name": self.name,
            "announcement": self.announcement or None,
            "owner": self.owner.hex(),
            "key": b64(self.key),
            "epoch": self.epoch,
            "members": [m.fields() for m in self.members],
        }

    @classmethod
    def decode(cls, body: Body) -> Self:
        return cls(
            _group(body),
            text_field(body, "name", max_chars=MAX_GROUP_NAME),
            PublicKey(hex_field(body, "owner", 32)),
            b64_field(body, "key", 32),
            int_field(body, "epoch"),
            MemberEntry.decode_list(body, "members"),
            optional_text(body, "announcement", max_chars=MAX_ANNOUNCEMENT) or "",
        )


@dataclass(frozen=True)
class GroupKeyBody(TypedBody):
    """``group.key``: a new key epoch, sealed to the members, in the group's feed."""

    TYPE = "group.key"
    group: GroupId
    epoch: int
    key: bytes

    def fields(self) -> dict[str, Json]:
        return {"group": self.group.hex(), "epoch": self.epoch, "key": b64(self.key)}

    @classmethod
    def decode(cls, body: Body) -> Self:
        return cls(_group(body), int_field(body, "epoch"), b64_field(body, "key", 32))


@dataclass(frozen=True)
class GroupMembersBody(TypedBody):
    """``group.members``: additions, removals or role changes (one kind per event)."""

    TYPE = "group.members"
    group: GroupId
    add: tuple[MemberEntry, ...] = ()
    remove: tuple[PublicKey, ...] = ()
    roles: tuple[tuple[PublicKey, str], ...] = ()

    def fields(self) -> dict[str, Json]:
        return {
            "group": self.group.hex(),
            "add": [m.fields() for m in self.add] or None,
            "remove": [r.hex() for r in self.remove] or None,
            "roles": {who.hex(): role for who, role in self.roles} or None,
        }

    @classmethod
    def decode(cls, body: Body) -> Self:
        roles: list[tuple[PublicKey, str]] = []
        if body.get("roles") is not None:
            for who, role in object_field(body, "roles").items():
                raw = hex_field({"id": who}, "id", 32)
                if not isinstance(role, str) or len(role) > 8:
                    raise InvalidInput("unknown member role")
                roles.append((PublicKey(raw), role))
        return cls(
            _group(body),
            MemberEntry.decode_list(body, "add"),
            tuple(PublicKey(r) for r in hex_items(body, "remove", 32, max_items=MAX_MEMBERS)),
            tuple(roles),
        )


@dataclass(frozen=True)
class GroupMetaBody(TypedBody):
    """``group.meta``: a new name or announcement (``None`` leaves it as it was)."""

    TYPE = "group.meta"
    group: GroupId
    name: str | None = None
    announcement: str | None = None

    def fields(self) -> dict[str, Json]:
        return {"group": self.group.hex(), "name": self.name, "announcement": self.announcement}

    @classmethod
    def decode(cls, body: Body) -> Self:
        return cls(
            _group(body),
            optional_text(body, "name", max_chars=MAX_GROUP_NAME),
            optional_text(body, "announcement", max_chars=MAX_ANNOUNCEMENT),
        )


@dataclass(frozen=True)
class GroupLeaveBody(TypedBody):
    """``group.leave``: we leave (said under the current key)."""

    TYPE = "group.leave"
    group: GroupId

    def fields(self) -> dict[str, Json]:
        return {"group": self.group.hex()}

    @classmethod
    def decode(cls, body: Body) -> Self:
        return cls(_group(body))


@dataclass(frozen=True)
class GroupJoinBody(TypedBody):
    """``group.join``: asking the inviter to add us, with their code and our card."""

    TYPE = "group.join"
    group: GroupId
    code: str
    card: str

    def fields(self) -> dict[str, Json]:
        return {"group": self.group.hex(), "code": self.code, "card": self.card}

    @classmethod
    def decode(cls, body: Body) -> Self:
        return cls(
            _group(body),
            text_field(body, "code", max_chars=MAX_INVITE_TEXT),
            text_field(body, "card", max_chars=CARD_CHARS),
        )
