"""The Wallet pane over two real profiles: cleared balances big, pending money apart (never in
the balance), offered currencies with Join, refreshed on WalletChanged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.facade import Core
from core.ids import EventId
from core.wallet import FreezeEvidence
from desktop.context import AppContext
from desktop.wallet import WalletPane
from desktop.wallet.currency_card import CurrencyCard
from desktop.wallet.currency_picker import CurrencyPicker
from tests.gui.shell.fakes import settle
from tests.gui.wallet.conftest import ALICE_PIN, Community, make_community

MakeContext = Callable[..., AppContext]


def open_pane(qtbot: QtBot, context: AppContext) -> WalletPane:
    pane = WalletPane(context)
    qtbot.addWidget(pane)
    pane.resize(900, 640)
    pane.show()
    qtbot.waitUntil(lambda: pane.loaded)
    return pane


def test_a_held_transfer_is_pending_until_accepted_then_in_the_balance(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    alice_pane = open_pane(qtbot, make_context(alice))
    bob_pane = open_pane(qtbot, make_context(bob))
    card = alice_pane.cards[bytes(meal)]
    assert (card.balance.text(), card.symbol.text()) == ("1000.00", "MEAL")

    transfer = alice.wallet.transfer(meal, bob.me, 1250, ALICE_PIN, memo="lunch")
    community.sync()
    qtbot.waitUntil(lambda: alice_pane.cards[bytes(meal)].balance.text() == "987.50")
    qtbot.waitUntil(lambda: bob_pane.cards[bytes(meal)].pending_in.isVisible())  # noqa: PLW0108
    bob_card = bob_pane.cards[bytes(meal)]
    assert bob_card.balance.text() == "0.00"  # held money is not Bob's yet
    assert bob_card.pending_in.text() == "+12.50 MEAL pending in"
    assert not bob_card.pending_out.isVisible()

    bob.wallet.accept(meal, transfer)
    community.sync()
    qtbot.waitUntil(lambda: bob_pane.cards[bytes(meal)].balance.text() == "12.50")
    assert not bob_pane.cards[bytes(meal)].pending_in.isVisible()
    settle(qtbot, bob_pane.context)


def test_an_offered_currency_is_joined_from_the_pane(
    qtbot: QtBot, make_core: Callable[..., Core], make_context: MakeContext
) -> None:
    community = make_community(make_core, bob_joins=False)
    pane = open_pane(qtbot, make_context(community.bob))
    meal = bytes(community.meal)
    assert list(pane.offers) == [meal] and not pane.cards
    offer = pane.offers[meal]
    assert offer.name.text() == "Canteen meals · MEAL"
    qtbot.waitUntil(lambda: offer.issuer.text() == "Issued by Alice")  # names load apart
    qtbot.mouseClick(offer.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: meal in pane.cards)
    assert not pane.offers
    assert pane.cards[meal].balance.text() == "0.00"
    settle(qtbot, pane.context)


def test_an_offer_keeps_its_join_button_while_the_wallet_reloads(
    qtbot: QtBot, make_core: Callable[..., Core], make_context: MakeContext
) -> None:
    """Feeds arriving reload the pane; the Join button under the pointer must stay the same
    widget, or a click lands on one that was just replaced."""
    community = make_community(make_core, bob_joins=False)
    pane = open_pane(qtbot, make_context(community.bob))
    meal = bytes(community.meal)
    offer = pane.offers[meal]
    for _ in range(3):
        pane.loaded = False
        pane.reload()
        qtbot.waitUntil(lambda: pane.loaded)
    assert pane.offers[meal] is offer and offer.join_button.isVisible()
    settle(qtbot, pane.context)


def test_no_currency_shows_how_to_start(
    qtbot: QtBot, make_core: Callable[..., Core], make_context: MakeContext
) -> None:
    pane = open_pane(qtbot, make_context(make_core("Carol")))
    assert pane.empty.isVisible() and not pane.scroll_area.isVisible()
    assert pane.empty.headline.text() == "No currencies yet"
    qtbot.mouseClick(pane.empty_issue, Qt.MouseButton.LeftButton)
    assert pane.issue_dialog is not None and pane.issue_dialog.isVisible()
    pane.issue_dialog.reject()


def test_a_frozen_currency_shows_its_reason_and_cannot_be_chosen_to_pay(
    qtbot: QtBot, community: Community
) -> None:
    view = community.bob.wallet.currency(community.meal)
    assert view is not None
    evidence = FreezeEvidence("the clearer signed two different histories", 0, 7)
    frozen = replace(view, frozen=evidence)
    card = CurrencyCard(frozen)
    qtbot.addWidget(card)
    card.show()
    assert card.frozen_pill.isVisible() and card.frozen_pill.text() == "Frozen"
    assert card.frozen_reason.text().startswith(
        "Frozen: record 7: the clearer signed two different histories. Its clearer broke the"
    )
    fork = FreezeEvidence("fork", 0, 5, EventId(b"\xab" * 32), EventId(b"\xcd" * 32))
    card.view = replace(view, frozen=fork)
    card.retranslate()
    assert card.frozen_reason.text().startswith(
        "Frozen: its clearer signed two different histories at record 5"
        " (events abababababababab… and cdcdcdcdcdcdcdcd…)."
    )
    picker = CurrencyPicker()
    qtbot.addWidget(picker)
    picker.set_currencies([frozen])
    assert picker.current() is None and picker.count() == 0


def test_a_restored_clearer_resumes_clearing_from_its_card(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    view = community.alice.wallet.currency(community.meal)
    assert view is not None and not view.clearing_paused
    paused = CurrencyCard(replace(view, clearing_paused=True))
    qtbot.addWidget(paused)
    paused.show()
    assert paused.paused_text.isVisible() and paused.resume_button.isVisible()
    assert paused.paused_text.text().startswith("Clearing is paused: this profile was restored.")
    with qtbot.waitSignal(paused.resumeRequested) as asked:
        qtbot.mouseClick(paused.resume_button, Qt.MouseButton.LeftButton)
    assert asked.args == [bytes(community.meal)] and not paused.resume_button.isEnabled()

    pane = open_pane(qtbot, make_context(community.bob))
    assert not pane.cards[bytes(community.meal)].resume_button.isVisible()
    pane.resume_clearing(bytes(community.meal))  # Bob does not clear MEAL: said, not raised
    qtbot.waitUntil(lambda: pane.notice.kind == "error")
    assert pane.notice.text() == "This device does not clear this currency."
    settle(qtbot, pane.context)
