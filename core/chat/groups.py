"""Group chats: create, invite, remove (with key rotation), roles, name, announcement, leave.

Every membership change starts a new key epoch: the new key is sealed only to the members
after the change, so someone removed cannot read what is said afterwards, and someone added
cannot read what was said before.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.chat.group_bodies import (
    MAX_ANNOUNCEMENT,
    MAX_GROUP_NAME,
    MAX_MEMBERS,
    GroupInviteBody,
    GroupJoinBody,
    GroupKeyBody,
    GroupLeaveBody,
    GroupMembersBody,
    GroupMetaBody,
    MemberEntry,
)
from core.chat.group_fold import group_scope
from core.chat.invite_code import GroupInvite, make_invite, read_invite
from core.chat.values import (
    ConversationId,
    GroupInfo,
    GroupMember,
    Role,
    group_conversation,
)
from core.errors import InvalidInput, NotAllowed, NotFound
from core.features import Kit
from core.feeds import MAIN_TOPIC, group_topic
from core.identity import ContactCard, decode_card
from core.ids import EncryptionKey, GroupId, PublicKey
from core.projection import Keyring

INVITE_VALIDITY_MS = 7 * 24 * 3600 * 1000


class GroupsService:
    """Group management; messages go through :class:`ChatService`."""

    def __init__(self, kit: Kit) -> None:
        self._signing = kit.signing
        self._clock = kit.clock
        self._db = kit.database
        self._writer = kit.writer
        self._me = kit.me
        self._my_card = kit.people.my_card
        self._card_of = kit.people.card_of
        self._random = kit.random

    # -- reading -----------------------------------------------------------------------------

    def info(self, group_id: bytes) -> GroupInfo | None:
        with self._db.read() as connection:
            group = connection.exec_driver_sql(
                "SELECT name, announcement, owner FROM chat_group WHERE group_id = ?", (group_id,)
            ).first()
            if group is None:
                return None
            members = connection.exec_driver_sql(
                "SELECT identity, name, role, active, card FROM group_member WHERE group_id = ?"
                " ORDER BY CASE role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END, name",
                (group_id,),
            ).all()
            current = Keyring.latest(connection, group_scope(group_id))
        member_values = tuple(
            GroupMember(PublicKey(bytes(m[0])), str(m[1]), Role(m[2]), bool(m[3]), str(m[4]))
            for m in members
        )
        return GroupInfo(
            group_id=GroupId(bytes(group_id)),
            name=str(group[0]),
            announcement=str(group[1]),
            owner=PublicKey(bytes(group[2])),
            members=member_values,
            epoch=current.epoch if current else 0,
            am_member=any(m.identity == self._me and m.active for m in member_values),
        )

    def require(self, group_id: bytes) -> GroupInfo:
        info = self.info(group_id)
        if info is None:
            raise NotFound("no such group")
        return info

    def groups(self) -> list[GroupInfo]:
        with self._db.read() as connection:
            ids = [
                bytes(row[0])
                for row in connection.exec_driver_sql("SELECT group_id FROM chat_group")
            ]
        return [info for info in (self.info(g) for g in ids) if info is not None]

    def member_cards(self, group_id: bytes) -> list[tuple[PublicKey, EncryptionKey, str]]:
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT identity, encryption_key, name FROM group_member"
                " WHERE group_id = ? AND active",
                (group_id,),
            ).all()
        return [(PublicKey(bytes(r[0])), EncryptionKey(bytes(r[1])), str(r[2])) for r in rows]

    # -- helpers -----------------------------------------------------------------------------

    def _require_role(self, info: GroupInfo, *roles: Role) -> Role:
        role = info.role_of(self._me)
        if role not in roles:
            raise NotAllowed("only the group's owner or an admin can do this")
        assert role is not None
        return role

    def _cards(self, identities: Sequence[bytes]) -> list[ContactCard]:
        cards = []
        for identity in identities:
            card = self._card_of(identity)
            if card is None:
                raise NotAllowed("you can only add your contacts to a group")
            cards.append(card)
        return cards

    def _current_key(self, group_id: bytes) -> bytes:
        with self._db.read() as connection:
            current = Keyring.latest(connection, group_scope(group_id))
        if current is None:
            raise NotAllowed("this group's key is not here yet")
        return current.key

    def _rotate(self, info: GroupInfo, recipients: Sequence[EncryptionKey]) -> tuple[bytes, int]:
        """Start a new key epoch, sealed to ``recipients`` only."""
        key = self._random(32)
        epoch = info.epoch + 1
        body = GroupKeyBody(info.group_id, epoch, key).encode()
        self._writer.sealed(group_topic(info.group_id), body, recipients)
        return key, epoch

    def _invite(
        self, info: GroupInfo, invitees: Sequence[ContactCard], key: bytes, epoch: int
    ) -> None:
        members: list[MemberEntry] = []
        for member in info.active_members:
            text = self._my_card().to_text() if member.identity == self._me else member.card
            if text:
                members.append(MemberEntry(text, member.role.value))
        present = {m.identity for m in info.active_members}
        members.extend(
            MemberEntry(c.to_text(), Role.MEMBER.value)
            for c in invitees
            if c.identity_key not in present
        )
        body = GroupInviteBody(
            info.group_id,
            info.name,
            info.owner,
            key,
            epoch,
            tuple(members),
            info.announcement,
        ).encode()
        self._writer.sealed(MAIN_TOPIC, body, [c.encryption_key for c in invitees])

    # -- changing ----------------------------------------------------------------------------

    def create(self, name: str, members: Sequence[bytes]) -> ConversationId:
        """A new group with us as owner and ``members`` (contacts) invited."""
        clean = name.strip()
        if not clean or len(clean) > MAX_GROUP_NAME:
            raise InvalidInput(f"a group name has 1 to {MAX_GROUP_NAME} characters")
        unique = [m for m in dict.fromkeys(members) if m != self._me]
        if len(unique) + 1 > MAX_MEMBERS:
            raise InvalidInput(f"a group has at most {MAX_MEMBERS} members")
        cards = self._cards(unique)
        group_id = GroupId(self._random(16))
        key = self._random(32)
        everyone = [MemberEntry(self._my_card().to_text(), Role.OWNER.value)]
        everyone.extend(MemberEntry(c.to_text(), Role.MEMBER.value) for c in cards)
        body = GroupInviteBody(group_id, clean, self._me, key, 0, tuple(everyone)).encode()
        self._writer.sealed(MAIN_TOPIC, body, [c.encryption_key for c in cards])
        return group_conversation(group_id)

    def add_members(self, group_id: bytes, identities: Sequence[bytes]) -> GroupInfo:
        """Add contacts to a group (owner or admin)."""
        return self._add_cards(group_id, self._cards(identities))

    def _add_cards(self, group_id: bytes, candidates: Sequence[ContactCard]) -> GroupInfo:
        info = self.require(group_id)
        self._require_role(info, Role.OWNER, Role.ADMIN)
        present = {m.identity for m in info.active_members}
        cards = [c for c in candidates if c.identity_key not in present]
        if not cards:
            return info
        if len(present) + len(cards) > MAX_MEMBERS:
            raise InvalidInput(f"a group has at most {MAX_MEMBERS} members")
        body = GroupMembersBody(
            info.group_id, add=tuple(MemberEntry(c.to_text(), Role.MEMBER.value) for c in cards)
        ).encode()
        self._writer.symmetric(group_topic(info.group_id), body, self._current_key(group_id))
        info = self.require(group_id)
        recipients = [k for _, k, _ in self.member_cards(group_id)]
        key, epoch = self._rotate(info, recipients)
        self._invite(self.require(group_id), cards, key, epoch)
        return self.require(group_id)

    def remove_member(self, group_id: bytes, identity: bytes) -> GroupInfo:
        info = self.require(group_id)
        role = self._require_role(info, Role.OWNER, Role.ADMIN)
        target = info.role_of(identity)
        if target is None:
            return info
        if target is Role.OWNER or (target is Role.ADMIN and role is not Role.OWNER):
            raise NotAllowed("you cannot remove this member")
        body = GroupMembersBody(info.group_id, remove=(PublicKey(identity),)).encode()
        # Said under the old key, so the removed member learns of it; then a new key without them.
        self._writer.symmetric(group_topic(info.group_id), body, self._current_key(group_id))
        info = self.require(group_id)
        self._rotate(info, [k for _, k, _ in self.member_cards(group_id)])
        return self.require(group_id)

    def set_admin(self, group_id: bytes, identity: bytes, admin: bool) -> GroupInfo:
        info = self.require(group_id)
        self._require_role(info, Role.OWNER)
        if info.role_of(identity) in (None, Role.OWNER):
            raise NotAllowed("only current members other than the owner can be made admins")
        role = Role.ADMIN if admin else Role.MEMBER
        body = GroupMembersBody(info.group_id, roles=((PublicKey(identity), role.value),)).encode()
        self._writer.symmetric(group_topic(info.group_id), body, self._current_key(group_id))
        return self.require(group_id)

    def rename(self, group_id: bytes, name: str) -> GroupInfo:
        clean = name.strip()
        if not clean or len(clean) > MAX_GROUP_NAME:
            raise InvalidInput(f"a group name has 1 to {MAX_GROUP_NAME} characters")
        return self._meta(group_id, name=clean, announcement=None)

    def set_announcement(self, group_id: bytes, text: str) -> GroupInfo:
        if len(text) > MAX_ANNOUNCEMENT:
            raise InvalidInput(f"an announcement has at most {MAX_ANNOUNCEMENT} characters")
        return self._meta(group_id, name=None, announcement=text.strip())

    def _meta(self, group_id: bytes, name: str | None, announcement: str | None) -> GroupInfo:
        info = self.require(group_id)
        self._require_role(info, Role.OWNER, Role.ADMIN)
        body = GroupMetaBody(info.group_id, name, announcement).encode()
        self._writer.symmetric(group_topic(info.group_id), body, self._current_key(group_id))
        return self.require(group_id)

    # -- invites by QR code -------------------------------------------------------------------

    def invite_code(self, group_id: bytes, valid_for_ms: int = INVITE_VALIDITY_MS) -> str:
        """A signed code (for a QR) that lets whoever scans it ask to join, for 7 days."""
        info = self.require(group_id)
        self._require_role(info, Role.OWNER, Role.ADMIN)
        expires = self._clock.now_ms() + valid_for_ms
        return make_invite(self._signing, info.group_id, info.name, self._my_card(), expires)

    def read_invite(self, code: str) -> GroupInvite:
        """Check a scanned invite (damaged, forged and expired codes raise a clear error)."""
        invite = read_invite(code, self._clock.now_ms())
        if invite.inviter.identity_key == self._me:
            raise NotAllowed("this is your own group's invite")
        return invite

    def request_join(self, invite: GroupInvite) -> None:
        """Ask the inviter to add us (they need to be online, or come online, to answer)."""
        body = GroupJoinBody(invite.group_id, invite.text, self._my_card().to_text()).encode()
        self._writer.sealed(MAIN_TOPIC, body, [invite.inviter.encryption_key])

    def approve_join_requests(self) -> int:
        """Add everyone who asked with one of our valid codes; returns how many were added."""
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT r.event_id, r.group_id, r.card FROM group_join_request r"
                " WHERE r.event_id NOT IN (SELECT event_id FROM group_join_handled)"
            ).all()
        added = 0
        for event_id, group_id, card_text in rows:
            info = self.info(bytes(group_id))
            if info is not None and info.role_of(self._me) in (Role.OWNER, Role.ADMIN):
                card = decode_card(card_text)
                if info.role_of(card.identity_key) is None:
                    self._add_cards(bytes(group_id), [card])
                    added += 1
            with self._db.write() as connection:
                connection.exec_driver_sql(
                    "INSERT OR IGNORE INTO group_join_handled (event_id) VALUES (?)",
                    (bytes(event_id),),
                )
        return added

    def after_ingest(self) -> None:
        """What folding others' events asks of us: answer join requests, rotate after leaves."""
        self.approve_join_requests()
        self.rotate_after_leaving()

    def rotate_after_leaving(self) -> int:
        """A new key in each group we manage that someone left since its newest key (the
        owner and admins each do it: one of them may be away); returns how many rotated."""
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT d.group_id FROM group_departure d GROUP BY d.group_id"
                " HAVING MAX(d.local_order) > (SELECT COALESCE(MAX(k.learned_order), 0)"
                " FROM symmetric_key k WHERE k.scope = 'group:' || lower(hex(d.group_id))"
                " AND k.epoch = (SELECT MAX(epoch) FROM symmetric_key"
                " WHERE scope = k.scope))"
            ).all()
        rotated = 0
        for (group_id,) in rows:
            info = self.info(bytes(group_id))
            if info is None or info.role_of(self._me) not in (Role.OWNER, Role.ADMIN):
                continue
            self._rotate(info, [k for _, k, _ in self.member_cards(info.group_id)])
            rotated += 1
        return rotated

    def leave(self, group_id: bytes) -> GroupInfo:
        info = self.require(group_id)
        role = info.role_of(self._me)
        if role is None:
            return info
        if role is Role.OWNER:
            raise NotAllowed("the owner cannot leave the group")
        body = GroupLeaveBody(info.group_id).encode()
        self._writer.symmetric(group_topic(info.group_id), body, self._current_key(group_id))
        return self.require(group_id)
