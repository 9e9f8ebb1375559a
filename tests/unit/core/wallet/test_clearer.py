"""The clearer's decisions: overdrafts, double spends, holds, requests, envelopes, expiry."""

from __future__ import annotations

import random

import pytest

from core.wallet import (
    ENVELOPE_MS,
    HOLD_MS,
    AcceptIntent,
    BurnIntent,
    Cleared,
    ClearedOp,
    Clearer,
    DeclineIntent,
    EnvelopeKind,
    Escrowed,
    GrabIntent,
    Held,
    MintIntent,
    RedEnvelopeIntent,
    Refund,
    RefusalReason,
    Refused,
    Released,
    Returned,
    ReturnReason,
    Share,
    TransferIntent,
    make_payment_request,
    verify_shares,
)
from tests.unit.core.wallet.world import (
    ALICE,
    BOB,
    CAROL,
    DAVE,
    ISSUER,
    SECRET,
    T0,
    VRF,
    World,
    fresh,
    key,
    make_currency,
)


def funded(amount: int = 10_000, **kwargs: object) -> World:
    world = World(**kwargs)  # type: ignore[arg-type]
    world.submit(ISSUER, MintIntent(key(ALICE), amount, fresh()))
    return world


def pay(payee: bytes, amount: int, **kwargs: object) -> TransferIntent:
    return TransferIntent(payee, amount, fresh(), **kwargs)  # type: ignore[arg-type]


def refusal(record: object) -> RefusalReason | None:
    return record.reason if isinstance(record, Refused) else None


def test_a_mint_and_a_transfer_clear_and_conserve_money() -> None:
    world = funded(10_000)
    record = world.decide(ALICE, pay(key(BOB), 2_500))
    assert isinstance(record, Cleared) and record.op == ClearedOp.TRANSFER
    assert (world.ledger.balance(key(ALICE)), world.ledger.balance(key(BOB))) == (7_500, 2_500)
    assert world.ledger.minted == 10_000 and world.ledger.conservation_holds()


def test_overdraft_race_two_payments_of_80_from_100_only_one_clears() -> None:
    world = funded(100)
    first = world.sign(ALICE, pay(key(BOB), 80))
    second = world.sign(ALICE, pay(key(CAROL), 80))
    records = [world.clearer.clear(intent, T0)[-1].record for intent in (first, second)]
    assert isinstance(records[0], Cleared)
    assert refusal(records[1]) == RefusalReason.OVERDRAFT
    assert world.ledger.balance(key(ALICE)) == 20


def test_a_replayed_intent_gets_no_second_record_and_a_reused_nonce_is_refused() -> None:
    world = funded(1_000)
    intent = world.sign(ALICE, pay(key(BOB), 100))
    assert len(world.clearer.clear(intent, T0)) == 1
    assert world.clearer.clear(intent, T0) == []
    same_nonce = TransferIntent(key(CAROL), 100, intent.intent.nonce)  # type: ignore[union-attr]
    assert refusal(world.decide(ALICE, same_nonce)) == RefusalReason.DOUBLE_SPEND
    assert world.ledger.balance(key(ALICE)) == 900


def test_conflicting_intents_from_a_cloned_device_exactly_one_clears_in_any_order() -> None:
    """Two devices with one key sign different transfers at the same feed position."""
    rng = random.Random(7)
    for _ in range(1_000):
        world = funded(100)
        position = 1
        one = world.sign(ALICE, pay(key(BOB), 60), seq=position)
        two = world.sign(ALICE, pay(key(CAROL), 60), seq=position)
        later = world.sign(ALICE, pay(key(DAVE), 10), seq=position + 1)
        order = [one, two, later, one, two]
        rng.shuffle(order)
        for intent in order:
            world.clearer.clear(intent, T0)
        cleared = [e.record for e in world.feed.entries if isinstance(e.record, Cleared)]
        transfers = [r for r in cleared if r.intent in (one.event_id, two.event_id)]
        assert len(transfers) == 1
        assert world.ledger.balance(key(ALICE)) in (40, 30)
        assert world.ledger.conservation_holds()


def test_a_device_proven_forked_by_the_feed_layer_is_refused() -> None:
    world = funded(100)
    world.clearer.note_forked_device(key(ALICE))
    assert refusal(world.decide(ALICE, pay(key(BOB), 10))) == RefusalReason.FORKED_DEVICE


def test_only_the_issuer_mints_and_never_past_the_cap() -> None:
    world = World(currency=make_currency(cap=500))
    assert refusal(world.decide(ALICE, MintIntent(key(ALICE), 10, fresh()))) == (
        RefusalReason.NOT_ISSUER
    )
    assert isinstance(world.decide(ISSUER, MintIntent(key(ALICE), 400, fresh())), Cleared)
    assert refusal(world.decide(ISSUER, MintIntent(key(BOB), 101, fresh()))) == (
        RefusalReason.OVER_CAP
    )
    assert isinstance(world.decide(ISSUER, MintIntent(key(BOB), 100, fresh())), Cleared)


def test_burning_needs_the_money_and_counts_as_burned() -> None:
    world = funded(100)
    assert refusal(world.decide(ALICE, BurnIntent(101, fresh()))) == RefusalReason.OVERDRAFT
    assert isinstance(world.decide(ALICE, BurnIntent(30, fresh())), Cleared)
    assert world.ledger.burned == 30 and world.ledger.conservation_holds()


def test_paying_oneself_is_refused() -> None:
    world = funded(100)
    assert refusal(world.decide(ALICE, pay(key(ALICE), 10))) == RefusalReason.TO_SELF


# -- held transfers -------------------------------------------------------------------------


def test_a_held_transfer_is_not_the_payees_until_accepted() -> None:
    world = funded(1_000)
    transfer = world.sign(ALICE, pay(key(BOB), 300, hold=True))
    held = world.clearer.clear(transfer, T0)[-1].record
    assert isinstance(held, Held) and held.expires_ms == T0 + HOLD_MS
    assert world.ledger.balance(key(BOB)) == 0 and world.ledger.held_total == 300
    assert world.ledger.balance(key(ALICE)) == 700
    assert refusal(world.decide(CAROL, AcceptIntent(transfer.event_id))) == RefusalReason.NOT_PAYEE
    released = world.decide(BOB, AcceptIntent(transfer.event_id), T0 + 1)
    assert isinstance(released, Released)
    assert world.ledger.balance(key(BOB)) == 300 and world.ledger.held_total == 0
    again = world.decide(BOB, DeclineIntent(transfer.event_id), T0 + 2)
    assert refusal(again) == RefusalReason.ALREADY_SETTLED


def test_a_declined_transfer_goes_back_to_the_payer() -> None:
    world = funded(1_000)
    transfer = world.sign(ALICE, pay(key(BOB), 300, hold=True))
    world.clearer.clear(transfer, T0)
    returned = world.decide(BOB, DeclineIntent(transfer.event_id), T0 + 5)
    assert isinstance(returned, Returned) and returned.reason == ReturnReason.DECLINED
    assert world.ledger.balance(key(ALICE)) == 1_000


@pytest.mark.parametrize("accept_at", [HOLD_MS - 1, HOLD_MS, HOLD_MS + 1])
def test_accept_and_expiry_never_both_succeed(accept_at: int) -> None:
    world = funded(1_000)
    transfer = world.sign(ALICE, pay(key(BOB), 300, hold=True))
    world.clearer.clear(transfer, T0)
    written = world.clearer.clear(world.sign(BOB, AcceptIntent(transfer.event_id)), T0 + accept_at)
    records = [entry.record for entry in written]
    settled = [r for r in records if isinstance(r, Released | Returned)]
    assert len(settled) == 1
    if accept_at < HOLD_MS:
        assert isinstance(settled[0], Released)
    else:
        assert isinstance(settled[0], Returned) and settled[0].reason == ReturnReason.EXPIRED
        assert refusal(records[-1]) == RefusalReason.ALREADY_SETTLED
    assert world.clearer.expire(T0 + 3 * HOLD_MS) == []
    assert world.ledger.balance(key(ALICE)) + world.ledger.balance(key(BOB)) == 1_000


def test_the_clearers_clock_never_runs_backwards() -> None:
    world = funded(1_000)
    transfer = world.sign(ALICE, pay(key(BOB), 300, hold=True))
    world.clearer.clear(transfer, T0)
    expired = [entry.record for entry in world.clearer.expire(T0 + HOLD_MS)]
    assert expired == [Returned(transfer.event_id, ReturnReason.EXPIRED)]
    late = world.decide(BOB, AcceptIntent(transfer.event_id), T0)  # a stale clock reading
    assert refusal(late) == RefusalReason.ALREADY_SETTLED


# -- payment requests ------------------------------------------------------------------------


def _request(world: World, amount: int = 250, expires: int = T0 + 60_000) -> str:
    return make_payment_request(BOB, world.currency.id, amount, fresh(), expires, "lunch").text


def test_a_payment_request_is_paid_once() -> None:
    world = funded(1_000)
    text = _request(world)
    first = world.decide(ALICE, pay(key(BOB), 250, request=text))
    assert isinstance(first, Cleared) and first.request is not None
    assert refusal(world.decide(ALICE, pay(key(BOB), 250, request=text))) == (
        RefusalReason.REQUEST_USED
    )
    assert world.ledger.balance(key(BOB)) == 250


def test_a_payment_request_paid_after_expiry_by_the_clearers_clock_is_refused() -> None:
    world = funded(1_000)
    text = _request(world, expires=T0 + 1_000)
    late = world.decide(ALICE, pay(key(BOB), 250, request=text), T0 + 1_001)
    assert refusal(late) == RefusalReason.REQUEST_EXPIRED


def test_a_payment_request_must_match_the_transfer_and_be_signed() -> None:
    world = funded(1_000)
    text = _request(world)
    assert refusal(world.decide(ALICE, pay(key(BOB), 251, request=text))) == (
        RefusalReason.REQUEST_INVALID
    )
    assert refusal(world.decide(ALICE, pay(key(CAROL), 250, request=text))) == (
        RefusalReason.REQUEST_INVALID
    )
    damaged = text[:-3] + ("A" if text[-3] != "A" else "B") + text[-2:]
    assert refusal(world.decide(ALICE, pay(key(BOB), 250, request=damaged))) == (
        RefusalReason.REQUEST_INVALID
    )


def test_a_transfer_paying_a_request_is_never_held() -> None:
    world = funded(1_000)
    record = world.decide(ALICE, pay(key(BOB), 250, request=_request(world), hold=True))
    assert isinstance(record, Cleared)


# -- red envelopes ----------------------------------------------------------------------------


def _envelope(kind: EnvelopeKind, total: int, shares: int, **kwargs: object) -> RedEnvelopeIntent:
    return RedEnvelopeIntent(kind, total, shares, fresh(), "g:" + "00" * 16, SECRET, **kwargs)  # type: ignore[arg-type]


def test_a_lucky_envelope_pays_one_share_per_member_checkable_by_anyone() -> None:
    world = funded(1_000)
    envelope = world.sign(ALICE, _envelope(EnvelopeKind.LUCKY, 500, 3))
    escrowed = world.clearer.clear(envelope, T0)[-1].record
    assert isinstance(escrowed, Escrowed) and world.ledger.escrow_total == 500
    shares = []
    for grabber in (BOB, CAROL, BOB, DAVE, ALICE):
        record = world.decide(grabber, GrabIntent(envelope.event_id, SECRET), T0 + 10)
        if isinstance(record, Share):
            shares.append(record)
        elif grabber is BOB:
            assert refusal(record) == RefusalReason.ALREADY_GRABBED
        else:
            assert refusal(record) == RefusalReason.ENVELOPE_CLOSED
    assert [s.grabber for s in shares] == [key(BOB), key(CAROL), key(DAVE)]
    assert sum(s.amount for s in shares) == 500 and min(s.amount for s in shares) >= 1
    assert verify_shares(escrowed, shares, world.currency.vrf_key)
    assert world.ledger.escrow_total == 0 and world.ledger.conservation_holds()


def test_a_fixed_envelope_splits_evenly_and_refunds_the_unclaimed_after_24_hours() -> None:
    world = funded(1_000)
    envelope = world.sign(ALICE, _envelope(EnvelopeKind.FIXED, 300, 3))
    world.clearer.clear(envelope, T0)
    share = world.decide(BOB, GrabIntent(envelope.event_id, SECRET), T0 + 1)
    assert isinstance(share, Share) and share.amount == 100 and share.proof is None
    assert world.clearer.expire(T0 + ENVELOPE_MS - 1) == []
    refund = [e.record for e in world.clearer.expire(T0 + ENVELOPE_MS)]
    assert refund == [Refund(envelope.event_id, 200)]
    assert world.ledger.balance(key(ALICE)) == 900
    late = world.decide(CAROL, GrabIntent(envelope.event_id, SECRET), T0 + ENVELOPE_MS + 1)
    assert refusal(late) == RefusalReason.ENVELOPE_CLOSED


def test_an_exclusive_envelope_is_only_for_the_named_member() -> None:
    world = funded(1_000)
    envelope = world.sign(ALICE, _envelope(EnvelopeKind.LUCKY, 88, 1, exclusive=key(CAROL)))
    world.clearer.clear(envelope, T0)
    assert (
        refusal(world.decide(BOB, GrabIntent(envelope.event_id, SECRET)))
        == RefusalReason.NOT_FOR_YOU
    )
    share = world.decide(CAROL, GrabIntent(envelope.event_id, SECRET))
    assert isinstance(share, Share) and share.amount == 88


def test_an_envelope_needs_the_money_and_a_grab_needs_an_envelope() -> None:
    world = funded(100)
    assert refusal(world.decide(ALICE, _envelope(EnvelopeKind.LUCKY, 101, 2))) == (
        RefusalReason.OVERDRAFT
    )
    unknown = world.decide(BOB, GrabIntent(world.sign(ALICE, pay(key(BOB), 1)).event_id, SECRET))
    assert refusal(unknown) == RefusalReason.UNKNOWN_ENVELOPE


def test_knowing_an_envelopes_event_id_is_not_enough_to_grab_it() -> None:
    world = funded(1_000)
    envelope = world.sign(ALICE, _envelope(EnvelopeKind.LUCKY, 100, 2))
    escrowed = world.clearer.clear(envelope, T0)[-1].record
    assert isinstance(escrowed, Escrowed) and SECRET.hex() not in escrowed.encode().decode()
    guess = world.decide(BOB, GrabIntent(envelope.event_id, bytes(16)))
    assert refusal(guess) == RefusalReason.NOT_FOR_YOU
    assert isinstance(world.decide(BOB, GrabIntent(envelope.event_id, SECRET)), Share)


def test_a_restarted_clearer_still_returns_what_expires() -> None:
    world = funded(1_000)
    held = world.sign(ALICE, pay(key(BOB), 300, hold=True))
    envelope = world.sign(ALICE, _envelope(EnvelopeKind.FIXED, 100, 2))
    world.clearer.clear(held, T0)
    world.clearer.clear(envelope, T0 + 1)
    restarted = Clearer(world.ledger, VRF, world.feed)
    records = [entry.record for entry in restarted.expire(T0 + 1 + HOLD_MS)]
    assert records == [
        Returned(held.event_id, ReturnReason.EXPIRED),
        Refund(envelope.event_id, 100),
    ]
    assert world.ledger.balance(key(ALICE)) == 1_000


def test_pending_intents_show_for_both_sides_and_hold_back_only_the_payer() -> None:
    world = funded(1_000)
    to_bob = world.sign(ALICE, pay(key(BOB), 300))
    gift = world.sign(ALICE, _envelope(EnvelopeKind.LUCKY, 200, 2))
    from_carol = world.sign(CAROL, pay(key(ALICE), 50))
    intents = [to_bob, gift, from_carol]
    ledger = world.ledger
    assert ledger.pending_for(key(BOB), intents) == [to_bob]
    assert ledger.pending_for(key(ALICE), intents) == intents
    assert ledger.available(key(ALICE), intents) == 500
    assert ledger.balance(key(ALICE)) == 1_000
    world.clearer.clear(to_bob, T0)
    assert ledger.pending_for(key(BOB), intents) == []
    assert ledger.available(key(ALICE), intents) == 500
