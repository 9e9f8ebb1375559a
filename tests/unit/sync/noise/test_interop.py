"""Interop with an independent implementation: the `noiseprotocol` package as an oracle."""

from __future__ import annotations

import pytest
from noise.connection import Keypair, NoiseConnection

from sync.noise import XX, HandshakePattern, HandshakeState, NoiseDecryptError, TransportState
from tests.unit.sync.noise.helpers import fixed_keypair

NAME = b"Noise_XX_25519_ChaChaPoly_BLAKE2b"
PROLOGUE = b"hutong/1"


def _oracle(*, initiator: bool, static_private: bytes) -> NoiseConnection:
    connection = NoiseConnection.from_name(NAME)
    if initiator:
        connection.set_as_initiator()
    else:
        connection.set_as_responder()
    connection.set_prologue(PROLOGUE)
    connection.set_keypair_from_private_bytes(Keypair.STATIC, static_private)
    connection.start_handshake()
    return connection


def _check_transport(ours: TransportState, theirs: NoiseConnection, rounds: int = 5) -> None:
    for n in range(rounds):
        outgoing = f"ours #{n}".encode() * (n + 1)
        assert theirs.decrypt(ours.encrypt(outgoing)) == outgoing
        incoming = f"theirs #{n}".encode() * (n + 1)
        assert ours.decrypt(theirs.encrypt(incoming)) == incoming
    # REKEY (spec §11.3) must agree in both directions too.
    ours.rekey_send()
    theirs.rekey_inbound_cipher()
    assert theirs.decrypt(ours.encrypt(b"after rekey")) == b"after rekey"
    theirs.rekey_outbound_cipher()
    ours.rekey_receive()
    assert ours.decrypt(theirs.encrypt(b"after rekey too")) == b"after rekey too"


def test_our_initiator_with_their_responder() -> None:
    ours_static = fixed_keypair("ours")
    theirs_static = fixed_keypair("theirs")
    ours = HandshakeState(XX, initiator=True, prologue=PROLOGUE, static=ours_static)
    theirs = _oracle(initiator=False, static_private=theirs_static.private)

    assert theirs.read_message(ours.write_message(b"one")) == b"one"
    assert ours.read_message(bytes(theirs.write_message(b"two"))) == b"two"
    assert theirs.read_message(ours.write_message(b"three")) == b"three"

    assert theirs.handshake_finished and ours.is_finished
    assert ours.handshake_hash == theirs.get_handshake_hash()
    transport = ours.split()
    assert transport.remote_static == theirs_static.public
    _check_transport(transport, theirs)


def test_their_initiator_with_our_responder() -> None:
    ours_static = fixed_keypair("ours")
    theirs_static = fixed_keypair("theirs")
    theirs = _oracle(initiator=True, static_private=theirs_static.private)
    ours = HandshakeState(XX, initiator=False, prologue=PROLOGUE, static=ours_static)

    assert ours.read_message(bytes(theirs.write_message(b"one"))) == b"one"
    assert theirs.read_message(ours.write_message(b"two")) == b"two"
    assert ours.read_message(bytes(theirs.write_message(b"three"))) == b"three"

    assert theirs.handshake_finished and ours.is_finished
    assert ours.handshake_hash == theirs.get_handshake_hash()
    transport = ours.split()
    assert transport.remote_static == theirs_static.public
    _check_transport(transport, theirs)


def test_a_different_prologue_breaks_the_handshake() -> None:
    ours = HandshakeState(XX, initiator=True, prologue=b"hutong/2", static=fixed_keypair("a"))
    theirs = _oracle(initiator=False, static_private=fixed_keypair("b").private)
    theirs.read_message(ours.write_message())
    with pytest.raises(NoiseDecryptError):
        ours.read_message(bytes(theirs.write_message()))


def test_a_pattern_with_a_pre_message_is_just_a_table_entry() -> None:
    """NK is not in the table, yet parsing it is all it takes to interoperate."""
    nk = HandshakePattern.parse("NK", ["-> e, es", "<- e, ee"], responder_pre="s")
    server = fixed_keypair("server")
    ours = HandshakeState(nk, initiator=True, prologue=PROLOGUE, remote_static=server.public)
    theirs = NoiseConnection.from_name(b"Noise_NK_25519_ChaChaPoly_BLAKE2b")
    theirs.set_as_responder()
    theirs.set_prologue(PROLOGUE)
    theirs.set_keypair_from_private_bytes(Keypair.STATIC, server.private)
    theirs.start_handshake()

    assert theirs.read_message(ours.write_message(b"hello")) == b"hello"
    assert ours.read_message(bytes(theirs.write_message(b"world"))) == b"world"
    assert ours.handshake_hash == theirs.get_handshake_hash()
    _check_transport(ours.split(), theirs)
