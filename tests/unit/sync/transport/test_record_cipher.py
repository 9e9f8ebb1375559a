"""The rekey schedule, checked against an independent Noise implementation."""

from __future__ import annotations

import pytest
from noise.connection import Keypair, NoiseConnection
from noise.exceptions import NoiseInvalidMessage

from sync.noise import XX, HandshakeState, KeyPair, TransportState
from sync.transport import ChannelClosed, ChannelConfig, ProtocolViolation
from sync.transport.handshake import PROLOGUE
from sync.transport.record_cipher import DEFAULT_REKEY_INTERVAL, RecordCipher
from tests.unit.sync.transport.helpers import seed


def _ours_and_oracle() -> tuple[TransportState, NoiseConnection]:
    ours = HandshakeState(XX, initiator=True, prologue=PROLOGUE, static=_pair("ours"))
    oracle = NoiseConnection.from_name(b"Noise_XX_25519_ChaChaPoly_BLAKE2b")
    oracle.set_as_responder()
    oracle.set_prologue(PROLOGUE)
    oracle.set_keypair_from_private_bytes(Keypair.STATIC, seed("oracle"))
    oracle.start_handshake()
    oracle.read_message(ours.write_message())
    ours.read_message(bytes(oracle.write_message()))
    oracle.read_message(ours.write_message())
    return ours.split(), oracle


def _pair(label: str) -> KeyPair:
    return KeyPair.from_private(seed(label))


def test_the_default_interval_is_ten_thousand() -> None:
    assert DEFAULT_REKEY_INTERVAL == 10_000 == ChannelConfig().rekey_interval


@pytest.mark.parametrize("interval", [1, 2, 5])
def test_rekey_after_every_nth_message_in_each_direction(interval: int) -> None:
    transport, oracle = _ours_and_oracle()
    cipher = RecordCipher(transport, rekey_interval=interval)
    for n in range(1, 13):
        assert oracle.decrypt(cipher.seal(b"out %d" % n)) == b"out %d" % n
        if n % interval == 0:
            oracle.rekey_inbound_cipher()
        assert cipher.open(oracle.encrypt(b"in %d" % n)) == b"in %d" % n
        if n % interval == 0:
            oracle.rekey_outbound_cipher()
    assert cipher.messages_sent == cipher.messages_received == 12


def test_without_the_matching_rekey_the_next_message_fails() -> None:
    transport, oracle = _ours_and_oracle()
    cipher = RecordCipher(transport, rekey_interval=2)
    oracle.decrypt(cipher.seal(b"1"))
    oracle.decrypt(cipher.seal(b"2"))  # we rekey after this one; the oracle does not
    with pytest.raises(NoiseInvalidMessage):
        oracle.decrypt(cipher.seal(b"3"))


def test_a_bad_message_is_a_violation_and_does_not_advance() -> None:
    transport, oracle = _ours_and_oracle()
    cipher = RecordCipher(transport, rekey_interval=10)
    good = oracle.encrypt(b"x")
    with pytest.raises(ProtocolViolation, match="rejected"):
        cipher.open(good[:-1] + bytes([good[-1] ^ 0x80]))
    assert cipher.messages_received == 0
    assert cipher.open(good) == b"x"


def test_an_exhausted_session_closes() -> None:
    transport, _ = _ours_and_oracle()
    transport._send.set_nonce(2**64 - 1)  # reaching in: 2^64 messages take a while
    with pytest.raises(ChannelClosed, match="nonces"):
        RecordCipher(transport, rekey_interval=10).seal(b"x")


def test_the_interval_must_be_positive() -> None:
    transport, _ = _ours_and_oracle()
    with pytest.raises(ValueError):
        RecordCipher(transport, rekey_interval=0)
