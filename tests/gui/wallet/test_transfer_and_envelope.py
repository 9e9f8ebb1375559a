"""The dialogs chats open: a transfer sent with amount, note and PIN, accepted by the payee
(the payer sees it received); a red envelope sent, opened with 開, pending until cleared,
then the list of who grabbed what."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from core.chat import direct_conversation
from core.chat.cards import RedEnvelopeCard, Split, TransferCard
from desktop.context import AppContext
from desktop.wallet import actions
from desktop.wallet.envelope_open import EnvelopeDialog
from desktop.wallet.envelope_send import SendEnvelopeDialog
from desktop.wallet.transfer_dialogs import SendTransferDialog, TransferStatusDialog
from tests.gui.shell.fakes import settle
from tests.gui.wallet.conftest import ALICE_PIN, Community
from tests.gui.wallet.helpers import type_pin

MakeContext = Callable[..., AppContext]


def test_a_transfer_is_sent_then_accepted_by_the_payee(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    alice_context, bob_context = make_context(alice), make_context(bob)
    send = SendTransferDialog(alice_context, direct_conversation(bob.me), bob.me)
    qtbot.addWidget(send)
    send.show()
    qtbot.waitUntil(send.send_button.isEnabled)
    qtbot.waitUntil(lambda: send.heading.text() == "Transfer to Bob")
    qtbot.keyClicks(send.amount, "1000.01")  # more than Alice has: said, nothing asked
    qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    assert send.notice.text() == "You have 1000.00 MEAL available."
    assert send.pin_dialog is None
    send.amount.clear()
    qtbot.keyClicks(send.amount, "12.5")
    qtbot.keyClicks(send.memo, "lunch")
    qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    type_pin(qtbot, send.pin_dialog, ALICE_PIN)
    qtbot.waitUntil(lambda: send.sent is not None, timeout=20_000)
    assert not send.isVisible()
    assert send.sent is not None
    community.sync()

    card = TransferCard("12.50 MEAL", bytes(meal), bytes(send.sent), 1250, "lunch")
    payee = TransferStatusDialog(bob_context, card, incoming=True)
    payer = TransferStatusDialog(alice_context, card, incoming=False)
    for dialog in (payee, payer):
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.waitUntil(lambda: payee.state.text() == "Waiting for you to accept")
    qtbot.waitUntil(lambda: payer.state.text() == "Waiting for Bob to accept")
    assert payee.amount.text() == "12.50 MEAL" and payee.memo.text() == "lunch"
    assert payee.detail.text() == "Goes back to the payer in 24 h 0 min if not accepted."
    assert payee.accept_button.isVisible() and not payer.accept_button.isVisible()
    qtbot.mouseClick(payee.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: payee.notice.kind == "success")
    community.sync()
    qtbot.waitUntil(lambda: payee.state.text() == "Received")
    qtbot.waitUntil(lambda: payer.state.text() == "Bob received it")
    assert not payee.accept_button.isVisible()
    view = bob.wallet.currency(meal)
    assert view is not None and view.balance == 1250
    settle(qtbot, alice_context)
    settle(qtbot, bob_context)


def test_a_red_envelope_is_opened_pending_then_cleared(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    alice_context, bob_context = make_context(alice), make_context(bob)
    send = SendEnvelopeDialog(alice_context, direct_conversation(bob.me))
    qtbot.addWidget(send)
    send.show()
    assert not send.in_group and not send.shares.isVisible()
    qtbot.waitUntil(send.send_button.isEnabled)
    qtbot.keyClicks(send.amount, "8.88")
    qtbot.keyClicks(send.greeting, "Happy new year")
    assert send.total.text() == "8.88 MEAL"
    qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    type_pin(qtbot, send.pin_dialog, ALICE_PIN)
    qtbot.waitUntil(lambda: send.sent is not None, timeout=20_000)
    assert send.sent is not None
    community.sync()

    card = RedEnvelopeCard("Happy new year", bytes(meal), bytes(send.sent), 888, 1, Split.LUCKY)
    dialog = EnvelopeDialog(bob_context, card)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.open_button.isEnabled)
    assert not dialog.showing_details
    assert dialog.cover_greeting.text() == "Happy new year"
    qtbot.waitUntil(lambda: dialog.cover_sender.text() == "Alice's red envelope")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.showing_details and dialog.pending.isVisible())
    assert dialog.pending.text().startswith("Pending:")  # not cleared: no amount yet
    community.sync()
    qtbot.waitUntil(lambda: dialog.mine.text() == "8.88 MEAL")
    assert dialog.summary.text().startswith("1 of 1 opened, 8.88 MEAL of 8.88 MEAL")
    (row,) = dialog.rows
    assert row.name.text() == "Bob" and row.amount.text() == "8.88 MEAL"

    sender_view = EnvelopeDialog(alice_context, card)  # the sender goes straight to the list
    qtbot.addWidget(sender_view)
    sender_view.show()
    qtbot.waitUntil(lambda: sender_view.showing_details and len(sender_view.rows) == 1)
    assert not sender_view.mine.isVisible()
    settle(qtbot, alice_context)
    settle(qtbot, bob_context)


def test_a_group_envelope_for_one_member_only(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    group = alice.groups.create("Lunch club", [bob.me])
    community.sync()
    context = make_context(alice)
    send = SendEnvelopeDialog(context, group)
    qtbot.addWidget(send)
    send.show()
    assert send.in_group and send.shares.isVisible() and send.only.isVisible()
    qtbot.waitUntil(lambda: send.only.count() == 2)
    assert send.only.itemText(0) == "Anyone in the group"
    qtbot.mouseClick(send.fixed_button, Qt.MouseButton.LeftButton)
    assert send.labels["amount"].text() == "Amount each"
    send.shares.setValue(4)
    qtbot.keyClicks(send.amount, "2")
    assert send.total.text() == "8.00 MEAL"  # four shares of 2.00
    send.only.setCurrentIndex(send.only.findText("Bob"))
    assert send.shares.value() == 1 and not send.shares.isEnabled()
    assert send.total.text() == "2.00 MEAL"
    qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    type_pin(qtbot, send.pin_dialog, ALICE_PIN)
    qtbot.waitUntil(lambda: send.sent is not None, timeout=20_000)
    assert send.sent is not None
    view = alice.wallet.envelope(meal, send.sent)
    assert (view.exclusive_to, view.shares, view.total) == (bob.me, 1, 200)
    settle(qtbot, context)


def test_a_card_dialog_goes_away_when_closed(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    transfer = alice.wallet.transfer(meal, bob.me, 300, ALICE_PIN)
    community.sync()
    context = make_context(bob)
    chat = QWidget()
    qtbot.addWidget(chat)
    card = TransferCard("3.00 MEAL", bytes(meal), bytes(transfer), 300)
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TransferStatusDialog) or not dialog.status:
            QTimer.singleShot(20, close_it)
            return
        seen.append(dialog.state.text())
        dialog.reject()

    QTimer.singleShot(0, close_it)
    actions.open_transfer(context, direct_conversation(alice.me), card, True, chat)
    assert seen == ["Waiting for you to accept"]
    # A closed card's dialog is gone (it would reload on every later wallet change).
    qtbot.waitUntil(lambda: not chat.findChildren(TransferStatusDialog))
    settle(qtbot, context)
