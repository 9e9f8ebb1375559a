"""Golden vectors: fixed inputs, the exact bytes they must produce, quoted in docs/protocol.md.

``python -m tests.support.golden`` prints the blocks; tests/unit/core/test_protocol_doc.py
checks that the document and the code agree byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from core.bodies import encode_fields
from core.crypto import EncryptionKeyPair, SigningKeyPair
from core.envelopes import associated_data, encrypt_with_key, seal
from core.feeds import MAIN_FEED, Kind, Note, feed_id_for, sign_event
from core.identity import Address, display_id, make_card, safety_number
from sync.replication.wire import CaughtUp, ChunkWant, Events, Notes, Want, encode

DOC = Path(__file__).resolve().parents[2] / "docs" / "protocol.md"
ALICE_SEED = bytes(range(32))
ALICE_X25519 = bytes(range(32, 64))
BOB_SEED = bytes(range(64, 96))
BOB_X25519 = bytes(range(96, 128))
TIME = 1_700_000_000_000


def counter_random(start: int = 0) -> Callable[[int], bytes]:
    """Deterministic 'random' bytes for vectors: 0x00, 0x01, ... continuing across calls."""
    state = [start]

    def take(size: int) -> bytes:
        out = bytes((state[0] + i) % 256 for i in range(size))
        state[0] += size
        return out

    return take


def vectors() -> dict[str, str]:
    alice = SigningKeyPair(ALICE_SEED)
    alice_box = EncryptionKeyPair(ALICE_X25519)
    bob = SigningKeyPair(BOB_SEED)
    bob_box = EncryptionKeyPair(BOB_X25519)
    payload = encode_fields("profile", {"name": "Alice"})
    first = sign_event(alice, Kind.PUBLIC, MAIN_FEED, 1, None, TIME, payload)
    second = sign_event(alice, Kind.PUBLIC, MAIN_FEED, 2, first.id, TIME + 1000, b"{}")
    card = make_card(
        alice, alice_box.public_key, "Alice", TIME, None, (Address("192.168.1.20", 7733),)
    )
    associated = associated_data(first.author, MAIN_FEED)
    sealed = seal(
        b'{"t":"chat.msg","text":"hi"}', [bob_box.public_key], associated, counter_random()
    )
    group_key = bytes(range(200, 232))
    symmetric = encrypt_with_key(
        b'{"t":"chat.msg","text":"hi all"}', group_key, associated, counter_random(100)
    )
    note = Note(first.author, MAIN_FEED, 2, second.id)
    wire = {
        "wire-notes": encode(Notes((note,))).hex(),
        "wire-want": encode(Want(first.author, MAIN_FEED, 1)).hex(),
        "wire-events": encode(Events((second.raw,))).hex(),
        "wire-caught-up": encode(CaughtUp(first.author, MAIN_FEED, 2)).hex(),
        "wire-chunk-want": encode(ChunkWant(bytes(range(32)), 3)).hex(),
    }
    return wire | {
        "alice-public-key": alice.public_key.hex(),
        "alice-x25519-public-key": alice_box.public_key.hex(),
        "bob-public-key": bob.public_key.hex(),
        "bob-x25519-public-key": bob_box.public_key.hex(),
        "feed-id-main": MAIN_FEED.hex(),
        "feed-id-group": feed_id_for("group/" + "00" * 16).hex(),
        "event-1-payload": payload.hex(),
        "event-1-header": first.raw.header.hex(),
        "event-1-signature": first.raw.signature.hex(),
        "event-1-id": first.id.hex(),
        "event-2-header": second.raw.header.hex(),
        "event-2-signature": second.raw.signature.hex(),
        "event-2-id": second.id.hex(),
        "display-id-alice": display_id(alice.public_key),
        "safety-number-alice-bob": safety_number(alice.public_key, bob.public_key),
        "card-alice": card.to_text(),
        "sealed-envelope-to-bob": sealed.hex(),
        "symmetric-envelope": symmetric.hex(),
    }


_BLOCK = re.compile(r"```vector:(?P<name>[a-z0-9-]+)\n(?P<body>.*?)\n```", re.DOTALL)


def document_vectors(text: str) -> dict[str, str]:
    """The ```vector:NAME blocks of a markdown document, whitespace removed."""
    return {m["name"]: "".join(m["body"].split()) for m in _BLOCK.finditer(text)}


def wrap(value: str, width: int = 64) -> str:
    return "\n".join(value[i : i + width] for i in range(0, len(value), width))


if __name__ == "__main__":
    for name, value in vectors().items():
        print(f"```vector:{name}\n{wrap(value)}\n```\n")
