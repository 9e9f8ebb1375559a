"""The Hutong handshake as a pure state machine: Noise XX plus identity binding.

    initiator                                   responder
    -> e                                        (payload: empty)
    <- e, ee, s, es                             (payload: responder's HandshakePayload)
    -> s, se                                    (payload: initiator's HandshakePayload)

Each side proves its Ed25519 identity by signing its Noise static key. The initiator checks
the responder's proof (and pin) before revealing its own identity in the third message.
`SecureHandshake` only turns messages into messages; `open_secure_channel` does the I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sync.noise import XX, HandshakeState, KeyPair, KeyPairGenerator, NoiseError, TransportState
from sync.noise import generate_keypair as _generate_keypair
from sync.transport.errors import HandshakeError, IdentityBindingError, PeerIdentityMismatch
from sync.transport.handshake_payload import HandshakePayload, decode_handshake_payload
from sync.transport.identity import (
    ED25519_PUBLIC_KEY_LEN,
    IdentitySigner,
    SignatureVerifier,
    binding_message,
)

PROLOGUE: Final = b"hutong/1"


@dataclass(frozen=True)
class PeerIdentity:
    """What the handshake proved about the peer."""

    identity_key: bytes
    """The peer's Ed25519 public key (its device identity)."""

    noise_static: bytes
    """The X25519 static key the peer used, bound to `identity_key` by signature."""

    hello: bytes
    """The peer's application hello (unauthenticated by the signature, but by Noise)."""


@dataclass(frozen=True)
class HandshakeResult:
    """A completed handshake: the cipher states and the proven peer."""

    transport: TransportState
    peer: PeerIdentity


class SecureHandshake:
    """Drives one side; call `start()`, then `receive()` each peer message until `done`."""

    def __init__(
        self,
        *,
        initiator: bool,
        noise_static: KeyPair,
        signer: IdentitySigner,
        verify: SignatureVerifier,
        expected_peer: bytes | None = None,
        hello: bytes = b"",
        generate_ephemeral: KeyPairGenerator = _generate_keypair,
    ) -> None:
        if expected_peer is not None and len(expected_peer) != ED25519_PUBLIC_KEY_LEN:
            raise ValueError("expected_peer must be a 32-byte Ed25519 public key")
        self._initiator = initiator
        self._verify = verify
        self._expected_peer = expected_peer
        signature = signer.sign(binding_message(noise_static.public))
        self._own_payload = HandshakePayload(signer.public_key, signature, hello).encode()
        self._noise = HandshakeState(
            XX,
            initiator=initiator,
            prologue=PROLOGUE,
            static=noise_static,
            generate_ephemeral=generate_ephemeral,
        )
        self._peer: PeerIdentity | None = None
        self._started = False

    @property
    def done(self) -> bool:
        """Whether the handshake completed and the peer is proven."""
        return self._noise.is_finished and self._peer is not None

    def start(self) -> bytes | None:
        """The first message to send: the initiator's `-> e`, or None for the responder."""
        if self._started:
            raise RuntimeError("start() was already called")
        self._started = True
        return self._write(b"") if self._initiator else None

    def receive(self, message: bytes) -> bytes | None:
        """Absorb a peer message; the reply to send, if any. Failures raise `HandshakeError`."""
        if not self._started or self.done or self._noise.is_my_turn:
            raise RuntimeError("receive() called out of turn")
        payload = self._read(message)
        if self._noise.is_finished:  # responder, after "-> s, se"
            self._peer = self._prove_peer(payload)
            return None
        if self._initiator:  # initiator, after "<- e, ee, s, es": check before revealing
            self._peer = self._prove_peer(payload)
            return self._write(self._own_payload)
        if payload:  # responder, after "-> e"
            raise HandshakeError("the first handshake message must have an empty payload")
        return self._write(self._own_payload)

    def result(self) -> HandshakeResult:
        """The transport state and proven peer, once `done`."""
        if self._peer is None or not self._noise.is_finished:
            raise RuntimeError("the handshake is not complete")
        return HandshakeResult(transport=self._noise.split(), peer=self._peer)

    def _write(self, payload: bytes) -> bytes:
        try:
            return self._noise.write_message(payload)
        except NoiseError as exc:
            raise HandshakeError(f"handshake failed: {exc}") from exc

    def _read(self, message: bytes) -> bytes:
        try:
            return self._noise.read_message(message)
        except NoiseError as exc:
            raise HandshakeError(f"handshake failed: {exc}") from exc

    def _prove_peer(self, payload: bytes) -> PeerIdentity:
        decoded = decode_handshake_payload(payload)
        noise_static = self._noise.remote_static
        if noise_static is None:  # XX always transmits s before the payload that needs it
            raise HandshakeError("the peer's static key is missing")
        if not self._verify(decoded.identity_key, binding_message(noise_static), decoded.signature):
            raise IdentityBindingError("the peer's signature does not bind its Noise static key")
        if self._expected_peer is not None and decoded.identity_key != self._expected_peer:
            raise PeerIdentityMismatch(self._expected_peer, decoded.identity_key)
        return PeerIdentity(decoded.identity_key, noise_static, decoded.hello)
