"""End-to-end encryption of event payloads: sealed (per recipient) and symmetric (group) forms."""

from core.envelopes.associated import associated_data
from core.envelopes.sealed import MAX_RECIPIENTS, open_sealed, recipient_count, seal
from core.envelopes.symmetric import (
    KEY_ID_BYTES,
    decrypt_with_key,
    encrypt_with_key,
    envelope_key_id,
    key_id,
)

__all__ = [
    "KEY_ID_BYTES",
    "MAX_RECIPIENTS",
    "associated_data",
    "decrypt_with_key",
    "encrypt_with_key",
    "envelope_key_id",
    "key_id",
    "open_sealed",
    "recipient_count",
    "seal",
]
