"""Payment codes, the overdraft race between two devices of one payer, and red envelopes."""

from __future__ import annotations

import pytest

from core.chat import RedEnvelopeCard, TransferCard, direct_conversation
from core.clock import ManualClock
from core.errors import InvalidInput, NotAllowed
from core.facade import Core
from core.feeds import feed_id_for
from core.wallet import (
    ENVELOPE_MS,
    CurrencyId,
    EnvelopeKind,
    PaymentRequest,
    intents_topic,
    verify_shares,
)
from core.wallet.views import EnvelopeStatus, TransferState
from tests.integration.wallet.conftest import (
    PIN,
    MakeCore,
    Network,
    balances,
    befriend,
    clone,
    view,
)


def _currency_with_members(
    make_core: MakeCore, network: Network, *names: str
) -> tuple[CurrencyId, list[Core]]:
    issuer, *others = [make_core(name) for name in names]
    for other in others:
        befriend(network, issuer, other)
    for index, first in enumerate(others):
        for second in others[index + 1 :]:
            befriend(network, first, second)
    everyone = [issuer, *others]
    currency = issuer.wallet.issue("Canteen", "MEAL", 2, 100_000, 1_000, PIN)
    network.exchange(everyone)
    for other in others:
        other.wallet.join(currency)
    network.exchange(everyone)
    return currency, everyone


def test_a_payment_request_is_paid_once(make_core: MakeCore, network: Network) -> None:
    meal, (ann, ben, cai) = _currency_with_members(make_core, network, "Ann", "Ben", "Cai")
    ann.wallet.transfer(meal, ben.me, 200, PIN)
    network.exchange([ann, ben, cai])
    ben.wallet.accept(meal, ben.wallet.bills(meal)[0].event_id)
    network.exchange([ann, ben, cai])
    code = cai.wallet.payment_request(meal, 50, "coffee")
    preview = ben.wallet.read_code(code)
    assert (preview.payee, preview.payee_name, preview.amount, preview.memo) == (
        cai.me,
        "Cai",
        50,
        "coffee",
    )
    assert isinstance(preview.code, PaymentRequest) and preview.joined
    first = ben.wallet.pay(preview, PIN)
    second = ben.wallet.pay(ben.wallet.read_code(code), PIN)  # before Ben sees the first clear
    network.exchange([ann, ben, cai])
    assert cai.wallet.transfer_status(meal, first).state is TransferState.CLEARED
    refused = ben.wallet.transfer_status(meal, second)
    assert (refused.state, refused.reason) == (TransferState.REFUSED, "request-used")
    assert balances([ben, cai], meal) == [150, 50]
    with pytest.raises(NotAllowed, match="paid already"):
        ben.wallet.pay(ben.wallet.read_code(code), PIN)
    altered = code[:-3] + ("A" if code[-3] != "A" else "B") + code[-2:]
    with pytest.raises(InvalidInput):
        ben.wallet.read_code(altered)  # caught before any PIN prompt
    receive = cai.wallet.receive_code(meal)
    with pytest.raises(InvalidInput, match="amount"):
        ben.wallet.pay(ben.wallet.read_code(receive), PIN)
    ben.wallet.pay(ben.wallet.read_code(receive), PIN, 25)
    network.exchange([ann, ben, cai])
    assert balances([ben, cai], meal) == [125, 75]


def test_a_payment_request_expires_by_the_clearers_clock(
    make_core: MakeCore, network: Network, clock: ManualClock
) -> None:
    meal, (ann, ben, cai) = _currency_with_members(make_core, network, "Ann", "Ben", "Cai")
    ann.wallet.pay(ann.wallet.read_code(ben.wallet.receive_code(meal, 100)), PIN)
    network.exchange([ann, ben, cai])
    code = cai.wallet.payment_request(meal, 40, valid_ms=1_000)
    late = ben.wallet.pay(ben.wallet.read_code(code), PIN)  # in time here …
    network.exchange([ben, cai])
    clock.advance(1_001)
    network.exchange([ann, ben, cai])  # … but the clearer sees it after the deadline
    refused = ben.wallet.transfer_status(meal, late)
    assert (refused.state, refused.reason) == (TransferState.REFUSED, "request-expired")
    assert balances([ben, cai], meal) == [100, 0]
    with pytest.raises(InvalidInput, match="expired"):
        ben.wallet.read_code(code)


def test_overdraft_race_between_two_devices_of_one_payer(
    make_core: MakeCore, network: Network
) -> None:
    meal, (ann, ben, cai) = _currency_with_members(make_core, network, "Ann", "Ben", "Cai")
    ann.wallet.transfer(meal, ben.me, 100, PIN)
    network.exchange([ann, ben, cai])
    ben.wallet.accept(meal, ben.wallet.bills(meal)[0].event_id)
    network.exchange([ann, ben, cai])
    ben, tablet = clone(make_core, ben, "Ben's tablet")
    code = cai.wallet.receive_code(meal)
    ben.wallet.pay(ben.wallet.read_code(code), PIN, 80)
    tablet.wallet.pay(tablet.wallet.read_code(code), PIN, 80)  # the same 100, another device
    network.exchange([ann, ben, tablet, cai])
    assert balances([ann, ben, tablet, cai], meal) == [900, 20, 20, 80]
    assert view(ann, meal).frozen is None  # a payer's fork is not the currency's
    with pytest.raises(NotAllowed, match="two devices"):
        ben.wallet.pay(ben.wallet.read_code(code), PIN, 5)  # one clear error, nothing signed


def test_conflicting_intents_arriving_together_one_clears(
    make_core: MakeCore, network: Network
) -> None:
    meal, (ann, ben, cai) = _currency_with_members(make_core, network, "Ann", "Ben", "Cai")
    ann.wallet.pay(ann.wallet.read_code(ben.wallet.receive_code(meal, 100)), PIN)
    network.exchange([ann, ben, cai])
    ben, tablet = clone(make_core, ben, "Ben's tablet")
    code = cai.wallet.receive_code(meal)
    paid = [device.wallet.pay(device.wallet.read_code(code), PIN, 60) for device in (ben, tablet)]
    feed = feed_id_for(intents_topic(meal))
    heads = [device.feeds.events_since(ben.me, feed, 0)[-1] for device in (ben, tablet)]
    ann.ingest(heads)  # one batch: the store keeps one, and proves the fork
    assert ann.feeds.fork_proofs()
    states = [ann.wallet.transfer_status(meal, transfer).state for transfer in paid]
    assert sorted(states) == sorted([TransferState.CLEARED, TransferState.UNKNOWN])


def test_red_envelopes_in_a_group(
    make_core: MakeCore, network: Network, clock: ManualClock
) -> None:
    meal, (ann, ben, cai) = _currency_with_members(make_core, network, "Ann", "Ben", "Cai")
    group = ann.groups.create("Lunch", [ben.me, cai.me])
    network.exchange([ann, ben, cai])
    lucky = ann.wallet.send_red_envelope(group, meal, 100, 3, EnvelopeKind.LUCKY, "恭喜", PIN)
    fixed = ann.wallet.send_red_envelope(group, meal, 90, 3, EnvelopeKind.FIXED, "", PIN)
    network.exchange([ann, ben, cai])
    cards = [m.card for m in cai.chat.history(group) if isinstance(m.card, RedEnvelopeCard)]
    assert [(c.envelope, c.total, c.title) for c in cards] == [
        (lucky, 100, "恭喜"),
        (fixed, 90, "Best wishes"),
    ]
    for core in (ann, ben, cai):
        assert core.wallet.envelope(meal, lucky).can_grab
        core.wallet.grab(meal, lucky)
        core.wallet.grab(meal, fixed)
    assert not cai.wallet.envelope(meal, lucky).can_grab  # grab pending
    with pytest.raises(NotAllowed):
        cai.wallet.grab(meal, lucky)
    network.exchange([ann, ben, cai])
    for core in (ann, ben, cai):
        seen = core.wallet.envelope(meal, lucky)
        assert seen.status is EnvelopeStatus.FINISHED
        assert sum(grab.amount for grab in seen.grabs) == 100
        assert sum(grab.best_luck for grab in seen.grabs) == 1
        assert [g.amount for g in core.wallet.envelope(meal, fixed).grabs] == [30, 30, 30]
        shares = core.wallet.envelope_shares(meal, lucky)
        assert shares is not None
        assert verify_shares(*shares, view(core, meal).currency.vrf_key)
    assert sum(balances([ann, ben, cai], meal)) == 1_000
    # Unclaimed money goes back after 24 h, by the clearer's clock.
    left = ann.wallet.send_red_envelope(group, meal, 60, 3, EnvelopeKind.LUCKY, "", PIN)
    network.exchange([ann, ben, cai])
    ben.wallet.grab(meal, left)
    network.exchange([ann, ben, cai])
    grabbed = ben.wallet.envelope(meal, left).mine
    assert grabbed is not None
    clock.advance(ENVELOPE_MS)
    assert ann.wallet.clear_pending() == 1
    network.exchange([ann, ben, cai])
    assert cai.wallet.envelope(meal, left).status is EnvelopeStatus.EXPIRED
    assert sum(balances([ann, ben, cai], meal)) == 1_000


def test_a_transfer_in_a_chat_posts_a_card_and_an_exclusive_envelope(
    make_core: MakeCore, network: Network
) -> None:
    meal, (ann, ben, cai) = _currency_with_members(make_core, network, "Ann", "Ben", "Cai")
    chat = direct_conversation(ben.me)
    paid = ann.wallet.transfer(meal, ben.me, 125, PIN, memo="lunch", conversation=chat)
    only = ann.wallet.send_red_envelope(
        chat, meal, 10, 1, EnvelopeKind.FIXED, "for you", PIN, exclusive_to=ben.me
    )
    network.exchange([ann, ben, cai])
    cards = [m.card for m in ben.chat.history(direct_conversation(ann.me)) if m.card]
    assert isinstance(cards[0], TransferCard) and cards[0].transfer == paid
    assert cards[0].note == "lunch" and cards[0].amount == 125
    assert isinstance(cards[1], RedEnvelopeCard) and cards[1].exclusive_to == ben.me
    assert not ann.wallet.envelope(meal, only).can_grab  # only Ben
    back = ann.wallet.send_red_envelope(chat, meal, 5, 1, EnvelopeKind.FIXED, "", PIN)
    with pytest.raises(NotAllowed):
        ann.wallet.grab(meal, back)  # in a chat of two the sender does not grab its own
    with pytest.raises(NotAllowed):
        cai.wallet.grab(meal, only)  # Cai cannot even read it
    ben.wallet.grab(meal, only)
    network.exchange([ann, ben, cai])
    assert ben.wallet.envelope(meal, only).mine == 10
    nowhere = direct_conversation(b"\x07" * 32)  # a chat that refuses the card
    card_lost = ann.wallet.transfer(meal, ben.me, 1, PIN, conversation=nowhere)
    assert ann.wallet.transfer_status(meal, card_lost).state is TransferState.HELD
