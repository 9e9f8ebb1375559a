"""Red-envelope shares: even for fixed envelopes, VRF-drawn for lucky ones, checkable by all.

A lucky share is drawn from the clearer's VRF output over (envelope id, grab number, grab event
id): the sender cannot rig it (the sender does not hold the VRF key), the clearer cannot pick it
(the VRF has one output per input, and the grab event id is the grabber's), and anyone
recomputes it from the published proof.

The draw is the "double mean" rule with randomised rounding, in integers only. With ``M`` left
for ``n`` grabs, one unit is reserved per grab and ``D = M - n`` is shared out: the grab gets
``1 + floor(a / n)`` plus one more with probability ``(a mod n) / n``, where ``a`` is uniform
on ``0..2D``. So the grab's expected share is exactly ``1 + D / n = M / n``, and by induction
every grab position averages ``total / shares``; the last grab takes what is left, every share
is at least one unit, and the shares sum exactly to the total. ``a`` and the rounding draw are
the two 256-bit halves of the VRF output reduced modulo ``2D + 1`` and ``n``: their bias is
below 2**-190, far under any observable difference.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.crypto import vrf_verify
from core.ids import EventId
from core.wallet.intents import EnvelopeKind
from core.wallet.records import Escrowed, Share

_ALPHA_PREFIX = b"hutong/red-envelope/v1\x00"


def grab_alpha(envelope: EventId, number: int, grab: EventId) -> bytes:
    """The VRF input for grab ``number`` (from 1) of ``envelope`` by the event ``grab``."""
    return _ALPHA_PREFIX + envelope + number.to_bytes(4, "big") + grab


def lucky_share(remaining: int, shares_left: int, output: bytes) -> int:
    """The share of the next grab, drawn from 64 VRF output bytes."""
    if shares_left < 1 or remaining < shares_left:
        raise ValueError("every share needs at least one minor unit")
    if shares_left == 1:
        return remaining
    spare = remaining - shares_left
    drawn = int.from_bytes(output[:32], "big") % (2 * spare + 1)
    rounding = int.from_bytes(output[32:64], "big") % shares_left
    whole, fraction = divmod(drawn, shares_left)
    return 1 + whole + (1 if rounding < fraction else 0)


def fixed_share(total: int, shares: int) -> int:
    return total // shares


def expected_share(
    envelope: Escrowed, remaining: int, number: int, grab: EventId, vrf_key: bytes, proof: bytes
) -> int | None:
    """The amount grab ``number`` must get, or None when the proof does not verify."""
    shares_left = envelope.shares - number + 1
    if envelope.kind == EnvelopeKind.FIXED:
        return fixed_share(envelope.total, envelope.shares)
    output = vrf_verify(vrf_key, grab_alpha(envelope.intent, number, grab), proof)
    if output is None:
        return None
    return lucky_share(remaining, shares_left, output)


def verify_shares(envelope: Escrowed, shares: Sequence[Share], vrf_key: bytes) -> bool:
    """True when ``shares`` (in clearing order) are exactly what the envelope's rule gives."""
    remaining = envelope.total
    grabbers = set()
    for number, share in enumerate(shares, start=1):
        if share.envelope != envelope.intent or share.number != number:
            return False
        if number > envelope.shares or share.grabber in grabbers:
            return False
        if envelope.exclusive is not None and share.grabber != envelope.exclusive:
            return False
        if (share.proof is None) != (envelope.kind == EnvelopeKind.FIXED):
            return False
        wanted = expected_share(
            envelope, remaining, number, share.grab, vrf_key, share.proof or b""
        )
        if wanted is None or wanted != share.amount:
            return False
        remaining -= share.amount
        grabbers.add(share.grabber)
    return True
