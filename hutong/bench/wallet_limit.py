"""The wallet bench's limit: the bare clearer, deciding transfers with nothing around it.

``Clearer`` + ``Ledger`` + an in-memory feed deciding the same number of transfers as the
measured run: no signature, no sealing, no SQLite, no network. Whatever the node adds on
top (Noise, verifying and opening the sealed intents, storing and signing records) is the
gap between this and the figure.
"""

from __future__ import annotations

import time

from core.crypto import SigningKeyPair, VrfKeyPair, blake2b_256
from core.ids import EventId, PublicKey
from core.wallet import (
    Clearer,
    CurrencyIssue,
    InMemoryClearingFeed,
    Ledger,
    MintIntent,
    SignedIntent,
    TransferIntent,
    currency_from_issue,
)

_T0 = 1_800_000_000_000


def bare_clearer_rate(transfers: int) -> float:
    """Transfers decided per second by the pure clearer (each one cleared, none refused)."""
    issuer, payer, payee = (SigningKeyPair(bytes([n]) * 32) for n in (1, 2, 3))
    vrf = VrfKeyPair(bytes([9]) * 32)
    issue = CurrencyIssue("Bench", "B", 0, PublicKey(issuer.public_key), vrf.public_key)
    currency = currency_from_issue(
        EventId(blake2b_256(b"bench-issue", issue.encode())), PublicKey(issuer.public_key), issue
    )
    clearer = Clearer(Ledger(currency), vrf, InMemoryClearingFeed())

    def signed(
        author: SigningKeyPair, seq: int, intent: MintIntent | TransferIntent
    ) -> SignedIntent:
        event_id = EventId(blake2b_256(author.public_key, seq.to_bytes(8, "big"), intent.encode()))
        return SignedIntent(event_id, PublicKey(author.public_key), seq, intent, _T0)

    to_payer = MintIntent(PublicKey(payer.public_key), transfers, (0).to_bytes(16, "big"))
    clearer.clear(signed(issuer, 1, to_payer), _T0)
    intents = [
        signed(
            payer,
            seq,
            TransferIntent(PublicKey(payee.public_key), 1, seq.to_bytes(16, "big")),
        )
        for seq in range(1, transfers + 1)
    ]
    started = time.perf_counter()
    for intent in intents:
        clearer.clear(intent, _T0)
    elapsed = time.perf_counter() - started
    assert clearer.ledger.balance(PublicKey(payee.public_key)) == transfers
    return transfers / elapsed
