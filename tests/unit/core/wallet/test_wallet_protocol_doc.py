"""docs/protocol.md's Wallet section and the code agree byte for byte; others can check us."""

from __future__ import annotations

import base64
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from core.crypto import vrf_verify
from tests.unit.core.wallet.golden_wallet import document_wallet_vectors, wallet_vectors

DOC = Path(__file__).resolve().parents[4] / "docs" / "protocol.md"


def _doc() -> dict[str, str]:
    return document_wallet_vectors(DOC.read_text("utf-8"))


def test_every_wallet_vector_in_the_document_matches_the_code() -> None:
    documented, produced = _doc(), wallet_vectors()
    assert set(documented) == set(produced)
    for name, value in produced.items():
        assert documented[name] == "".join(value.split()), name


def test_the_documented_share_follows_from_the_documented_rule_alone() -> None:
    """Recompute the share from the output with the rule as the document states it."""
    doc = _doc()
    output = bytes.fromhex(doc["wallet-grab-output"])
    remaining, shares_left = 1000, 4
    spare = remaining - shares_left
    drawn = int.from_bytes(output[:32], "big") % (2 * spare + 1)
    rounding = int.from_bytes(output[32:], "big") % shares_left
    share = 1 + drawn // shares_left + (1 if rounding < drawn % shares_left else 0)
    assert str(share) == doc["wallet-grab-share"]
    public_key = bytes.fromhex(doc["wallet-vrf-public-key"])
    alpha = bytes.fromhex(doc["wallet-grab-alpha"])
    assert alpha.startswith(b"hutong/red-envelope/v1\x00") and len(alpha) == 23 + 32 + 4 + 32
    assert vrf_verify(public_key, alpha, bytes.fromhex(doc["wallet-grab-proof"])) == output


def test_an_independent_ed25519_verifies_the_documented_payment_request() -> None:
    text = _doc()["wallet-payment-request"]
    body = text[len("HUTONG:P1:") :]
    data = base64.b32decode(body + "=" * (-len(body) % 8))
    payee = data[33:65]
    memo_length = data[97]
    signed = data[: 98 + memo_length]
    assert data[98 : 98 + memo_length] == b"lunch"
    key = Ed25519PublicKey.from_public_bytes(payee)
    key.verify(data[98 + memo_length :], b"hutong/wallet/payment-request/v1\x00" + signed)
    assert int.from_bytes(data[65:73], "big") == 1250
