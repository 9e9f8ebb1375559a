"""The wallet as a feature: its fold, the feeds of each currency and who shares them.

Per currency (never ``from_anyone``: a currency's id is printed in every payment code, so
anyone could otherwise make us keep a feed of theirs under it):

- the clearing feed (author: the clearer of each epoch) goes to the currency's members and
  is kept when we hold the currency;
- each member's intents feed goes to the members (intents are sealed to payer, payee and
  clearer anyway) and is kept when we hold the currency; the clearer also keeps its friends'
  intents feeds, so a new payer's first intent reaches it with or before its join.
"""

from __future__ import annotations

from core.changes import WalletChanged
from core.features import Entitlements, Feature, FeedAccess
from core.features.kit import People
from core.ids import FeedId, PublicKey
from core.wallet.fold import WalletFold
from core.wallet.service import WalletService


def wallet_feature(service: WalletService, me: PublicKey, people: People | None = None) -> Feature:
    def entitlements() -> Entitlements:
        feeds: dict[FeedId, FeedAccess] = {}
        friends: frozenset[bytes] | None = None
        for book, members, joined in service.entitled():
            clearing = book.currency.clearing_key == me
            kept = joined or clearing
            feeds[book.clearing_feed] = FeedAccess(
                readers=frozenset(members), authors=frozenset(book.clearers()), kept=kept
            )
            authors: frozenset[bytes] = frozenset(members)
            if clearing and people is not None:
                if friends is None:
                    friends = frozenset(people.friends())
                authors |= friends
            feeds[book.intents_feed] = FeedAccess(
                readers=frozenset(members), authors=authors, kept=kept
            )
        return Entitlements(feeds=feeds)

    return Feature(
        name="wallet",
        folds={"wallet.": WalletFold(me)},
        entitlements=entitlements,
        entitlement_changes=(WalletChanged,),
        after_ingest=service.after_ingest,
    )
