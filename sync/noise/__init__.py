"""The Noise Protocol Framework (revision 34), Noise_*_25519_ChaChaPoly_BLAKE2b only.

Pure state machines over PyNaCl and the standard library: no sockets, no clock. A handshake
runs as a `HandshakeState` driven by a pattern from `PATTERNS` (NN and XX); when it is
finished, `split()` yields a `TransportState` for the transport messages.

    hs = HandshakeState(XX, initiator=True, prologue=b"hutong/1", static=generate_keypair())
    first = hs.write_message()
    ...
    transport = hs.split()

Every failure is a `NoiseError`; after one, the state that raised it must be discarded.
"""

from sync.noise.cipher_state import CipherState
from sync.noise.constants import DHLEN, HASHLEN, MAX_MESSAGE_LEN, MAX_NONCE, TAGLEN
from sync.noise.dh import KeyPair, KeyPairGenerator, dh, generate_keypair
from sync.noise.errors import (
    NoiseDecryptError,
    NoiseError,
    NoiseHandshakeError,
    NoiseInvalidKeyError,
    NoiseMessageSizeError,
    NoiseNonceExhaustedError,
    NoiseStateError,
)
from sync.noise.handshake_state import HandshakeState
from sync.noise.patterns import NN, PATTERNS, XX, HandshakePattern, Token, protocol_name
from sync.noise.symmetric_state import SymmetricState
from sync.noise.transport_state import MAX_PLAINTEXT_LEN, TransportState

__all__ = [
    "DHLEN",
    "HASHLEN",
    "MAX_MESSAGE_LEN",
    "MAX_NONCE",
    "MAX_PLAINTEXT_LEN",
    "NN",
    "PATTERNS",
    "TAGLEN",
    "XX",
    "CipherState",
    "HandshakePattern",
    "HandshakeState",
    "KeyPair",
    "KeyPairGenerator",
    "NoiseDecryptError",
    "NoiseError",
    "NoiseHandshakeError",
    "NoiseInvalidKeyError",
    "NoiseMessageSizeError",
    "NoiseNonceExhaustedError",
    "NoiseStateError",
    "SymmetricState",
    "Token",
    "TransportState",
    "dh",
    "generate_keypair",
    "protocol_name",
]
