"""Properties: random payloads round-trip; any single flipped bit is rejected; junk is refused."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.noise import (
    MAX_PLAINTEXT_LEN,
    NN,
    XX,
    HandshakeState,
    NoiseDecryptError,
    NoiseError,
    NoiseInvalidKeyError,
)
from tests.unit.sync.noise.helpers import complete, handshake_pair


@given(messages=st.lists(st.tuples(st.booleans(), st.binary(max_size=300)), max_size=10))
def test_transport_messages_round_trip_in_both_directions(
    messages: list[tuple[bool, bytes]],
) -> None:
    one, two = complete(*handshake_pair(XX))
    for forward, payload in messages:
        sender, receiver = (one, two) if forward else (two, one)
        ciphertext = sender.encrypt(payload)
        assert len(ciphertext) == len(payload) + 16
        assert receiver.decrypt(ciphertext) == payload


@settings(max_examples=25)
@given(
    size=st.integers(min_value=MAX_PLAINTEXT_LEN - 64, max_value=MAX_PLAINTEXT_LEN),
    seed=st.binary(min_size=1, max_size=64),
)
def test_payloads_at_the_size_limit_round_trip(size: int, seed: bytes) -> None:
    # Built from a short seed: drawing 64 KiB of independent bytes makes hypothesis crawl.
    payload = (seed * (size // len(seed) + 1))[:size]
    one, two = complete(*handshake_pair(XX))
    assert two.decrypt(one.encrypt(payload)) == payload


@given(payload=st.binary(max_size=512), data=st.data())
def test_any_flipped_bit_in_a_transport_message_is_rejected(
    payload: bytes, data: st.DataObject
) -> None:
    one, two = complete(*handshake_pair(XX))
    ciphertext = bytearray(one.encrypt(payload))
    bit = data.draw(st.integers(min_value=0, max_value=len(ciphertext) * 8 - 1), label="bit")
    ciphertext[bit // 8] ^= 1 << (bit % 8)
    try:
        two.decrypt(bytes(ciphertext))
    except NoiseDecryptError:
        pass
    else:
        raise AssertionError("a tampered ciphertext was accepted")
    assert two.receive_nonce == 0


@settings(max_examples=60)
@given(payloads=st.lists(st.binary(max_size=300), min_size=3, max_size=3), data=st.data())
def test_any_flipped_bit_in_an_encrypted_handshake_message_is_rejected(
    payloads: list[bytes], data: st.DataObject
) -> None:
    initiator, responder = handshake_pair(XX)
    assert responder.read_message(initiator.write_message(payloads[0])) == payloads[0]
    second = bytearray(responder.write_message(payloads[1]))
    # Bytes 0..31 are the cleartext ephemeral key: a flip there changes every derived key, so
    # it is rejected too (or, rarely, hits a low-order point and is refused at the DH).
    bit = data.draw(st.integers(min_value=0, max_value=len(second) * 8 - 1), label="bit")
    second[bit // 8] ^= 1 << (bit % 8)
    try:
        initiator.read_message(bytes(second))
    except (NoiseDecryptError, NoiseInvalidKeyError):
        pass
    else:
        raise AssertionError("a tampered handshake message was accepted")


@given(junk=st.lists(st.binary(max_size=200), min_size=1, max_size=3))
def test_junk_handshake_messages_raise_only_noise_errors(junk: list[bytes]) -> None:
    for initiator_side in (True, False):
        state = handshake_pair(NN)[0 if initiator_side else 1]
        if state.is_my_turn:
            state.write_message()
        for message in junk:
            try:
                state.read_message(message)
            except NoiseError:
                break
            if state.is_finished:
                break
            state.write_message()


def test_property_strategies_are_exercised() -> None:
    """A guard: the round-trip property would pass vacuously if encryption did nothing."""
    one, two = complete(*handshake_pair(XX))
    assert one.encrypt(b"visible?") != b"visible?"
    assert two.receive_nonce == 0
    assert isinstance(handshake_pair(NN)[0], HandshakeState)
