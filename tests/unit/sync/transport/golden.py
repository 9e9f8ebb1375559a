"""The golden example of docs/protocol-transport.md, computed by the production code.

Regenerate the document's blocks after an intentional wire change with:

    .venv/bin/python -m tests.unit.sync.transport.golden
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import nacl.signing

from sync.noise import KeyPair
from sync.transport import SecureHandshake
from sync.transport.framing import encode_frame
from sync.transport.record_cipher import DEFAULT_REKEY_INTERVAL, RecordCipher
from sync.transport.records import (
    CLOSE_RECORD,
    PING_RECORD,
    Control,
    MessageReassembler,
    encode_message_records,
)
from tests.unit.sync.transport.helpers import Ed25519Identity, verify_ed25519

DOC = Path(__file__).resolve().parents[4] / "docs" / "protocol.md"

INPUTS: dict[str, bytes] = {
    "initiator_ed25519_seed": bytes(range(0x00, 0x20)),
    "responder_ed25519_seed": bytes(range(0x20, 0x40)),
    "initiator_static_private": bytes(range(0x40, 0x60)),
    "responder_static_private": bytes(range(0x60, 0x80)),
    "initiator_ephemeral_private": bytes(range(0x80, 0xA0)),
    "responder_ephemeral_private": bytes(range(0xA0, 0xC0)),
    "initiator_hello": b"alice",
    "responder_hello": b"bob",
    "application_message": b"hello, hutong",
}

_BLOCK = re.compile(r"<!-- golden:([a-z0-9_]+) -->\s*```hex\n(.*?)```", re.DOTALL)


def compute_outputs(inputs: dict[str, bytes]) -> dict[str, bytes]:
    """Every output of the example, from its inputs, with the real handshake and record code."""
    out: dict[str, bytes] = {}
    sides: dict[str, SecureHandshake] = {}
    for role in ("initiator", "responder"):
        identity = Ed25519Identity(nacl.signing.SigningKey(inputs[f"{role}_ed25519_seed"]))
        static = KeyPair.from_private(inputs[f"{role}_static_private"])
        ephemeral = KeyPair.from_private(inputs[f"{role}_ephemeral_private"])
        out[f"{role}_ed25519_public"] = identity.public_key
        out[f"{role}_static_public"] = static.public
        out[f"{role}_ephemeral_public"] = ephemeral.public
        sides[role] = SecureHandshake(
            initiator=role == "initiator",
            noise_static=static,
            signer=identity,
            verify=verify_ed25519,
            hello=inputs[f"{role}_hello"],
            generate_ephemeral=lambda ephemeral=ephemeral: ephemeral,
        )
        out[f"{role}_payload"] = sides[role]._own_payload  # the plaintext, for reference

    initiator, responder = sides["initiator"], sides["responder"]
    assert responder.start() is None
    first = initiator.start()
    assert first is not None
    second = responder.receive(first)
    assert second is not None
    third = initiator.receive(second)
    assert third is not None and responder.receive(third) is None
    out["handshake_frame_1"] = encode_frame(first)
    out["handshake_frame_2"] = encode_frame(second)
    out["handshake_frame_3"] = encode_frame(third)

    mine, theirs = initiator.result(), responder.result()
    assert mine.transport.handshake_hash == theirs.transport.handshake_hash
    out["handshake_hash"] = mine.transport.handshake_hash
    sender = RecordCipher(mine.transport, DEFAULT_REKEY_INTERVAL)
    receiver = RecordCipher(theirs.transport, DEFAULT_REKEY_INTERVAL)
    reassembler = MessageReassembler(max_message_size=1024)

    (record,) = encode_message_records(inputs["application_message"])
    out["message_record"] = record
    out["message_frame"] = encode_frame(sender.seal(record))
    assert (
        reassembler.feed(receiver.open(out["message_frame"][2:])) == inputs["application_message"]
    )
    out["ping_frame_from_responder"] = encode_frame(receiver.seal(PING_RECORD))
    assert sender.open(out["ping_frame_from_responder"][2:]) == PING_RECORD
    out["close_frame"] = encode_frame(sender.seal(CLOSE_RECORD))
    assert reassembler.feed(receiver.open(out["close_frame"][2:])) is Control.CLOSE
    return out


def parse_doc(text: str) -> dict[str, bytes]:
    """The `<!-- golden:name -->` hex blocks of the document."""
    blocks: dict[str, bytes] = {}
    for name, body in _BLOCK.findall(text):
        assert name not in blocks, f"block {name} appears twice"
        blocks[name] = bytes.fromhex("".join(body.split()))
    return blocks


def render_block(name: str, value: bytes) -> str:
    """One block as it appears in the document: 32 bytes (64 hex digits) per line."""
    lines = textwrap.wrap(value.hex(), 64) or [""]
    return f"<!-- golden:{name} -->\n```hex\n" + "\n".join(lines) + "\n```"


if __name__ == "__main__":
    for name, value in {**INPUTS, **compute_outputs(INPUTS)}.items():
        print(render_block(name, value), end="\n\n")
