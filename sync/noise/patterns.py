"""Handshake patterns (spec §7) as data: a pattern is a table entry, not code.

A pattern is written the way the specification writes it, one message per line:

    XX = HandshakePattern.parse("XX", ["-> e", "<- e, ee, s, es", "-> s, se"])

Pre-messages (the part above "..." in the spec) go in `initiator_pre` / `responder_pre`.
Only the tokens of the fundamental patterns are supported: e, s, ee, es, se, ss.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from sync.noise.constants import SUITE_NAME


class Token(enum.Enum):
    """A handshake token."""

    E = "e"
    S = "s"
    EE = "ee"
    ES = "es"
    SE = "se"
    SS = "ss"


Message = tuple[Token, ...]


@dataclass(frozen=True)
class HandshakePattern:
    """The token lists of one pattern; message 0 is the initiator's, then they alternate."""

    name: str
    messages: tuple[Message, ...]
    initiator_pre: Message = ()
    responder_pre: Message = ()

    @classmethod
    def parse(
        cls,
        name: str,
        messages: Sequence[str],
        *,
        initiator_pre: str = "",
        responder_pre: str = "",
    ) -> HandshakePattern:
        """Build a pattern from spec notation; arrows must alternate starting with "->"."""
        parsed: list[Message] = []
        for index, line in enumerate(messages):
            arrow, _, tokens = line.strip().partition(" ")
            expected = "->" if index % 2 == 0 else "<-"
            if arrow != expected:
                raise ValueError(f"{name}: message {index} must start with {expected!r}")
            parsed.append(_tokens(tokens))
        pattern = cls(
            name=name,
            messages=tuple(parsed),
            initiator_pre=_tokens(initiator_pre),
            responder_pre=_tokens(responder_pre),
        )
        pattern._validate()
        return pattern

    def _validate(self) -> None:
        if not self.messages:
            raise ValueError(f"{self.name}: a pattern needs at least one message")
        for pre in (self.initiator_pre, self.responder_pre):
            if any(token is not Token.S for token in pre):
                raise ValueError(f"{self.name}: only 's' is supported in pre-messages")

    def needs_local_static(self, initiator: bool) -> bool:
        """Whether the given side needs a static key pair: pre-known, sent, or used in a DH."""
        pre = self.initiator_pre if initiator else self.responder_pre
        uses = {Token.SE, Token.SS} if initiator else {Token.ES, Token.SS}
        sent = any(
            Token.S in message
            for index, message in enumerate(self.messages)
            if (index % 2 == 0) == initiator
        )
        used = any(token in uses for message in self.messages for token in message)
        return Token.S in pre or sent or used

    def needs_remote_static(self, initiator: bool) -> bool:
        """Whether the given side must be told the peer's static key before the handshake."""
        return Token.S in (self.responder_pre if initiator else self.initiator_pre)


def _tokens(text: str) -> Message:
    names = [part.strip() for part in text.split(",") if part.strip()]
    try:
        return tuple(Token(name) for name in names)
    except ValueError as exc:
        raise ValueError(f"unknown token in {text!r}") from exc


NN = HandshakePattern.parse("NN", ["-> e", "<- e, ee"])
XX = HandshakePattern.parse("XX", ["-> e", "<- e, ee, s, es", "-> s, se"])

PATTERNS: Mapping[str, HandshakePattern] = MappingProxyType({p.name: p for p in (NN, XX)})
"""Every pattern this package implements, by name."""


def protocol_name(pattern: HandshakePattern) -> str:
    """The full protocol name, e.g. "Noise_XX_25519_ChaChaPoly_BLAKE2b"."""
    return f"Noise_{pattern.name}_{SUITE_NAME}"
