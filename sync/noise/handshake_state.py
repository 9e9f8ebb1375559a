"""HandshakeState (spec §5.3): runs any pattern of the table, one message at a time.

Pure: no I/O, no clock. Randomness enters only through the injected ephemeral key generator.
After any error the state is dead: every later call raises `NoiseStateError`.
"""

from __future__ import annotations

from sync.noise.constants import DHLEN, MAX_MESSAGE_LEN, TAGLEN
from sync.noise.dh import KeyPair, KeyPairGenerator, dh, generate_keypair
from sync.noise.errors import (
    NoiseError,
    NoiseHandshakeError,
    NoiseMessageSizeError,
    NoiseStateError,
)
from sync.noise.patterns import HandshakePattern, Message, Token, protocol_name
from sync.noise.symmetric_state import SymmetricState
from sync.noise.transport_state import TransportState


class HandshakeState:
    """One side of a handshake: `write_message` and `read_message` alternate per the pattern."""

    def __init__(
        self,
        pattern: HandshakePattern,
        *,
        initiator: bool,
        prologue: bytes = b"",
        static: KeyPair | None = None,
        remote_static: bytes | None = None,
        generate_ephemeral: KeyPairGenerator = generate_keypair,
    ) -> None:
        """Initialize(): `static` and `remote_static` must be given exactly when needed."""
        if pattern.needs_local_static(initiator) and static is None:
            raise ValueError(f"{pattern.name} needs a static key pair on this side")
        if pattern.needs_remote_static(initiator) and remote_static is None:
            raise ValueError(f"{pattern.name} needs the peer's static key in advance")
        if remote_static is not None and len(remote_static) != DHLEN:
            raise ValueError(f"remote static key must be {DHLEN} bytes")
        self._pattern = pattern
        self._initiator = initiator
        self._s = static
        self._rs = remote_static
        self._e: KeyPair | None = None
        self._re: bytes | None = None
        self._generate_ephemeral = generate_ephemeral
        self._index = 0
        self._failed = False
        self._symmetric = SymmetricState(protocol_name(pattern).encode("ascii"))
        self._symmetric.mix_hash(prologue)
        # Pre-messages: only "s" is allowed, so each token hashes one side's static key.
        for _ in pattern.initiator_pre:
            self._symmetric.mix_hash(self._static_of(local=initiator))
        for _ in pattern.responder_pre:
            self._symmetric.mix_hash(self._static_of(local=not initiator))

    @property
    def pattern(self) -> HandshakePattern:
        """The pattern being run."""
        return self._pattern

    @property
    def initiator(self) -> bool:
        """Whether this side sends the first message."""
        return self._initiator

    @property
    def is_finished(self) -> bool:
        """Whether every message of the pattern has been written or read."""
        return self._index == len(self._pattern.messages)

    @property
    def is_my_turn(self) -> bool:
        """Whether the next call must be `write_message` (otherwise `read_message`)."""
        return not self.is_finished and (self._index % 2 == 0) == self._initiator

    @property
    def handshake_hash(self) -> bytes:
        """The running handshake hash `h`."""
        return self._symmetric.handshake_hash

    @property
    def remote_static(self) -> bytes | None:
        """The peer's static public key, once pre-shared or received."""
        return self._rs

    def write_message(self, payload: bytes = b"") -> bytes:
        """WriteMessage(payload): the next handshake message to send."""
        tokens = self._begin(writing=True)
        size = _overhead(tokens, self._symmetric.has_key()) + len(payload)
        if size > MAX_MESSAGE_LEN:
            raise NoiseMessageSizeError(f"handshake message of {size} bytes exceeds 65535")
        try:
            parts: list[bytes] = []
            for token in tokens:
                if token is Token.E:
                    self._e = self._generate_ephemeral()
                    parts.append(self._e.public)
                    self._symmetric.mix_hash(self._e.public)
                elif token is Token.S:
                    parts.append(self._symmetric.encrypt_and_hash(self._local_static().public))
                else:
                    self._symmetric.mix_key(self._dh(token))
            parts.append(self._symmetric.encrypt_and_hash(payload))
        except NoiseError:
            self._failed = True
            raise
        self._index += 1
        return b"".join(parts)

    def read_message(self, message: bytes) -> bytes:
        """ReadMessage(message): the peer's payload, after checking every authenticated byte."""
        tokens = self._begin(writing=False)
        try:
            if len(message) > MAX_MESSAGE_LEN:
                raise NoiseMessageSizeError(f"handshake message of {len(message)} bytes")
            needed = _overhead(tokens, self._symmetric.has_key())
            if len(message) < needed:
                raise NoiseHandshakeError(
                    f"handshake message of {len(message)} bytes is shorter than {needed}"
                )
            offset = 0
            for token in tokens:
                if token is Token.E:
                    self._re = message[offset : offset + DHLEN]
                    offset += DHLEN
                    self._symmetric.mix_hash(self._re)
                elif token is Token.S:
                    length = DHLEN + (TAGLEN if self._symmetric.has_key() else 0)
                    self._rs = self._symmetric.decrypt_and_hash(message[offset : offset + length])
                    offset += length
                else:
                    self._symmetric.mix_key(self._dh(token))
            payload = self._symmetric.decrypt_and_hash(message[offset:])
        except NoiseError:
            self._failed = True
            raise
        self._index += 1
        return payload

    def split(self) -> TransportState:
        """Split(): the transport state, once the handshake is finished."""
        if not self.is_finished or self._failed:
            raise NoiseStateError("the handshake is not finished")
        initiator_to_responder, responder_to_initiator = self._symmetric.split()
        if self._initiator:
            send, receive = initiator_to_responder, responder_to_initiator
        else:
            send, receive = responder_to_initiator, initiator_to_responder
        return TransportState(
            send=send,
            receive=receive,
            handshake_hash=self._symmetric.handshake_hash,
            remote_static=self._rs,
        )

    def _begin(self, *, writing: bool) -> Message:
        if self._failed:
            raise NoiseStateError("this handshake already failed; start a new one")
        if self.is_finished:
            raise NoiseStateError("the handshake is finished; call split()")
        if self.is_my_turn != writing:
            expected = "write_message" if self.is_my_turn else "read_message"
            raise NoiseStateError(f"out of turn: {expected} must be called next")
        return self._pattern.messages[self._index]

    def _dh(self, token: Token) -> bytes:
        # Token names are (initiator's key, responder's key); map them to (ours, theirs).
        ours_first = self._initiator
        first, second = token.value[0], token.value[1]
        local = first if ours_first else second
        remote = second if ours_first else first
        private = self._local_ephemeral() if local == "e" else self._local_static()
        public = self._remote_key(remote)
        return dh(private.private, public)

    def _local_ephemeral(self) -> KeyPair:
        if self._e is None:
            raise NoiseStateError("pattern uses the local ephemeral key before sending it")
        return self._e

    def _local_static(self) -> KeyPair:
        if self._s is None:
            raise NoiseStateError("pattern uses a local static key that was not given")
        return self._s

    def _remote_key(self, which: str) -> bytes:
        key = self._re if which == "e" else self._rs
        if key is None:
            raise NoiseStateError(f"pattern uses the remote '{which}' key before receiving it")
        return key

    def _static_of(self, *, local: bool) -> bytes:
        if local:
            return self._local_static().public
        return self._remote_key("s")


def _overhead(tokens: Message, has_key: bool) -> int:
    """Bytes a message adds around its payload, given whether a key is set at its start."""
    size = 0
    for token in tokens:
        if token is Token.E:
            size += DHLEN
        elif token is Token.S:
            size += DHLEN + (TAGLEN if has_key else 0)
        else:
            has_key = True
    return size + (TAGLEN if has_key else 0)
