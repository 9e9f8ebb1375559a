"""The published cacophony vectors, byte for byte, for every pattern we implement."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sync.noise import PATTERNS, HandshakeState, KeyPair, TransportState, protocol_name

VECTORS_FILE = (
    Path(__file__).parents[3] / "data" / "noise" / "cacophony_25519_ChaChaPoly_BLAKE2b.json"
)
VECTORS: list[dict[str, Any]] = json.loads(VECTORS_FILE.read_text())["vectors"]


def _keypair(vector: dict[str, Any], field: str) -> KeyPair | None:
    value = vector.get(field)
    return KeyPair.from_private(bytes.fromhex(value)) if value else None


def _side(vector: dict[str, Any], prefix: str, pattern_name: str) -> HandshakeState:
    ephemeral = _keypair(vector, f"{prefix}_ephemeral")
    assert ephemeral is not None
    remote = vector.get(f"{prefix}_remote_static")
    return HandshakeState(
        PATTERNS[pattern_name],
        initiator=prefix == "init",
        prologue=bytes.fromhex(vector[f"{prefix}_prologue"]),
        static=_keypair(vector, f"{prefix}_static"),
        remote_static=bytes.fromhex(remote) if remote else None,
        generate_ephemeral=lambda: ephemeral,
    )


def test_the_vectors_cover_every_pattern_we_implement() -> None:
    assert {vector["name"] for vector in VECTORS} == {
        protocol_name(pattern) for pattern in PATTERNS.values()
    }


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_vector_messages_match_byte_for_byte(vector: dict[str, Any]) -> None:
    pattern_name = vector["name"].split("_")[1]
    initiator = _side(vector, "init", pattern_name)
    responder = _side(vector, "resp", pattern_name)
    transports: tuple[TransportState, TransportState] | None = None

    for index, message in enumerate(vector["messages"]):
        payload = bytes.fromhex(message["payload"])
        expected = bytes.fromhex(message["ciphertext"])
        initiator_sends = index % 2 == 0
        if transports is None:
            sender, receiver = (initiator, responder) if initiator_sends else (responder, initiator)
            assert sender.write_message(payload) == expected, f"handshake message {index}"
            assert receiver.read_message(expected) == payload
            if initiator.is_finished:
                assert responder.is_finished
                assert initiator.handshake_hash == responder.handshake_hash
                transports = (initiator.split(), responder.split())
        else:
            out, into = transports if initiator_sends else transports[::-1]
            assert out.encrypt(payload) == expected, f"transport message {index}"
            assert into.decrypt(expected) == payload

    assert transports is not None, "the vector never finished its handshake"
    for side, prefix in ((transports[0], "resp"), (transports[1], "init")):
        static = _keypair(vector, f"{prefix}_static")
        assert side.remote_static == (static.public if static else None)
