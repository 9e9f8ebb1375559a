"""The kit: the shared edges every feature service is built from, in one value.

A feature service takes a :class:`Kit` instead of a long constructor list. What a feature
needs to know about people (cards, keys, friends, who is in a conversation) comes through
:class:`People`, which the facade implements over the contacts and groups features, so
feature packages never import each other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from core.authoring import EventWriter
from core.blobs import BlobStore
from core.changes import Change
from core.clock import Clock
from core.crypto import RandomBytes, SigningKeyPair
from core.feeds import ForkProof
from core.identity import ContactCard
from core.ids import EncryptionKey, PublicKey
from core.store import Database

Publish = Callable[[Sequence[Change]], None]
"""Announce change records (after commit, in the writer's thread)."""


class People(Protocol):
    """Lookups about people that span features (the facade answers them)."""

    def my_card(self) -> ContactCard:
        """Our current signed card."""

    def card_of(self, identity: bytes) -> ContactCard | None:
        """The latest verified card we hold for someone (a contact or a remembered member)."""

    def encryption_key_of(self, identity: bytes) -> EncryptionKey | None:
        """Someone's X25519 key, if we hold their card."""

    def friends(self) -> Mapping[bytes, Sequence[str]]:
        """Our friends (not blocked) and their tags."""

    def conversation_members(self, conversation: str) -> frozenset[PublicKey]:
        """Who takes part in a chat now: both sides of a direct chat, a group's active members."""


@dataclass(frozen=True)
class Kit:
    """What a feature service is given: storage, publishing, identity, time, randomness."""

    database: Database
    writer: EventWriter
    me: PublicKey
    signing: SigningKeyPair
    clock: Clock
    random: RandomBytes
    blobs: BlobStore
    publish: Publish
    people: People
    fork_proofs: Callable[[], Sequence[ForkProof]] = lambda: ()
    """Every fork proof held (a feature freezes what a forked feed of its own proves)."""
    own_head: Callable[[str], int] = lambda _topic: 0
    """The sequence number of the last event of our own feed ``topic`` held here (0: none)."""
