"""Golden vectors of the wallet formats, quoted in docs/protocol.md's Wallet section.

``python -m tests.unit.core.wallet.golden_wallet`` prints the blocks (fenced as
``wallet-vector:NAME``, so the core vector test and this one each own their blocks).
"""

from __future__ import annotations

import re

from core.crypto import SigningKeyPair, VrfKeyPair
from core.feeds import MAIN_FEED, Kind, feed_id_for, sign_event
from core.identity import decode_card
from core.ids import EventId, PublicKey
from core.wallet import (
    Cleared,
    ClearedOp,
    ClearerCard,
    CurrencyIssue,
    EnvelopeKind,
    Escrowed,
    Held,
    JoinCurrency,
    ReceiveCode,
    Share,
    TransferIntent,
    clearing_topic,
    clearing_vrf_key,
    currency_from_issue,
    envelope_lock,
    grab_alpha,
    intents_topic,
    lucky_share,
    make_payment_request,
    sign_handover,
)
from tests.support.golden import vectors

ALICE_SEED = bytes(range(32))
BOB_SEED = bytes(range(64, 96))
VRF_SEED = bytes(range(128, 160))
TIME = 1_700_000_000_000
NONCE = bytes(range(16))
ENVELOPE = EventId(bytes(range(0xA0, 0xC0)))
GRAB = EventId(bytes(range(0xC0, 0xE0)))


def wallet_vectors() -> dict[str, str]:
    alice, bob, vrf = SigningKeyPair(ALICE_SEED), SigningKeyPair(BOB_SEED), VrfKeyPair(VRF_SEED)
    alice_key, bob_key = PublicKey(alice.public_key), PublicKey(bob.public_key)
    issue = CurrencyIssue("Canteen", "MEAL", 2, alice_key, vrf.public_key, cap=1_000_000)
    issued = sign_event(alice, Kind.PUBLIC, MAIN_FEED, 1, None, TIME, issue.encode())
    currency = currency_from_issue(issued.id, alice_key, issue)
    transfer = TransferIntent(bob_key, 1250, NONCE, hold=True, memo="lunch")
    held = Held(EventId(bytes(32)), alice_key, bob_key, 1250, NONCE, TIME + 86_400_000)
    cleared = Cleared(EventId(bytes(32)), ClearedOp.TRANSFER, alice_key, bob_key, 1250, NONCE)
    alpha = grab_alpha(ENVELOPE, 1, GRAB)
    output, proof = vrf.evaluate(alpha)
    amount = lucky_share(1000, 4, output)
    share = Share(ENVELOPE, GRAB, 1, bob_key, amount, proof)
    lock = envelope_lock(bytes(range(16, 32)))
    escrowed = Escrowed(ENVELOPE, alice_key, EnvelopeKind.LUCKY, 1000, 4, NONCE, TIME, lock)
    request = make_payment_request(bob, currency.id, 1250, NONCE, TIME + 600_000, "lunch")
    handover = sign_handover(alice, currency, bob_key, vrf.public_key, 42)
    return {
        "wallet-vrf-public-key": vrf.public_key.hex(),
        "wallet-issue-body": issue.encode().decode(),
        "wallet-currency-id": currency.id.hex(),
        "wallet-feed-id-intents": feed_id_for(intents_topic(currency.id)).hex(),
        "wallet-feed-id-clearing": feed_id_for(clearing_topic(currency.id)).hex(),
        "wallet-transfer-body": transfer.encode().decode(),
        "wallet-held-body": held.encode().decode(),
        "wallet-cleared-body": cleared.encode().decode(),
        "wallet-escrowed-body": escrowed.encode().decode(),
        "wallet-grab-alpha": alpha.hex(),
        "wallet-grab-proof": proof.hex(),
        "wallet-grab-output": output.hex(),
        "wallet-grab-share": str(amount),
        "wallet-share-body": share.encode().decode(),
        "wallet-handover-body": handover.encode().decode(),
        "wallet-payment-request": request.text,
        "wallet-receive-code": ReceiveCode(currency.id, bob_key, 500).to_text(),
        "wallet-join-body": JoinCurrency(currency.id).encode().decode(),
        "wallet-clearer-body": ClearerCard(currency.id, 1, decode_card(vectors()["card-alice"]))
        .encode()
        .decode(),
        "wallet-derived-vrf-public-key": clearing_vrf_key(alice).public_key.hex(),
    }


_BLOCK = re.compile(r"```wallet-vector:(?P<name>[a-z0-9-]+)\n(?P<body>.*?)\n```", re.DOTALL)


def document_wallet_vectors(text: str) -> dict[str, str]:
    """The ```wallet-vector:NAME blocks of a markdown document, whitespace removed."""
    return {m["name"]: "".join(m["body"].split()) for m in _BLOCK.finditer(text)}


def _wrap(value: str, width: int = 64) -> str:
    return "\n".join(value[i : i + width] for i in range(0, len(value), width))


if __name__ == "__main__":
    for name, value in wallet_vectors().items():
        print(f"```wallet-vector:{name}\n{_wrap(value)}\n```\n")
