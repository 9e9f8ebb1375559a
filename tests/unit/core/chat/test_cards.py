"""Card messages: transfers, red envelopes and mini-programs travel, fold, show, search and
recall like other messages; a card of an unknown kind is shown as unsupported, never lost."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.bodies import encode_fields
from core.chat import (
    MiniProgramCard,
    PackageRef,
    RedEnvelopeCard,
    Split,
    TransferCard,
    UnsupportedCard,
    direct_conversation,
)
from core.errors import InvalidInput
from core.facade import Core
from core.feeds import MAIN_TOPIC
from core.ids import BlobId
from tests.support.profiles import befriend, sync_all

MakeCore = Callable[[str], Core]
CURRENCY, TRANSFER = bytes([7]) * 32, bytes([8]) * 32


@pytest.fixture
def pair(make_core: MakeCore) -> tuple[Core, Core]:
    alice, bob = make_core("Alice"), make_core("Bob")
    befriend(alice, bob)
    return alice, bob


def test_a_transfer_card_arrives_typed_and_is_found_by_its_title(
    pair: tuple[Core, Core],
) -> None:
    alice, bob = pair
    card = TransferCard("Transfer ¥12.50 for lunch", CURRENCY, TRANSFER, 1250, "lunch")
    sent = alice.chat.send_card(direct_conversation(bob.me), card)
    assert sent.card == card and sent.text == card.title and sent.outgoing
    sync_all([alice, bob])
    (summary,) = bob.chat.conversations()
    assert summary.unread == 1
    assert summary.last_message is not None and summary.last_message.card == card
    (hit,) = bob.chat.search("for lunch")
    assert hit.message.card == card
    bob.rebuild_projections()
    assert bob.chat.history(summary.id)[-1].card == card


def test_red_envelope_and_mini_program_cards_in_a_group(make_core: MakeCore) -> None:
    alice, bob, carol = make_core("Alice"), make_core("Bob"), make_core("Carol")
    befriend(alice, bob)
    befriend(alice, carol)
    group = alice.groups.create("Team", [bob.me, carol.me])
    sync_all([alice, bob, carol])
    envelope = RedEnvelopeCard("恭喜发财", CURRENCY, TRANSFER, 8888, 8, Split.LUCKY)
    program = MiniProgramCard(
        "Poll",
        bytes([9]) * 32,
        "Where for lunch?",
        PackageRef(BlobId(bytes([5]) * 32), bytes(32), 4096),
    )
    alice.chat.send_card(group, envelope)
    bob.chat.send_card(group, program)
    sync_all([alice, bob, carol])
    cards = [m.card for m in carol.chat.history(group) if m.system is None]
    assert cards == [envelope, program]
    # The package is a blob the chat needs: sync fetches it like an attachment.
    assert BlobId(bytes([5]) * 32) in carol.missing_blobs()


def test_a_card_can_be_recalled(pair: tuple[Core, Core]) -> None:
    alice, bob = pair
    sent = alice.chat.send_card(
        direct_conversation(bob.me), TransferCard("Transfer ¥1.00", CURRENCY, TRANSFER, 100)
    )
    recalled = alice.chat.recall(sent.event_id)
    assert recalled.recalled and recalled.card is None
    sync_all([alice, bob])
    assert bob.chat.search("Transfer") == []


def _raw_card(core: Core, to: Core, card: dict[str, object]) -> None:
    """Send a card body as a newer (or hostile) Hutong would, bypassing our own checks."""
    body = encode_fields("chat.card", {"to": to.me.hex(), "card": card})  # type: ignore[dict-item]
    key = core.contacts.encryption_key(to.me)
    assert key is not None
    core._writer.sealed(MAIN_TOPIC, body, [key])


def test_an_unknown_card_kind_or_version_is_kept_as_unsupported(pair: tuple[Core, Core]) -> None:
    alice, bob = pair
    _raw_card(alice, bob, {"k": "flight", "v": 1, "title": "Flight CA981", "seat": "32A"})
    _raw_card(
        alice,
        bob,
        {"k": "transfer", "v": 9, "title": "Transfer v9", "cur": "zz", "amount": "lots"},
    )
    sync_all([alice, bob])
    cards = [m.card for m in bob.chat.history(direct_conversation(alice.me))]
    assert cards == [
        UnsupportedCard("Flight CA981", "flight", 1),
        UnsupportedCard("Transfer v9", "transfer", 9),
    ]
    assert [h.message.text for h in bob.chat.search("Flight")] == ["Flight CA981"]


@pytest.mark.parametrize(
    "card",
    [
        {"k": "transfer", "v": 1, "title": "Free money", "cur": "07" * 32, "id": "08" * 32, "amount": -5},
        {"k": "transfer", "v": 1, "title": "Half", "cur": "07" * 32, "id": "08" * 32, "amount": 1.5},
        {"k": "red_envelope", "v": 1, "title": "Too many", "cur": "07" * 32, "id": "08" * 32,
         "total": 3, "shares": 4, "split": "fixed"},
        {"k": "red_envelope", "v": 1, "title": "Rigged", "cur": "07" * 32, "id": "08" * 32,
         "total": 300, "shares": 4, "split": "mine"},
        {"k": "mini_program", "v": 1, "title": "Huge", "id": "09" * 32, "blob": "05" * 32,
         "key": "AAAA", "size": 3},
        {"k": "transfer", "v": 1, "title": "   ", "cur": "07" * 32, "id": "08" * 32, "amount": 5},
        {"k": "transfer", "title": "No version"},
        "not an object",
    ],
)  # fmt: skip
def test_a_malformed_card_changes_nothing(pair: tuple[Core, Core], card: object) -> None:
    alice, bob = pair
    _raw_card(alice, bob, card)  # type: ignore[arg-type]
    sync_all([alice, bob])
    assert bob.chat.history(direct_conversation(alice.me)) == []


def test_send_card_refuses_what_it_cannot_send(pair: tuple[Core, Core]) -> None:
    alice, bob = pair
    to_bob = direct_conversation(bob.me)
    with pytest.raises(InvalidInput):
        alice.chat.send_card(to_bob, UnsupportedCard("x", "flight", 1))
    with pytest.raises(InvalidInput):
        alice.chat.send_card(to_bob, TransferCard("Negative", CURRENCY, TRANSFER, -1))
    with pytest.raises(InvalidInput):
        alice.chat.send_card(to_bob, TransferCard("x" * 201, CURRENCY, TRANSFER, 1))
    assert alice.chat.history(to_bob) == []
