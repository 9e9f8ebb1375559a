"""Lucky shares: exact sums, at least one unit each, a fair average at every grab position."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.crypto import VrfKeyPair
from core.ids import EventId, PublicKey
from core.wallet import (
    EnvelopeKind,
    Escrowed,
    Share,
    fixed_share,
    grab_alpha,
    lucky_share,
    verify_shares,
)

VRF = VrfKeyPair(bytes([9]) * 32)
ENVELOPE = EventId(bytes([0xE0]) * 32)
LOCK = bytes(32)


def stand_in_output(*parts: int) -> bytes:
    """A deterministic stand-in for a VRF output, for the statistical test only."""
    return hashlib.sha512(b"stand-in" + b"".join(p.to_bytes(8, "big") for p in parts)).digest()


def split(total: int, shares: int, envelope: int) -> list[int]:
    remaining, out = total, []
    for number in range(1, shares + 1):
        amount = lucky_share(remaining, shares - number + 1, stand_in_output(envelope, number))
        out.append(amount)
        remaining -= amount
    return out


@given(
    st.integers(1, 500).flatmap(lambda n: st.tuples(st.just(n), st.integers(n, 10**12))),
    st.integers(0, 2**32),
)
def test_shares_sum_exactly_and_each_gets_at_least_one_unit(
    sizes: tuple[int, int], envelope: int
) -> None:
    shares, total = sizes
    amounts = split(total, shares, envelope)
    assert sum(amounts) == total and min(amounts) >= 1 and len(amounts) == shares


@pytest.mark.parametrize(("total", "shares"), [(10_000, 5), (100, 3), (10, 4)])
def test_each_grab_position_averages_a_fair_share_over_100_000_envelopes(
    total: int, shares: int
) -> None:
    envelopes = 100_000
    sums = [0] * shares
    for envelope in range(envelopes):
        for position, amount in enumerate(split(total, shares, envelope)):
            sums[position] += amount
    fair = total * envelopes  # fair share * envelopes * shares: compare integers, no floats
    for position_sum in sums:
        assert abs(position_sum * shares - fair) * 100 <= 2 * fair, sums


def test_the_real_vrf_averages_a_fair_share_and_every_split_verifies() -> None:
    total, shares, envelopes = 1_000, 4, 300
    sums = [0] * shares
    for n in range(envelopes):
        envelope = EventId(hashlib.blake2b(n.to_bytes(4, "big"), digest_size=32).digest())
        terms = Escrowed(
            envelope, PublicKey(bytes(32)), EnvelopeKind.LUCKY, total, shares, bytes(16), 0, LOCK
        )
        records, remaining = [], total
        for number in range(1, shares + 1):
            grab = EventId(hashlib.blake2b(envelope + bytes([number]), digest_size=32).digest())
            output, proof = VRF.evaluate(grab_alpha(envelope, number, grab))
            amount = lucky_share(remaining, shares - number + 1, output)
            remaining -= amount
            records.append(
                Share(envelope, grab, number, PublicKey(bytes([number]) * 32), amount, proof)
            )
            sums[number - 1] += amount
        assert verify_shares(terms, records, VRF.public_key)
    # 300 real envelopes: a loose bound (±15 %) that still catches a biased position
    for position_sum in sums:
        assert abs(position_sum * shares - total * envelopes) * 100 <= 15 * total * envelopes


def test_verify_shares_catches_every_kind_of_tampering() -> None:
    terms = Escrowed(ENVELOPE, PublicKey(bytes(32)), EnvelopeKind.LUCKY, 500, 3, bytes(16), 0, LOCK)
    records, remaining = [], 500
    for number in (1, 2, 3):
        grab = EventId(bytes([number]) * 32)
        output, proof = VRF.evaluate(grab_alpha(ENVELOPE, number, grab))
        amount = lucky_share(remaining, 4 - number, output)
        remaining -= amount
        records.append(
            Share(ENVELOPE, grab, number, PublicKey(bytes([number]) * 32), amount, proof)
        )
    assert verify_shares(terms, records, VRF.public_key)
    first = records[0]
    assert not verify_shares(terms, records, VrfKeyPair(bytes(32)).public_key)
    assert not verify_shares(terms, [records[1], records[0], records[2]], VRF.public_key)
    changed = Share(first.envelope, first.grab, 1, first.grabber, first.amount + 1, first.proof)
    assert not verify_shares(terms, [changed, *records[1:]], VRF.public_key)
    regrab = Share(ENVELOPE, EventId(bytes([9]) * 32), 2, first.grabber, 1, records[1].proof)
    assert not verify_shares(terms, [first, regrab], VRF.public_key)
    no_proof = Share(first.envelope, first.grab, 1, first.grabber, first.amount)
    assert not verify_shares(terms, [no_proof], VRF.public_key)


def test_fixed_shares_are_equal_and_need_no_proof() -> None:
    terms = Escrowed(ENVELOPE, PublicKey(bytes(32)), EnvelopeKind.FIXED, 300, 3, bytes(16), 0, LOCK)
    records = [
        Share(ENVELOPE, EventId(bytes([n]) * 32), n, PublicKey(bytes([n]) * 32), 100)
        for n in (1, 2, 3)
    ]
    assert fixed_share(300, 3) == 100 and verify_shares(terms, records, VRF.public_key)
    exclusive = Escrowed(
        ENVELOPE,
        PublicKey(bytes(32)),
        EnvelopeKind.FIXED,
        100,
        1,
        bytes(16),
        0,
        LOCK,
        PublicKey(bytes([7]) * 32),
    )
    assert not verify_shares(exclusive, records[:1], VRF.public_key)


@settings(max_examples=200)
@given(st.integers(1, 10**9), st.integers(1, 500), st.binary(min_size=64, max_size=64))
def test_one_share_never_leaves_too_little_for_the_rest(
    remaining: int, shares_left: int, output: bytes
) -> None:
    if remaining < shares_left:
        with pytest.raises(ValueError, match="at least one"):
            lucky_share(remaining, shares_left, output)
        return
    amount = lucky_share(remaining, shares_left, output)
    assert amount >= 1 and remaining - amount >= shares_left - 1
