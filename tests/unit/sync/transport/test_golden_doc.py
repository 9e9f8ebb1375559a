"""docs/protocol.md §6 carries a golden example; the code must reproduce it exactly."""

from __future__ import annotations

import pytest
from noise.connection import Keypair, NoiseConnection

from sync.transport import PROLOGUE
from tests.unit.sync.transport.golden import DOC, INPUTS, compute_outputs, parse_doc


def test_the_documented_example_matches_the_code_byte_for_byte() -> None:
    blocks = parse_doc(DOC.read_text(encoding="utf-8"))
    inputs = {name: blocks[name] for name in INPUTS}
    assert inputs == INPUTS, "the document's inputs changed"
    expected = compute_outputs(inputs)
    assert set(blocks) == set(INPUTS) | set(expected), "blocks missing from or extra in the doc"
    for name, value in expected.items():
        assert blocks[name].hex() == value.hex(), f"golden block {name!r} differs"


def test_the_example_is_sensitive_to_every_input() -> None:
    """A guard against a vacuous golden test: any changed input changes the handshake."""
    reference = compute_outputs(INPUTS)
    for name, value in INPUTS.items():
        # Flip a middle byte: X25519 clamping ignores bits of the first and last bytes.
        middle = len(value) // 2
        changed = {
            **INPUTS,
            name: value[:middle] + bytes([value[middle] ^ 1]) + value[middle + 1 :],
        }
        assert compute_outputs(changed) != reference, name


@pytest.mark.filterwarnings("ignore:One of ephemeral keypairs is already set")
def test_an_independent_noise_implementation_reproduces_the_example() -> None:
    """`noiseprotocol`, given the initiator's keys and payload, yields the same wire bytes."""
    blocks = parse_doc(DOC.read_text(encoding="utf-8"))
    oracle = NoiseConnection.from_name(b"Noise_XX_25519_ChaChaPoly_BLAKE2b")
    oracle.set_as_initiator()
    oracle.set_prologue(PROLOGUE)
    oracle.set_keypair_from_private_bytes(Keypair.STATIC, blocks["initiator_static_private"])
    oracle.set_keypair_from_private_bytes(Keypair.EPHEMERAL, blocks["initiator_ephemeral_private"])
    oracle.start_handshake()

    def body(name: str) -> bytes:
        frame = blocks[name]
        assert int.from_bytes(frame[:2], "big") == len(frame) - 2
        return frame[2:]

    assert bytes(oracle.write_message(b"")) == body("handshake_frame_1")
    assert bytes(oracle.read_message(body("handshake_frame_2"))) == blocks["responder_payload"]
    assert bytes(oracle.write_message(blocks["initiator_payload"])) == body("handshake_frame_3")
    assert oracle.get_handshake_hash() == blocks["handshake_hash"]
    assert oracle.encrypt(blocks["message_record"]) == body("message_frame")
    assert oracle.decrypt(body("ping_frame_from_responder")) == b"\x03"
    assert oracle.encrypt(b"\x04") == body("close_frame")
