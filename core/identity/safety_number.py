"""Safety numbers: 60 digits two people compare to verify each other's keys (Signal's shape).

Each side's half is 30 digits from 5,200 iterations of SHA-512 over a version, the key and the
key again (as the stable identifier); halves are sorted so both people see the same number.
"""

from __future__ import annotations

from core.crypto import sha512_iterated

_VERSION = b"\x00\x01"
_ITERATIONS = 5200


def _half(public_key: bytes) -> str:
    digest = sha512_iterated(_VERSION + public_key + public_key, public_key, _ITERATIONS)
    chunks = (
        int.from_bytes(digest[start : start + 5], "big") % 100_000 for start in range(0, 30, 5)
    )
    return "".join(f"{chunk:05d}" for chunk in chunks)


def safety_number(key_a: bytes, key_b: bytes) -> str:
    """The 60-digit safety number of two identity keys, the same whichever order they come in."""
    first, second = sorted((_half(key_a), _half(key_b)))
    return first + second


def format_safety_number(number: str) -> str:
    """Twelve groups of five digits in three lines of four, for reading aloud."""
    groups = [number[start : start + 5] for start in range(0, len(number), 5)]
    return "\n".join(" ".join(groups[row : row + 4]) for row in range(0, len(groups), 4))
