"""Shared helpers for the Noise tests: deterministic key pairs and complete handshakes."""

from __future__ import annotations

import hashlib

from sync.noise import HandshakePattern, HandshakeState, KeyPair, TransportState


def fixed_keypair(label: str) -> KeyPair:
    """A reproducible key pair derived from a label."""
    return KeyPair.from_private(hashlib.blake2b(label.encode(), digest_size=32).digest())


def handshake_pair(
    pattern: HandshakePattern, prologue: bytes = b"test"
) -> tuple[HandshakeState, HandshakeState]:
    """An initiator and a responder for `pattern`, with fresh static keys where needed."""
    initiator = HandshakeState(
        pattern,
        initiator=True,
        prologue=prologue,
        static=fixed_keypair("initiator") if pattern.needs_local_static(True) else None,
    )
    responder = HandshakeState(
        pattern,
        initiator=False,
        prologue=prologue,
        static=fixed_keypair("responder") if pattern.needs_local_static(False) else None,
    )
    return initiator, responder


def complete(
    initiator: HandshakeState, responder: HandshakeState
) -> tuple[TransportState, TransportState]:
    """Run the handshake to its end with empty payloads and split both sides."""
    sender, receiver = initiator, responder
    while not initiator.is_finished:
        assert receiver.read_message(sender.write_message()) == b""
        sender, receiver = receiver, sender
    return initiator.split(), responder.split()
