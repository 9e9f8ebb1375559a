"""Wallet projections (rebuilt from feeds) and local state (the payment PIN).

Intents and records are kept by feed id: an event may be folded before the issue that names
its currency, and the feed ids of a currency follow from its id (``intents_topic``,
``clearing_topic``), so readers join on them.
"""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from core.store.columns import blob, int_default


class WalletCurrencyRow(SQLModel, table=True):
    """A currency issue event (its id is the currency id)."""

    __tablename__ = "wallet_currency"

    currency_id: bytes = blob(primary_key=True)
    issuer: bytes = blob()
    body: bytes = blob()
    timestamp_ms: int
    intents_feed: bytes = blob(index=True)
    clearing_feed: bytes = blob(index=True)


class WalletJoinRow(SQLModel, table=True):
    __tablename__ = "wallet_join"

    currency_id: bytes = blob(primary_key=True)
    member: bytes = blob(primary_key=True)
    timestamp_ms: int = int_default(0)


class WalletHandoverRow(SQLModel, table=True):
    """A clearing hand-over as published (checked against the issuer when applied; keyed by
    its signature too, so a forged one folded first cannot hide the issuer's)."""

    __tablename__ = "wallet_clearing_handover"

    currency_id: bytes = blob(primary_key=True)
    epoch: int = Field(primary_key=True)
    signature: bytes = blob(primary_key=True)
    body: bytes = blob()


class WalletClearerCardRow(SQLModel, table=True):
    """The card of a currency's clearer of one epoch, as its author passed it on."""

    __tablename__ = "wallet_clearer_card"

    currency_id: bytes = blob(primary_key=True)
    epoch: int = Field(primary_key=True)
    author: bytes = blob(primary_key=True)
    clearer: bytes = blob()
    card: str


class WalletRecordRow(SQLModel, table=True):
    """A clearing record at its place in its clearer's feed."""

    __tablename__ = "wallet_record"
    __table_args__ = (Index("wallet_record_by_feed", "feed_id", "local_order"),)

    event_id: bytes = blob(primary_key=True)
    feed_id: bytes = blob()
    author: bytes = blob()
    seq: int
    timestamp_ms: int
    local_order: int
    body: bytes = blob()


class WalletIntentRow(SQLModel, table=True):
    """An intent we can read (sealed to us, or ours)."""

    __tablename__ = "wallet_intent"
    __table_args__ = (Index("wallet_intent_by_feed", "feed_id", "local_order"),)

    event_id: bytes = blob(primary_key=True)
    feed_id: bytes = blob()
    author: bytes = blob()
    seq: int
    timestamp_ms: int
    local_order: int
    kind: str
    body: bytes = blob()


class WalletPinRow(SQLModel, table=True):
    """Local, never synced: the protected PIN token and the failure count and lock."""

    __tablename__ = "wallet_pin"

    id: int = Field(default=1, primary_key=True)
    opslimit: int
    memlimit: int
    salt: bytes = blob()
    nonce: bytes = blob()
    ciphertext: bytes = blob()
    failures: int = int_default(0)
    locked_until_ms: int = int_default(0)


class WalletClearingHereRow(SQLModel, table=True):
    """Local: a currency (and epoch) this database may clear although it was restored: it
    issued the currency after the restore, or the user said its records are all back."""

    __tablename__ = "wallet_clearing_here"

    currency_id: bytes = blob(primary_key=True)
    epoch: int = Field(primary_key=True)


class WalletRestoredRow(SQLModel, table=True):
    """Local: this database was opened without our history (restored or lost) at least once.

    Our own feeds then come back from peers in any order, so the wallet must not extend a
    clearing feed whose tail may still be on its way (that would fork it)."""

    __tablename__ = "wallet_restored"

    id: int = Field(default=1, primary_key=True)


WALLET_TABLES = (
    "wallet_currency",
    "wallet_join",
    "wallet_clearing_handover",
    "wallet_clearer_card",
    "wallet_record",
    "wallet_intent",
)
