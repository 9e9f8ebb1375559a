"""The Noise package's exception family: one root, one subclass per way a handshake can fail.

`NoiseStateError` is the odd one out: it means the caller drove a state machine out of order
(a bug on our side), whereas every other subclass means the bytes from the peer were bad.
"""

from __future__ import annotations


class NoiseError(Exception):
    """Root of every error raised by `sync.noise`."""


class NoiseDecryptError(NoiseError):
    """A ciphertext failed authentication (tampered, truncated, or the wrong key or nonce)."""


class NoiseHandshakeError(NoiseError):
    """A handshake message is malformed (e.g. too short to hold the keys the pattern requires)."""


class NoiseInvalidKeyError(NoiseError):
    """A key has the wrong length, or a Diffie-Hellman result is all zeros (low-order point)."""


class NoiseNonceExhaustedError(NoiseError):
    """A cipher state reached the reserved nonce 2^64-1; the session must end."""


class NoiseMessageSizeError(NoiseError):
    """A Noise message would exceed (or does exceed) 65535 bytes."""


class NoiseStateError(NoiseError):
    """A state machine was used out of order (a programming error, not bad input)."""
