"""Display ids: a public key as base32 with Luhn mod 32 check characters, grouped for reading.

The shape is Syncthing's device id: 52 base32 characters split into four runs of 13, each
followed by one check character (Luhn mod N over the base32 alphabet), then the 56 characters
shown as eight groups of seven joined by ``-``. A typo in one character is detected.
"""

from __future__ import annotations

import base64

from core.errors import InvalidInput

_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_VALUE = {char: index for index, char in enumerate(_ALPHABET)}
_RUN = 13
_GROUP = 7


def _luhn_check_character(run: str) -> str:
    """Luhn mod 32 check character of ``run`` (base32 characters)."""
    factor = 1
    total = 0
    base = len(_ALPHABET)
    for char in run:
        addend = factor * _VALUE[char]
        factor = 1 if factor == 2 else 2
        total += addend // base + addend % base
    return _ALPHABET[(base - total % base) % base]


def display_id(public_key: bytes) -> str:
    """The grouped display id of a 32-byte key, e.g. ``ABCDEFG-HIJKLMN-...`` (8 groups)."""
    if len(public_key) != 32:
        raise ValueError("display ids are made from 32-byte keys")
    text = base64.b32encode(public_key).decode("ascii").rstrip("=")
    checked = "".join(
        text[start : start + _RUN] + _luhn_check_character(text[start : start + _RUN])
        for start in range(0, len(text), _RUN)
    )
    return "-".join(checked[start : start + _GROUP] for start in range(0, len(checked), _GROUP))


def parse_display_id(text: str) -> bytes:
    """The key behind a display id; spaces, dashes and case are ignored; typos are rejected."""
    compact = "".join(char for char in text.upper() if char not in " -\t\n")
    if len(compact) != 56 or any(char not in _VALUE for char in compact):
        raise InvalidInput("a Hutong id has 56 letters and digits (A–Z, 2–7)")
    runs = [compact[start : start + _RUN + 1] for start in range(0, 56, _RUN + 1)]
    for run in runs:
        if _luhn_check_character(run[:_RUN]) != run[_RUN]:
            raise InvalidInput("this Hutong id has a typo: a check character does not match")
    data = "".join(run[:_RUN] for run in runs) + "===="
    return base64.b32decode(data)
