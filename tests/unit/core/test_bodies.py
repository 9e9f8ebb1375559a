"""Typed bodies encode to exactly the bytes the old ``encode_body(type, **fields)`` made (so
stored events and golden vectors keep working), decode back to themselves, and refuse
hostile input with InvalidInput."""

from __future__ import annotations

import json
from typing import Any

import pytest

from core.bodies import TypedBody, decode_body
from core.chat.bodies import ChatCardMessage, ChatMessage, ChatPlace, ChatRecall, FileRef
from core.chat.cards import MiniProgramCard, PackageRef, RedEnvelopeCard, Split, TransferCard
from core.chat.group_bodies import (
    GroupInviteBody,
    GroupJoinBody,
    GroupKeyBody,
    GroupLeaveBody,
    GroupMembersBody,
    GroupMetaBody,
    MemberEntry,
)
from core.contacts.bodies import (
    AvatarRef,
    ContactAccept,
    ContactRequest,
    ContactSettings,
    ProfileBody,
)
from core.errors import InvalidInput
from core.ids import BlobId, GroupId, PublicKey
from core.moments import Audience
from core.moments.bodies import (
    ImageEntry,
    MomentsComment,
    MomentsDelete,
    MomentsLike,
    MomentsPost,
    MomentsWindow,
    PictureRef,
)


def legacy(body_type: str, /, **fields: Any) -> bytes:
    """The encoder every stored event was written with, kept here as the reference."""
    body = {"t": body_type, **{name: value for name, value in fields.items() if value is not None}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


ALICE, BOB = PublicKey(bytes(range(32))), PublicKey(bytes(range(1, 33)))
GROUP = GroupId(bytes(range(16)))
EVENT = bytes(range(2, 34))
BLOB = BlobId(bytes(range(3, 35)))
KEY = bytes(range(4, 36))
KEY_B64 = "BAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiM="
CARD = "HUTONG1:card-text-é"  # text, checked by folds, not by the body
MEMBER = MemberEntry(CARD, "member")
FILE = FileRef(BLOB, KEY, 1234, "photo 1.png", "image/png", "image", 640, 480)
FILE_JSON = {
    "blob": BLOB.hex(),
    "key": KEY_B64,
    "size": 1234,
    "name": "photo 1.png",
    "mime": "image/png",
    "kind": "image",
    "w": 640,
    "h": 480,
}
PICTURE = {"blob": BLOB.hex(), "key": KEY_B64, "size": 900}

# (typed body, the same body as the old call site encoded it)
CASES: list[tuple[TypedBody, bytes]] = [
    (ProfileBody(CARD), legacy("profile", card=CARD, avatar=None)),
    (
        ProfileBody(CARD, AvatarRef(BLOB, KEY, 5000)),
        legacy("profile", card=CARD, avatar={"blob": BLOB.hex(), "key": KEY_B64, "size": 5000}),
    ),
    (
        ContactRequest(BOB, CARD, CARD + "2", "hi, it's Alice"),
        legacy(
            "contact.request",
            to=BOB.hex(),
            card=CARD,
            target_card=CARD + "2",
            message="hi, it's Alice",
        ),
    ),
    (ContactAccept(ALICE, CARD), legacy("contact.accept", to=ALICE.hex(), card=CARD)),
    (ContactSettings(BOB, declined=True), legacy("contact.set", who=BOB.hex(), declined=True)),
    (ContactSettings(BOB, remark="Bobby"), legacy("contact.set", who=BOB.hex(), remark="Bobby")),
    (
        ContactSettings(BOB, tags=("family", "work")),
        legacy("contact.set", who=BOB.hex(), tags=["family", "work"]),
    ),
    (ContactSettings(BOB, blocked=False), legacy("contact.set", who=BOB.hex(), blocked=False)),
    (ContactSettings(BOB, verified=True), legacy("contact.set", who=BOB.hex(), verified=True)),
    (ContactSettings(BOB, card=CARD), legacy("contact.set", who=BOB.hex(), card=CARD)),
    (
        ChatMessage(ChatPlace(to=BOB), "你好 😀\nline two"),
        legacy("chat.msg", to=BOB.hex(), text="你好 😀\nline two"),
    ),
    (
        ChatMessage(ChatPlace(group=GROUP), "@all look", EVENT, (ALICE, BOB), True, (FILE,)),
        legacy(
            "chat.msg",
            group=GROUP.hex(),
            text="@all look",
            reply=EVENT.hex(),
            mentions=[ALICE.hex(), BOB.hex()],
            all=True,
            files=[FILE_JSON],
        ),
    ),
    (
        ChatMessage(ChatPlace(to=BOB), "", files=(FILE,)),
        legacy("chat.msg", to=BOB.hex(), text="", files=[FILE_JSON]),
    ),
    (
        ChatRecall(ChatPlace(to=BOB), EVENT, 1_700_000_000_000),
        legacy("chat.recall", to=BOB.hex(), target=EVENT.hex(), at=1_700_000_000_000),
    ),
    (
        ChatRecall(ChatPlace(group=GROUP), EVENT, 5),
        legacy("chat.recall", group=GROUP.hex(), target=EVENT.hex(), at=5),
    ),
    (
        GroupKeyBody(GROUP, 3, KEY),
        legacy("group.key", group=GROUP.hex(), epoch=3, key=KEY_B64),
    ),
    (
        GroupInviteBody(GROUP, "Team", ALICE, KEY, 0, (MEMBER, MemberEntry(CARD, "owner"))),
        legacy(
            "group.invite",
            group=GROUP.hex(),
            name="Team",
            owner=ALICE.hex(),
            key=KEY_B64,
            epoch=0,
            members=[{"card": CARD, "role": "member"}, {"card": CARD, "role": "owner"}],
        ),
    ),
    (
        GroupInviteBody(GROUP, "Team", ALICE, KEY, 4, (MEMBER,), "Be nice"),
        legacy(
            "group.invite",
            group=GROUP.hex(),
            name="Team",
            announcement="Be nice",
            owner=ALICE.hex(),
            key=KEY_B64,
            epoch=4,
            members=[{"card": CARD, "role": "member"}],
        ),
    ),
    (
        GroupMembersBody(GROUP, add=(MEMBER,)),
        legacy("group.members", group=GROUP.hex(), add=[{"card": CARD, "role": "member"}]),
    ),
    (
        GroupMembersBody(GROUP, remove=(BOB,)),
        legacy("group.members", group=GROUP.hex(), remove=[BOB.hex()]),
    ),
    (
        GroupMembersBody(GROUP, roles=((BOB, "admin"),)),
        legacy("group.members", group=GROUP.hex(), roles={BOB.hex(): "admin"}),
    ),
    (GroupMetaBody(GROUP, name="New"), legacy("group.meta", group=GROUP.hex(), name="New")),
    (
        GroupMetaBody(GROUP, announcement=""),
        legacy("group.meta", group=GROUP.hex(), announcement=""),
    ),
    (GroupLeaveBody(GROUP), legacy("group.leave", group=GROUP.hex())),
    (
        GroupJoinBody(GROUP, "HUTONG-INVITE:abc", CARD),
        legacy("group.join", group=GROUP.hex(), code="HUTONG-INVITE:abc", card=CARD),
    ),
    (
        MomentsPost(
            "sunny",
            Audience.CHOSEN,
            (ALICE, BOB),
            (
                ImageEntry(
                    PictureRef(BLOB, KEY, 900), PictureRef(BLOB, KEY, 900), 4000, 3000, "image/jpeg"
                ),
            ),
        ),
        legacy(
            "moments.post",
            text="sunny",
            kind="chosen",
            audience=[ALICE.hex(), BOB.hex()],
            images=[
                {"thumb": PICTURE, "orig": PICTURE, "w": 4000, "h": 3000, "mime": "image/jpeg"}
            ],
        ),
    ),
    (
        MomentsPost("just words", Audience.ALL_FRIENDS, ()),
        legacy("moments.post", text="just words", kind="all", audience=[], images=[]),
    ),
    (
        MomentsComment(EVENT, "nice"),
        legacy("moments.comment", post=EVENT.hex(), text="nice", reply=None, reply_author=None),
    ),
    (
        MomentsComment(EVENT, "thanks", EVENT, BOB),
        legacy(
            "moments.comment",
            post=EVENT.hex(),
            text="thanks",
            reply=EVENT.hex(),
            reply_author=BOB.hex(),
        ),
    ),
    (MomentsLike(EVENT, True), legacy("moments.like", post=EVENT.hex(), liked=True)),
    (MomentsLike(EVENT, False), legacy("moments.like", post=EVENT.hex(), liked=False)),
    (MomentsDelete(EVENT), legacy("moments.delete", target=EVENT.hex())),
    (MomentsWindow(30), legacy("moments.window", days=30)),
    (MomentsWindow(None), legacy("moments.window", days=None)),
]

CARD_CASES: list[TypedBody] = [
    ChatCardMessage(ChatPlace(to=BOB), TransferCard("¥12.50 to Bob", EVENT, EVENT, 1250, "lunch")),
    ChatCardMessage(
        ChatPlace(group=GROUP),
        RedEnvelopeCard("Happy new year", EVENT, EVENT, 10_000, 8, Split.LUCKY),
        EVENT,
    ),
    ChatCardMessage(
        ChatPlace(to=BOB),
        RedEnvelopeCard("Just for you", EVENT, EVENT, 500, 1, Split.FIXED, exclusive_to=BOB),
    ),
    ChatCardMessage(
        ChatPlace(group=GROUP),
        MiniProgramCard("Poll", EVENT, "Lunch where?", PackageRef(BLOB, KEY, 40_000)),
    ),
]


def _id(value: object) -> str:
    return type(value).__name__


@pytest.mark.parametrize(("typed", "old"), CASES, ids=[_id(t) for t, _ in CASES])
def test_typed_bodies_encode_to_the_bytes_of_the_old_encoder(typed: TypedBody, old: bytes) -> None:
    assert typed.encode() == old


def test_every_body_type_folded_today_has_a_byte_identity_case() -> None:
    covered = {typed.TYPE for typed, _ in CASES}
    assert covered == {
        "profile",
        "contact.request",
        "contact.accept",
        "contact.set",
        "chat.msg",
        "chat.recall",
        "group.invite",
        "group.key",
        "group.members",
        "group.meta",
        "group.leave",
        "group.join",
        "moments.post",
        "moments.comment",
        "moments.like",
        "moments.delete",
        "moments.window",
    }


def test_a_message_body_is_byte_exact_against_a_fixed_vector() -> None:
    body = ChatMessage(ChatPlace(to=BOB), "hi", mentions=(ALICE,), mention_all=True)
    assert body.encode() == (
        b'{"t":"chat.msg","to":"0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20",'
        b'"text":"hi","mentions":["000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"],'
        b'"all":true}'
    )


ALL_TYPED = [typed for typed, _ in CASES] + CARD_CASES


@pytest.mark.parametrize("typed", ALL_TYPED, ids=[_id(t) for t in ALL_TYPED])
def test_bodies_decode_back_to_themselves(typed: TypedBody) -> None:
    body = decode_body(typed.encode())
    assert body["t"] == typed.TYPE
    assert type(typed).decode(body) == typed


@pytest.mark.parametrize("typed", ALL_TYPED, ids=[_id(t) for t in ALL_TYPED])
def test_a_field_of_the_wrong_shape_is_refused(typed: TypedBody) -> None:
    body = decode_body(typed.encode())
    for name in body:
        if name == "t":
            continue
        for wrong in ({"x": 1}, 10**30 if not isinstance(body[name], int) else "12"):
            hostile = {**body, name: wrong}
            with pytest.raises(InvalidInput):
                type(typed).decode(hostile)


def test_a_body_missing_its_place_is_refused() -> None:
    body = decode_body(ChatMessage(ChatPlace(to=BOB), "hi").encode())
    del body["to"]
    with pytest.raises(InvalidInput):
        ChatMessage.decode(body)
