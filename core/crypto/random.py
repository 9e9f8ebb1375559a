"""Randomness is injected so that golden vectors and property tests can fix it."""

from __future__ import annotations

from collections.abc import Callable

import nacl.utils

RandomBytes = Callable[[int], bytes]


def system_random(size: int) -> bytes:
    """Cryptographically secure random bytes from the operating system (libsodium)."""
    return bytes(nacl.utils.random(size))
