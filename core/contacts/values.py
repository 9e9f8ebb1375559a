"""Contacts as the rest of the app sees them: frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.identity import Address
from core.ids import EncryptionKey, PublicKey


class ContactState(StrEnum):
    """Where a relationship stands, WeChat-style."""

    KNOWN = "known"
    """We have their card (a group member, someone nearby) but no request either way."""
    REQUESTED = "requested"
    """We sent a friend request; waiting for them."""
    PENDING = "pending"
    """They sent us a request; waiting for us."""
    FRIEND = "friend"
    DECLINED = "declined"
    """We declined their request (they are not told)."""


@dataclass(frozen=True)
class Contact:
    identity: PublicKey
    encryption_key: EncryptionKey
    name: str
    remark: str
    tags: tuple[str, ...]
    state: ContactState
    blocked: bool
    verified: bool
    request_message: str
    request_at_ms: int
    addresses: tuple[Address, ...]
    avatar_hash: bytes | None

    @property
    def display_name(self) -> str:
        """The remark if we gave one, else their own name."""
        return self.remark or self.name

    @property
    def is_friend(self) -> bool:
        return self.state is ContactState.FRIEND
