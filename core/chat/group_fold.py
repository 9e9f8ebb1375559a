"""Folding group events: invites, keys, membership, name and announcement.

Bodies::

    group.invite   {group, name, announcement, owner, key, epoch, members: [{card, role}]}
                   sealed to the invitees, in the inviter's main feed
    group.key      {group, epoch, key}          sealed to the members, in a group feed
    group.members  {group, add: [{card, role}], remove: [id], roles: {id: role}}
    group.meta     {group, name?, announcement?}
    group.leave    {group}
    group.join     {group, code, card}    sealed to the inviter, in the joiner's main feed
    (the last three encrypted under the group key, in a group feed)

Membership facts are last-writer-wins per member by event time. Only the owner and admins
change membership and the group's name and announcement; only the owner changes roles.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.bodies import (
    hex_field,
)
from core.changes import Change, GroupChanged
from core.chat.group_bodies import (
    GroupInviteBody,
    GroupJoinBody,
    GroupKeyBody,
    GroupMembersBody,
    GroupMetaBody,
    MemberEntry,
)
from core.chat.invite_code import read_invite
from core.chat.rows import insert_system_line, member_role, touch_conversation, upsert_member
from core.chat.values import Role, SystemNote, group_conversation
from core.errors import InvalidInput
from core.feeds import MAIN_FEED, feed_id_for, group_topic
from core.identity import ContactCard, decode_card
from core.ids import GroupId, PublicKey
from core.projection import Keyring, Opened
from core.store.sql import Connection


def group_scope(group_id: bytes) -> str:
    return f"group:{group_id.hex()}"


def _member_entries(members: Sequence[MemberEntry]) -> list[tuple[ContactCard, Role]]:
    """Verified cards and roles of an invite's or an addition's member entries."""
    entries = []
    for member in members:
        card = decode_card(member.card)
        try:
            role = Role(member.role)
        except ValueError as exc:
            raise InvalidInput("unknown member role") from exc
        entries.append((card, role))
    return entries


class GroupsFold:
    """Projection of groups, their members and their keys."""

    tables: tuple[str, ...] = (
        "chat_group",
        "group_member",
        "group_join_request",
        "group_departure",
    )

    def __init__(self, me: PublicKey) -> None:
        self._me = me

    def fold(self, connection: Connection, item: Opened, keyring: Keyring) -> Sequence[Change]:
        group_id = GroupId(hex_field(item.body, "group", 16))
        if item.type == "group.invite":
            return self._invite(connection, item, group_id, keyring)
        if item.type == "group.join":
            return self._join_request(connection, item, group_id)
        if item.event.feed_id != feed_id_for(group_topic(group_id)):
            raise InvalidInput("group events belong in that group's feed")
        if item.type == "group.key":
            return self._key(connection, item, group_id, keyring)
        if item.key_scope != group_scope(group_id):
            raise InvalidInput("group events must be encrypted with that group's key")
        match item.type:
            case "group.members":
                return self._members(connection, item, group_id)
            case "group.meta":
                return self._meta(connection, item, group_id)
            case "group.leave":
                return self._leave(connection, item, group_id)
        return ()

    def _line(
        self, connection: Connection, item: Opened, group_id: bytes, note: SystemNote
    ) -> None:
        event = item.event
        insert_system_line(
            connection,
            local_order=item.local_order,
            event_id=event.id,
            conversation_id=group_conversation(group_id),
            feed_id=event.feed_id,
            seq=event.seq,
            timestamp_ms=event.header.timestamp_ms,
            note=note,
            outgoing=event.author == self._me,
        )

    def _invite(
        self, connection: Connection, item: Opened, group_id: GroupId, keyring: Keyring
    ) -> Sequence[Change]:
        event = item.event
        if event.feed_id != MAIN_FEED:
            raise InvalidInput("group invites travel in the inviter's main feed")
        body = GroupInviteBody.decode(item.body)
        members = _member_entries(body.members)
        roles = {card.identity_key: role for card, role in members}
        if roles.get(event.author) not in (Role.OWNER, Role.ADMIN):
            raise InvalidInput("only the owner or an admin can invite")
        owner = body.owner
        if roles.get(owner) is not Role.OWNER:
            raise InvalidInput("the invite's owner is not listed as owner")
        keyring.add(connection, body.key, group_scope(group_id), body.epoch, item.local_order)
        when = event.header.timestamp_ms
        name, announcement = body.name, body.announcement
        connection.exec_driver_sql(
            "INSERT INTO chat_group (group_id, name, announcement, owner, created_ms, name_ms,"
            " announcement_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(group_id) DO NOTHING",
            (group_id, name, announcement, owner, when, when, when),
        )
        for card, role in members:
            upsert_member(connection, group_id, card, role, True, when)
        if self._me in roles:
            self._line(connection, item, group_id, SystemNote("invited", event.author, (self._me,)))
        else:
            touch_conversation(connection, group_conversation(group_id), "group", group_id=group_id)
        return (GroupChanged(group_conversation(group_id)),)

    def _join_request(
        self, connection: Connection, item: Opened, group_id: GroupId
    ) -> Sequence[Change]:
        event = item.event
        if event.feed_id != MAIN_FEED or event.author == self._me:
            return ()
        join = GroupJoinBody.decode(item.body)
        invite = read_invite(join.code)
        card = decode_card(join.card)
        if invite.inviter.identity_key != self._me or invite.group_id != group_id:
            return ()  # not one of our codes
        if card.identity_key != event.author:
            raise InvalidInput("a join request must carry its author's card")
        if event.header.timestamp_ms > invite.expires_ms:
            return ()
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO group_join_request (event_id, group_id, identity, card,"
            " requested_ms) VALUES (?, ?, ?, ?, ?)",
            (event.id, group_id, event.author, card.to_text(), event.header.timestamp_ms),
        )
        return (GroupChanged(group_conversation(group_id)),)

    def _key(
        self, connection: Connection, item: Opened, group_id: GroupId, keyring: Keyring
    ) -> Sequence[Change]:
        if member_role(connection, group_id, item.event.author) not in (Role.OWNER, Role.ADMIN):
            # The creator's first key precedes any membership fact; accept it from the owner.
            row = connection.exec_driver_sql(
                "SELECT owner FROM chat_group WHERE group_id = ?", (group_id,)
            ).first()
            if row is None or bytes(row[0]) != item.event.author:
                raise InvalidInput("only the owner or an admin distributes group keys")
        body = GroupKeyBody.decode(item.body)
        keyring.add(connection, body.key, group_scope(group_id), body.epoch, item.local_order)
        return ()

    def _members(self, connection: Connection, item: Opened, group_id: GroupId) -> Sequence[Change]:
        author = item.event.author
        author_role = member_role(connection, group_id, author)
        if author_role not in (Role.OWNER, Role.ADMIN):
            raise InvalidInput("only the owner or an admin changes membership")
        body = GroupMembersBody.decode(item.body)
        when = item.event.header.timestamp_ms
        added = []
        for card, asked_role in _member_entries(body.add):
            if asked_role is Role.OWNER:
                raise InvalidInput("a group has one owner")
            role = asked_role if author_role is Role.OWNER else Role.MEMBER
            upsert_member(connection, group_id, card, role, True, when)
            added.append(card.identity_key)
        removed = []
        for raw in body.remove:
            target_role = member_role(connection, group_id, raw)
            if target_role is Role.OWNER or (
                target_role is Role.ADMIN and author_role is not Role.OWNER
            ):
                raise InvalidInput("this member cannot be removed by this author")
            connection.exec_driver_sql(
                "UPDATE group_member SET active = 0, changed_ms = ? WHERE group_id = ?"
                " AND identity = ? AND changed_ms <= ?",
                (when, group_id, raw, when),
            )
            removed.append(PublicKey(raw))
        promoted = []
        if body.roles:
            if author_role is not Role.OWNER:
                raise InvalidInput("only the owner changes roles")
            for identity, role_name in body.roles:
                if role_name not in (Role.ADMIN.value, Role.MEMBER.value) or identity == author:
                    raise InvalidInput("bad role change")
                connection.exec_driver_sql(
                    "UPDATE group_member SET role = ? WHERE group_id = ? AND identity = ?",
                    (role_name, group_id, identity),
                )
                promoted.append(identity)
        if added:
            self._line(connection, item, group_id, SystemNote("added", author, tuple(added)))
        elif removed:
            self._line(connection, item, group_id, SystemNote("removed", author, tuple(removed)))
        elif promoted:
            self._line(connection, item, group_id, SystemNote("roles", author, tuple(promoted)))
        return (GroupChanged(group_conversation(group_id)),)

    def _meta(self, connection: Connection, item: Opened, group_id: GroupId) -> Sequence[Change]:
        author = item.event.author
        if member_role(connection, group_id, author) not in (Role.OWNER, Role.ADMIN):
            raise InvalidInput("only the owner or an admin changes the group's details")
        when = item.event.header.timestamp_ms
        meta = GroupMetaBody.decode(item.body)
        name, announcement = meta.name, meta.announcement
        if name is not None:
            connection.exec_driver_sql(
                "UPDATE chat_group SET name = ?, name_ms = ? WHERE group_id = ? AND name_ms <= ?",
                (name, when, group_id, when),
            )
            self._line(connection, item, group_id, SystemNote("renamed", author, text=name))
        if announcement is not None:
            connection.exec_driver_sql(
                "UPDATE chat_group SET announcement = ?, announcement_ms = ?"
                " WHERE group_id = ? AND announcement_ms <= ?",
                (announcement, when, group_id, when),
            )
            self._line(
                connection, item, group_id, SystemNote("announcement", author, text=announcement)
            )
        return (GroupChanged(group_conversation(group_id)),)

    def _leave(self, connection: Connection, item: Opened, group_id: GroupId) -> Sequence[Change]:
        author = item.event.author
        if member_role(connection, group_id, author) in (None, Role.OWNER):
            raise InvalidInput("the owner cannot leave; others can leave once")
        when = item.event.header.timestamp_ms
        connection.exec_driver_sql(
            "UPDATE group_member SET active = 0, changed_ms = ?"
            " WHERE group_id = ? AND identity = ?",
            (when, group_id, author),
        )
        # The owner and admins rotate the key after this (GroupsService.rotate_after_leaving).
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO group_departure (local_order, group_id, identity)"
            " VALUES (?, ?, ?)",
            (item.local_order, group_id, author),
        )
        self._line(connection, item, group_id, SystemNote("left", author))
        return (GroupChanged(group_conversation(group_id)),)
