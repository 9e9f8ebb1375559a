"""Replicas fold clearing records in any arrival order and catch a clearer that cheats."""

from __future__ import annotations

import random

import pytest

from core.crypto import SigningKeyPair, VrfKeyPair
from core.errors import InvalidInput, NotAllowed
from core.feeds import ForkProof, Kind, feed_id_for, sign_event
from core.ids import EventId
from core.wallet import (
    HOLD_MS,
    AcceptIntent,
    Cleared,
    ClearedOp,
    Clearer,
    ClearingEntry,
    ClearingRecord,
    EnvelopeKind,
    Escrowed,
    GrabIntent,
    InMemoryClearingFeed,
    Ledger,
    MintIntent,
    RedEnvelopeIntent,
    Refund,
    Released,
    Returned,
    ReturnReason,
    Share,
    SignedIntent,
    TransferIntent,
    WalletIntent,
    clearing_topic,
    entry_id,
    make_payment_request,
    sign_handover,
)
from tests.unit.core.wallet.world import (
    ALICE,
    BOB,
    CAROL,
    ISSUER,
    SECRET,
    T0,
    World,
    fresh,
    key,
    make_currency,
    nonce,
)


def fresh_id() -> EventId:
    return EventId(fresh() * 2)


def busy_world() -> World:
    """Mints, transfers, a held transfer accepted, one expired, a lucky envelope grabbed."""
    world = World()
    world.submit(ISSUER, MintIntent(key(ALICE), 10_000, fresh()))
    world.submit(ISSUER, MintIntent(key(BOB), 500, fresh()))
    world.submit(ALICE, TransferIntent(key(BOB), 1_000, fresh()))
    held = world.sign(ALICE, TransferIntent(key(CAROL), 700, fresh(), hold=True))
    world.clearer.clear(held, T0)
    world.submit(CAROL, AcceptIntent(held.event_id), T0 + 10)
    world.submit(BOB, TransferIntent(key(CAROL), 300, fresh(), hold=True), T0 + 20)
    envelope = world.sign(
        ALICE, RedEnvelopeIntent(EnvelopeKind.LUCKY, 999, 4, fresh(), "g:1", SECRET)
    )
    world.clearer.clear(envelope, T0 + 30)
    for grabber in (BOB, CAROL):
        world.submit(grabber, GrabIntent(envelope.event_id, SECRET), T0 + 40)
    world.clearer.expire(T0 + 20 + HOLD_MS)
    world.clearer.expire(T0 + 30 + HOLD_MS)
    return world


def replica_of(world: World) -> Ledger:
    replica = Ledger(world.currency)
    for entry in world.feed.entries:
        replica.receive(entry)
    return replica


def test_a_replica_converges_from_shuffled_duplicated_records() -> None:
    world = busy_world()
    arrivals = world.feed.entries * 3
    random.Random(3).shuffle(arrivals)
    replica = Ledger(world.currency)
    for entry in arrivals:
        replica.receive(entry)
        assert replica.conservation_holds()
    assert replica.state() == world.ledger.state()
    assert replica.frozen is None
    assert {r.record.__class__ for r in world.feed.entries} >= {Released, Returned, Share, Refund}


def test_nothing_applies_past_a_gap_until_it_fills() -> None:
    world = busy_world()
    replica = Ledger(world.currency)
    first, second = world.feed.entries[:2]
    assert replica.receive(second) == ()
    assert replica.balances() == {}
    assert replica.receive(first) == (first, second)
    assert replica.position == (0, 2)


def test_intents_without_a_record_are_pending_and_never_spendable() -> None:
    world = World()
    world.submit(ISSUER, MintIntent(key(ALICE), 100, fresh()))
    waiting = world.sign(BOB, TransferIntent(key(ALICE), 50, fresh()))
    replica = replica_of(world)
    assert replica.pending([waiting]) == [waiting]
    assert replica.balance(key(ALICE)) == 100


def test_two_records_at_one_position_freeze_the_currency_with_both_ids() -> None:
    world = busy_world()
    replica = replica_of(world)
    before = replica.state()
    original = world.feed.entries[2]
    assert isinstance(original.record, Cleared)
    forged = _entry(
        3, Cleared(original.record.intent, ClearedOp.MINT, None, key(CAROL), 5, fresh())
    )
    replica.receive(forged)
    assert replica.frozen is not None and replica.frozen.reason == "fork"
    assert (replica.frozen.first, replica.frozen.second) == (original.event_id, forged.event_id)
    assert replica.state().balances == before.balances


def test_a_conflict_among_records_still_waiting_also_freezes() -> None:
    world = busy_world()
    replica = Ledger(world.currency)
    later = world.feed.entries[4]
    replica.receive(later)
    replica.receive(_entry(5, Refund(later.event_id, 1)))
    assert replica.frozen is not None and replica.frozen.reason == "fork"
    assert replica.receive(world.feed.entries[0]) == ()


def _entry(seq: int, record: ClearingRecord, at: int = T0) -> ClearingEntry:
    return ClearingEntry(seq, entry_id(0, seq, record), record, at)


def _cheat(world: World, record: ClearingRecord, at: int = T0) -> Ledger:
    replica = replica_of(world)
    before = replica.state()
    applied = replica.receive(_entry(len(world.feed.entries) + 1, record, at))
    assert applied == ()
    assert replica.frozen is not None, record
    assert replica.frozen.seq == len(world.feed.entries) + 1
    assert replica.state().balances == before.balances and replica.conservation_holds()
    return replica


def test_a_record_that_overdraws_freezes_the_replica() -> None:
    world = busy_world()
    too_much = world.ledger.balance(key(BOB)) + 1
    intent = world.sign(BOB, TransferIntent(key(ALICE), too_much, fresh())).event_id
    replica = _cheat(
        world, Cleared(intent, ClearedOp.TRANSFER, key(BOB), key(ALICE), too_much, fresh())
    )
    assert replica.frozen is not None and "overdraft" in replica.frozen.reason


def test_a_mint_past_the_cap_or_a_reused_nonce_freezes_the_replica() -> None:
    world = World(currency=make_currency(cap=1_000))
    world.submit(ISSUER, MintIntent(key(ALICE), 1_000, nonce(1)))
    _cheat(world, Cleared(fresh_id(), ClearedOp.MINT, None, key(BOB), 1, fresh()))
    world = busy_world()
    used = world.feed.entries[2].record
    assert isinstance(used, Cleared)
    _cheat(world, Cleared(fresh_id(), ClearedOp.TRANSFER, key(ALICE), key(BOB), 1, used.nonce))


def test_settling_on_the_wrong_side_of_expiry_freezes_the_replica() -> None:
    world = World()
    world.submit(ISSUER, MintIntent(key(ALICE), 1_000, fresh()))
    held = world.sign(ALICE, TransferIntent(key(BOB), 10, fresh(), hold=True))
    world.clearer.clear(held, T0)
    accept = world.sign(BOB, AcceptIntent(held.event_id)).event_id
    _cheat(world, Released(held.event_id, accept), at=T0 + HOLD_MS)
    _cheat(world, Returned(held.event_id, ReturnReason.EXPIRED), at=T0 + HOLD_MS - 1)
    _cheat(world, Released(fresh_id(), accept), at=T0 + 1)


def test_a_share_the_vrf_does_not_give_freezes_the_replica() -> None:
    world = World()
    world.submit(ISSUER, MintIntent(key(ALICE), 1_000, fresh()))
    envelope = world.sign(
        ALICE, RedEnvelopeIntent(EnvelopeKind.LUCKY, 500, 3, fresh(), "g:1", SECRET)
    )
    world.clearer.clear(envelope, T0)
    honest_world = World(currency=world.currency)
    honest_world.feed.entries = list(world.feed.entries)
    grab = world.sign(BOB, GrabIntent(envelope.event_id, SECRET))
    share = world.clearer.clear(grab, T0 + 1)[-1].record
    assert isinstance(share, Share) and share.proof is not None
    world.feed.entries.pop()
    other = share.amount + 1 if share.amount < 498 else share.amount - 1
    _cheat(world, Share(share.envelope, share.grab, 1, share.grabber, other, share.proof))
    damaged = bytes([share.proof[0] ^ 1]) + share.proof[1:]
    _cheat(world, Share(share.envelope, share.grab, 1, share.grabber, share.amount, damaged))
    _cheat(world, Share(share.envelope, share.grab, 2, share.grabber, share.amount, share.proof))
    forged = VrfKeyPair(bytes(32)).prove(b"anything")
    _cheat(world, Share(share.envelope, share.grab, 1, share.grabber, share.amount, forged))


def test_paying_one_request_twice_freezes_the_replica() -> None:
    world = World()
    world.submit(ISSUER, MintIntent(key(ALICE), 1_000, fresh()))
    request = make_payment_request(BOB, world.currency.id, 10, fresh(), T0 + 1_000)
    record = world.decide(ALICE, TransferIntent(key(BOB), 10, fresh(), request=request.text))
    assert isinstance(record, Cleared) and record.request == request.nonce
    again = Cleared(
        fresh_id(), ClearedOp.TRANSFER, key(ALICE), key(BOB), 10, fresh(), request.nonce
    )
    _cheat(world, again)


# -- fork proofs from the feed layer and hand-overs ----------------------------------------------


def _fork_proof(signer: SigningKeyPair, topic: str) -> ForkProof:
    feed = feed_id_for(topic)
    one = sign_event(signer, Kind.PUBLIC, feed, 1, None, T0, b'{"t":"a"}')
    two = sign_event(signer, Kind.PUBLIC, feed, 1, None, T0, b'{"t":"b"}')
    return ForkProof(one.raw, two.raw)


def test_a_fork_proof_of_the_clearing_feed_freezes_the_currency() -> None:
    world = busy_world()
    replica = replica_of(world)
    with pytest.raises(InvalidInput, match="not about this currency"):
        replica.freeze(_fork_proof(ISSUER, "main"))
    with pytest.raises(InvalidInput, match="not about this currency"):
        replica.freeze(_fork_proof(ALICE, clearing_topic(world.currency.id)))
    assert replica.frozen is None
    proof = _fork_proof(ISSUER, clearing_topic(world.currency.id))
    replica.freeze(proof)
    assert replica.frozen is not None and replica.frozen.proof == proof
    assert replica.receive(_entry(len(world.feed.entries) + 1, Refund(fresh_id(), 1))) == ()


NODE = SigningKeyPair(bytes([7]) * 32)
NODE_VRF = VrfKeyPair(bytes([8]) * 32)


def test_a_hand_over_moves_clearing_to_a_new_key_in_any_arrival_order() -> None:
    world = busy_world()
    after = len(world.feed.entries)
    handover = sign_handover(ISSUER, world.currency, key(NODE), NODE_VRF.public_key, after)
    node_ledger = Ledger(world.currency)
    node_ledger.hand_over(handover)
    for entry in world.feed.entries:
        node_ledger.receive(entry)
    assert node_ledger.currency.clearing_key == key(NODE) and node_ledger.position == (1, 0)
    node_feed = InMemoryClearingFeed(epoch=1)
    node = Clearer(node_ledger, NODE_VRF, node_feed)
    later = T0 + 3 * HOLD_MS
    lucky = RedEnvelopeIntent(EnvelopeKind.LUCKY, 90, 2, fresh(), "d:1", SECRET)
    envelope = node.clear(_signed(ALICE, lucky), later)[-1].record
    assert isinstance(envelope, Escrowed)
    node.clear(_signed(BOB, GrabIntent(envelope.intent, SECRET)), later)
    replica = Ledger(world.currency)
    for entry in [*node_feed.entries, *world.feed.entries]:
        replica.receive(entry)
    assert replica.position == (0, after)
    replica.hand_over(handover)
    assert replica.state() == node_ledger.state() and replica.frozen is None
    world.ledger.hand_over(handover)
    with pytest.raises(NotAllowed, match="moved"):
        world.clearer.clear(_signed(ALICE, TransferIntent(key(BOB), 1, fresh())), later)


def test_records_of_the_old_clearer_past_its_hand_over_freeze_the_currency() -> None:
    world = busy_world()
    after = len(world.feed.entries)
    handover = sign_handover(ISSUER, world.currency, key(NODE), NODE_VRF.public_key, after)
    world.submit(ISSUER, MintIntent(key(CAROL), 1, fresh()))
    knew_first, learned_late = Ledger(world.currency), Ledger(world.currency)
    knew_first.hand_over(handover)
    for entry in world.feed.entries:
        knew_first.receive(entry)
        learned_late.receive(entry)
    learned_late.hand_over(handover)
    for replica in (knew_first, learned_late):
        assert replica.frozen is not None and "after its hand-over" in replica.frozen.reason


def test_a_hand_over_not_signed_by_the_issuer_is_refused() -> None:
    world = busy_world()
    forged = sign_handover(ALICE, world.currency, key(ALICE), NODE_VRF.public_key, 3)
    with pytest.raises(InvalidInput, match="not signed"):
        Ledger(world.currency).hand_over(forged)


def _signed(author: SigningKeyPair, intent: WalletIntent) -> SignedIntent:
    return World().sign(author, intent)
