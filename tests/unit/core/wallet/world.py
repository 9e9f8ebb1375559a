"""A small wallet world for tests: keys, a currency, a clearer with an in-memory feed."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from core.crypto import SigningKeyPair, VrfKeyPair, blake2b_256
from core.ids import EventId, PublicKey
from core.wallet import (
    Clearer,
    ClearingEntry,
    Currency,
    CurrencyIssue,
    InMemoryClearingFeed,
    Ledger,
    SignedIntent,
    WalletIntent,
    currency_from_issue,
)

ISSUER = SigningKeyPair(bytes([1]) * 32)
ALICE = SigningKeyPair(bytes([2]) * 32)
BOB = SigningKeyPair(bytes([3]) * 32)
CAROL = SigningKeyPair(bytes([4]) * 32)
DAVE = SigningKeyPair(bytes([5]) * 32)
VRF = VrfKeyPair(bytes([9]) * 32)
T0 = 1_700_000_000_000
SECRET = bytes(range(100, 116))
"""The red-envelope secret the tests share (each envelope draws its own in the app)."""


def key(pair: SigningKeyPair) -> PublicKey:
    return PublicKey(pair.public_key)


def make_currency(cap: int | None = None, digits: int = 2) -> Currency:
    issue = CurrencyIssue("Canteen", "MEAL", digits, key(ISSUER), VRF.public_key, cap)
    return currency_from_issue(EventId(blake2b_256(b"issue", issue.encode())), key(ISSUER), issue)


def nonce(n: int) -> bytes:
    return n.to_bytes(16, "big")


_NONCES = itertools.count(10**9)


def fresh() -> bytes:
    """A nonce no other call returns."""
    return nonce(next(_NONCES))


@dataclass
class World:
    """A clearer for one currency; ``sign`` makes intents at each author's next position."""

    currency: Currency = field(default_factory=make_currency)
    feed: InMemoryClearingFeed = field(default_factory=InMemoryClearingFeed)
    seqs: dict[bytes, int] = field(default_factory=dict)
    clearer: Clearer = field(init=False)

    def __post_init__(self) -> None:
        self.clearer = Clearer(Ledger(self.currency), VRF, self.feed)

    @property
    def ledger(self) -> Ledger:
        return self.clearer.ledger

    def sign(
        self, author: SigningKeyPair, intent: WalletIntent, *, seq: int | None = None
    ) -> SignedIntent:
        if seq is None:
            seq = self.seqs.get(author.public_key, 0) + 1
        self.seqs[author.public_key] = max(seq, self.seqs.get(author.public_key, 0))
        event_id = EventId(blake2b_256(author.public_key, seq.to_bytes(8, "big"), intent.encode()))
        return SignedIntent(event_id, key(author), seq, intent, T0)

    def submit(
        self, author: SigningKeyPair, intent: WalletIntent, now: int = T0
    ) -> list[ClearingEntry]:
        return self.clearer.clear(self.sign(author, intent), now)

    def decide(self, author: SigningKeyPair, intent: WalletIntent, now: int = T0) -> object:
        """The record deciding this intent (the last one written)."""
        return self.submit(author, intent, now)[-1].record
