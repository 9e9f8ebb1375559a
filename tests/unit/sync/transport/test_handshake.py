"""The Hutong handshake as a pure state machine: no sockets, only messages."""

from __future__ import annotations

import pytest

from sync.noise import XX, HandshakeState, NoiseDecryptError
from sync.transport import (
    PROLOGUE,
    HandshakeError,
    IdentityBindingError,
    PeerIdentityMismatch,
    SecureHandshake,
)
from sync.transport.handshake_payload import HandshakePayload
from sync.transport.identity import BINDING_DOMAIN, binding_message
from tests.unit.sync.transport.helpers import Device, verify_ed25519


def _run(initiator: SecureHandshake, responder: SecureHandshake) -> list[bytes]:
    """Play the handshake out; the messages exchanged."""
    sent: list[bytes] = []
    assert responder.start() is None
    message = initiator.start()
    sides = [responder, initiator]
    turn = 0
    while message is not None:
        sent.append(message)
        message = sides[turn % 2].receive(message)
        turn += 1
    return sent


def test_both_sides_prove_their_identity_and_agree_on_the_session() -> None:
    alice, bob = Device.make("alice"), Device.make("bob")
    initiator = alice.handshake(initiator=True, hello=b"A")
    responder = bob.handshake(initiator=False, hello=b"B")
    messages = _run(initiator, responder)
    assert [len(m) for m in messages] == [32, 32 + 48 + 99 + 1 + 16, 48 + 99 + 1 + 16]
    assert initiator.done and responder.done
    mine, theirs = initiator.result(), responder.result()
    assert mine.peer.identity_key == bob.identity.public_key
    assert mine.peer.noise_static == bob.noise_static.public
    assert mine.peer.hello == b"B"
    assert theirs.peer.identity_key == alice.identity.public_key
    assert theirs.peer.hello == b"A"
    assert mine.transport.handshake_hash == theirs.transport.handshake_hash
    assert theirs.transport.decrypt(mine.transport.encrypt(b"x")) == b"x"


def test_each_side_signs_exactly_the_domain_separated_static_key() -> None:
    alice = Device.make("alice")
    alice.handshake(initiator=True)
    assert alice.identity.signed == [BINDING_DOMAIN + alice.noise_static.public]
    assert BINDING_DOMAIN == b"hutong/noise-static/v1\x00"
    assert binding_message(b"k") == BINDING_DOMAIN + b"k"


def test_the_prologue_is_bound_into_the_handshake() -> None:
    """A plain Noise XX peer with the right prologue completes the handshake; without, not."""
    bob = Device.make("bob")
    for prologue, works in ((PROLOGUE, True), (b"hutong/2", False)):
        responder = bob.handshake(initiator=False)
        responder.start()
        plain = HandshakeState(
            XX, initiator=True, prologue=prologue, static=Device.make("x").noise_static
        )
        if works:
            responder.receive(plain.write_message())
        else:
            reply = responder.receive(plain.write_message())
            assert reply is not None
            with pytest.raises(NoiseDecryptError):
                plain.read_message(reply)


def test_the_initiator_checks_the_pin_before_sending_its_identity() -> None:
    alice, bob, mallory = Device.make("alice"), Device.make("bob"), Device.make("mallory")
    initiator = alice.handshake(initiator=True, expected_peer=bob.identity.public_key)
    responder = mallory.handshake(initiator=False)
    responder.start()
    second = responder.receive(initiator.start() or b"")
    assert second is not None
    with pytest.raises(PeerIdentityMismatch):
        initiator.receive(second)
    assert not initiator.done


def test_a_valid_signature_by_a_different_key_than_claimed_is_refused() -> None:
    alice, bob = Device.make("alice"), Device.make("bob")
    initiator = alice.handshake(initiator=True)
    responder = bob.handshake(initiator=False)
    # Swap in a payload that claims alice's identity with bob's signature.
    responder._own_payload = HandshakePayload(  # forging on purpose
        alice.identity.public_key,
        bob.identity.sign(binding_message(bob.noise_static.public)),
    ).encode()
    responder.start()
    second = responder.receive(initiator.start() or b"")
    with pytest.raises(IdentityBindingError):
        initiator.receive(second or b"")


def test_a_verifier_that_says_no_is_obeyed() -> None:
    alice, bob = Device.make("alice"), Device.make("bob")
    initiator = SecureHandshake(
        initiator=True,
        noise_static=alice.noise_static,
        signer=alice.identity,
        verify=lambda key, message, signature: False,
    )
    responder = bob.handshake(initiator=False)
    responder.start()
    with pytest.raises(IdentityBindingError):
        initiator.receive(responder.receive(initiator.start() or b"") or b"")


def test_noise_failures_become_handshake_errors() -> None:
    responder = Device.make("bob").handshake(initiator=False)
    responder.start()
    with pytest.raises(HandshakeError, match="shorter") as caught:
        responder.receive(b"short")
    assert caught.value.__cause__ is not None


def test_the_first_message_must_carry_no_payload() -> None:
    responder = Device.make("bob").handshake(initiator=False)
    responder.start()
    valid_point = Device.make("e").noise_static.public
    with pytest.raises(HandshakeError, match="empty payload"):
        responder.receive(valid_point + b"x")


def test_misuse_is_a_programming_error() -> None:
    alice = Device.make("alice")
    with pytest.raises(ValueError, match="expected_peer"):
        alice.handshake(initiator=True, expected_peer=b"short")
    with pytest.raises(ValueError, match="hello"):
        alice.handshake(initiator=True, hello=bytes(1025))
    handshake = alice.handshake(initiator=True)
    with pytest.raises(RuntimeError):
        handshake.receive(b"x" * 200)  # before start()
    handshake.start()
    with pytest.raises(RuntimeError):
        handshake.start()
    with pytest.raises(RuntimeError):
        handshake.result()
    assert verify_ed25519(b"bad key", b"m", bytes(64)) is False
