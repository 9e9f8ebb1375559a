"""HandshakeState as a state machine: turns, failures, sizes, and what it learns."""

from __future__ import annotations

import pytest

from sync.noise import (
    MAX_MESSAGE_LEN,
    MAX_PLAINTEXT_LEN,
    NN,
    XX,
    HandshakeState,
    KeyPair,
    NoiseDecryptError,
    NoiseHandshakeError,
    NoiseInvalidKeyError,
    NoiseMessageSizeError,
    NoiseStateError,
)
from tests.unit.sync.noise.helpers import complete, fixed_keypair, handshake_pair


@pytest.mark.parametrize("pattern", [NN, XX], ids=["NN", "XX"])
def test_both_sides_agree_and_can_talk(pattern: object) -> None:
    assert pattern is NN or pattern is XX
    initiator, responder = handshake_pair(pattern)
    assert initiator.is_my_turn and not responder.is_my_turn
    one, two = complete(initiator, responder)
    assert initiator.handshake_hash == responder.handshake_hash
    assert one.handshake_hash == two.handshake_hash == initiator.handshake_hash
    assert two.decrypt(one.encrypt(b"ping")) == b"ping"
    assert one.decrypt(two.encrypt(b"pong")) == b"pong"


def test_xx_reveals_each_static_key_to_the_other_side() -> None:
    initiator, responder = handshake_pair(XX)
    assert initiator.remote_static is None
    assert initiator.read_message(responder_write(initiator, responder)) == b""
    assert initiator.remote_static == fixed_keypair("responder").public
    responder.read_message(initiator.write_message())
    assert responder.remote_static == fixed_keypair("initiator").public


def responder_write(initiator: HandshakeState, responder: HandshakeState) -> bytes:
    responder.read_message(initiator.write_message())
    return responder.write_message()


def test_xx_message_sizes_are_as_the_pattern_says() -> None:
    initiator, responder = handshake_pair(XX)
    first = initiator.write_message(b"abc")
    assert len(first) == 32 + 3  # e, cleartext payload
    responder.read_message(first)
    second = responder.write_message(b"abc")
    assert len(second) == 32 + 48 + 3 + 16  # e, encrypted s, encrypted payload
    initiator.read_message(second)
    third = initiator.write_message(b"abc")
    assert len(third) == 48 + 3 + 16


def test_turns_are_enforced() -> None:
    initiator, responder = handshake_pair(XX)
    with pytest.raises(NoiseStateError, match="write_message"):
        initiator.read_message(bytes(32))
    with pytest.raises(NoiseStateError, match="read_message"):
        responder.write_message()
    with pytest.raises(NoiseStateError):
        initiator.split()
    complete(initiator, responder)
    with pytest.raises(NoiseStateError, match="finished"):
        initiator.write_message()


def test_a_tampered_message_kills_the_handshake() -> None:
    initiator, responder = handshake_pair(XX)
    responder.read_message(initiator.write_message())
    second = bytearray(responder.write_message(b"secret"))
    second[40] ^= 0x01  # inside the encrypted static key
    with pytest.raises(NoiseDecryptError):
        initiator.read_message(bytes(second))
    with pytest.raises(NoiseStateError, match="failed"):
        initiator.read_message(bytes(second))
    with pytest.raises(NoiseStateError):
        initiator.split()


def test_a_short_message_is_refused_before_any_parsing() -> None:
    _, responder = handshake_pair(XX)
    with pytest.raises(NoiseHandshakeError, match="shorter"):
        responder.read_message(bytes(31))
    initiator2, responder2 = handshake_pair(XX)
    responder2.read_message(initiator2.write_message())
    second = responder2.write_message()
    with pytest.raises(NoiseHandshakeError):
        initiator2.read_message(second[: 32 + 48 + 15])


def test_a_low_order_ephemeral_key_is_refused() -> None:
    _, responder = handshake_pair(XX)
    responder.read_message(bytes(32))  # the all-zero "public key" is only hashed here...
    with pytest.raises(NoiseInvalidKeyError):
        responder.write_message()  # ...and refused at the first DH


def test_oversized_messages_are_refused() -> None:
    initiator, responder = handshake_pair(NN)
    with pytest.raises(NoiseMessageSizeError):
        initiator.write_message(bytes(MAX_MESSAGE_LEN - 32 + 1))
    assert initiator.is_my_turn  # nothing happened: the state is still usable
    with pytest.raises(NoiseMessageSizeError):
        responder.read_message(bytes(MAX_MESSAGE_LEN + 1))
    one, _ = complete(*handshake_pair(NN))
    one.encrypt(bytes(MAX_PLAINTEXT_LEN))
    with pytest.raises(NoiseMessageSizeError):
        one.encrypt(bytes(MAX_PLAINTEXT_LEN + 1))
    with pytest.raises(NoiseMessageSizeError):
        one.decrypt(bytes(MAX_MESSAGE_LEN + 1))


def test_missing_keys_are_a_configuration_error() -> None:
    with pytest.raises(ValueError, match="static"):
        HandshakeState(XX, initiator=True)
    with pytest.raises(ValueError, match="32 bytes"):
        HandshakeState(NN, initiator=True, remote_static=bytes(5))


def test_the_ephemeral_generator_is_used_once_per_e_token() -> None:
    calls: list[str] = []

    def generate() -> KeyPair:
        calls.append("e")
        return fixed_keypair(f"e{len(calls)}")

    initiator = HandshakeState(
        XX,
        initiator=True,
        static=fixed_keypair("s"),
        generate_ephemeral=generate,
    )
    first = initiator.write_message()
    assert first[:32] == fixed_keypair("e1").public
    assert calls == ["e"]
