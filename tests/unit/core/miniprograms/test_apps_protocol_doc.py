"""docs/protocol.md's Mini-programs section and the code agree byte for byte, and its rules
alone (plain hashlib, no Hutong code) give the documented scopes and feed ids."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from core.crypto import SigningKeyPair
from tests.unit.core.miniprograms.golden_apps import (
    ALICE_SEED,
    BOB_SEED,
    PROGRAM_ID,
    app_vectors,
    document_app_vectors,
)

DOC = Path(__file__).resolve().parents[4] / "docs" / "protocol.md"


def _doc() -> dict[str, str]:
    return document_app_vectors(DOC.read_text("utf-8"))


def _scope(seed: bytes) -> str:
    return hashlib.blake2b(b"hutong/app-scope/v1\x00" + seed, digest_size=32).digest()[:16].hex()


def test_every_app_vector_in_the_document_matches_the_code() -> None:
    documented, produced = _doc(), app_vectors()
    assert set(documented) == set(produced)
    for name, value in produced.items():
        assert documented[name] == "".join(value.split()), name


def test_the_documented_scopes_and_feed_id_follow_from_the_documented_rules() -> None:
    doc = _doc()
    alice = SigningKeyPair(ALICE_SEED).public_key
    bob = SigningKeyPair(BOB_SEED).public_key
    low, high = sorted((alice, bob))
    assert doc["app-scope-direct-alice-bob"] == _scope(b"direct\x00" + low + high)
    assert doc["app-scope-group-zero"] == _scope(b"conversation\x00g:" + b"00" * 16)
    topic = f"app/{PROGRAM_ID.hex()}/{doc['app-scope-group-zero']}"
    assert doc["app-topic-group-zero"] == topic
    feed = hashlib.blake2b(b"hutong/topic/v1\x00" + topic.encode(), digest_size=32).hexdigest()
    assert doc["app-feed-id-group-zero"] == feed


def test_the_documented_body_reads_as_documented() -> None:
    body = json.loads(bytes.fromhex(_doc()["app-update-body"]))
    assert list(body) == ["t", "p", "s", "u"]
    assert body["t"] == "app.update" and body["p"] == PROGRAM_ID.hex()
    bob = SigningKeyPair(BOB_SEED).public_key.hex()
    assert body["u"]["author"] == bob and body["u"]["seq"] == 1 and body["u"]["v"] == 1
    assert list(body["u"]["update"]) == ["payload", "info", "summary"]
