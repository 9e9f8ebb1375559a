"""Group invite codes: what a group QR code holds, signed by the owner or admin who made it.

Layout (version 1), then text ``HUTONG:G1:`` + unpadded upper-case base32 (QR alphanumeric)::

    version (1) = 1 | group id (16) | expires at, ms (8) | name length (1) | group name
    | card length (2) | inviter's card (binary) | Ed25519 signature (64) by the inviter over
    "hutong/group-invite/v1\\0" || everything before it

The scanner learns the group's name and who invites, and sends the code back to the inviter
with its own card; the inviter's Hutong adds them if the code is its own and still valid.
"""

from __future__ import annotations

import base64
import binascii
import struct
from dataclasses import dataclass

from core.crypto import SigningKeyPair, verify_signature
from core.errors import InvalidCard, InvalidInput
from core.identity import ContactCard, decode_card_bytes
from core.ids import GroupId

INVITE_PREFIX = "HUTONG:G1:"
_SIGNING_PREFIX = b"hutong/group-invite/v1\x00"
_FIXED = struct.Struct(">B16sQ")
MAX_INVITE_TEXT = 1200


class InvalidInvite(InvalidInput):
    """A group invite code that is damaged, forged or expired."""


@dataclass(frozen=True)
class GroupInvite:
    group_id: GroupId
    group_name: str
    expires_ms: int
    inviter: ContactCard
    text: str


def make_invite(
    signing: SigningKeyPair, group_id: bytes, name: str, card: ContactCard, expires_ms: int
) -> str:
    encoded_name = name.encode("utf-8")[:64]
    card_bytes = card.to_bytes()
    unsigned = (
        _FIXED.pack(1, group_id, expires_ms)
        + bytes([len(encoded_name)])
        + encoded_name
        + struct.pack(">H", len(card_bytes))
        + card_bytes
    )
    signed = unsigned + signing.sign(_SIGNING_PREFIX + unsigned)
    return INVITE_PREFIX + base64.b32encode(signed).decode("ascii").rstrip("=")


def read_invite(text: str, now_ms: int | None = None) -> GroupInvite:
    """Parse and verify an invite; expired ones are refused when ``now_ms`` is given."""
    if len(text) > MAX_INVITE_TEXT:
        raise InvalidInvite("this text is too long to be a group invite")
    compact = "".join(text.split()).upper()
    if not compact.startswith(INVITE_PREFIX):
        raise InvalidInvite("this is not a Hutong group invite")
    body = compact[len(INVITE_PREFIX) :]
    try:
        data = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError) as exc:
        raise InvalidInvite("this group invite is damaged") from exc
    try:
        version, group_id, expires = _FIXED.unpack_from(data)
        at = _FIXED.size
        name_length = data[at]
        name = data[at + 1 : at + 1 + name_length].decode("utf-8")
        at += 1 + name_length
        (card_length,) = struct.unpack_from(">H", data, at)
        at += 2
        card = decode_card_bytes(data[at : at + card_length])
        at += card_length
        signature = data[at:]
    except (struct.error, IndexError, UnicodeDecodeError, InvalidCard) as exc:
        raise InvalidInvite("this group invite is damaged") from exc
    if version != 1 or len(signature) != 64:
        raise InvalidInvite("this group invite is of an unknown kind")
    if not verify_signature(card.identity_key, _SIGNING_PREFIX + data[:at], signature):
        raise InvalidInvite("this group invite's signature does not match: it was altered")
    if now_ms is not None and now_ms > expires:
        raise InvalidInvite("this group invite has expired; ask for a new one")
    return GroupInvite(GroupId(group_id), name, expires, card, INVITE_PREFIX + body)
