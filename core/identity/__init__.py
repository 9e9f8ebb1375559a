"""Who we are: device keys at rest, display ids, safety numbers and contact cards."""

from core.identity.card import (
    CARD_TEXT_PREFIX,
    MAX_CARD_TEXT,
    Address,
    ContactCard,
    clean_name,
    decode_card,
    decode_card_bytes,
    make_card,
)
from core.identity.display_id import display_id, parse_display_id
from core.identity.keys import (
    DeviceKeys,
    has_keys,
    is_protected,
    load_keys,
    public_identity,
    save_keys,
)
from core.identity.safety_number import format_safety_number, safety_number

__all__ = [
    "CARD_TEXT_PREFIX",
    "MAX_CARD_TEXT",
    "Address",
    "ContactCard",
    "DeviceKeys",
    "clean_name",
    "decode_card",
    "decode_card_bytes",
    "display_id",
    "format_safety_number",
    "has_keys",
    "is_protected",
    "load_keys",
    "make_card",
    "parse_display_id",
    "public_identity",
    "safety_number",
    "save_keys",
]
