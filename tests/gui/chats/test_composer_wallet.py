"""The composer's money buttons: ¥ (a transfer, direct chats only) and the red envelope
(direct and group chats), named for screen readers, each opening the wallet's real dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.chat import direct_conversation
from tests.gui.chats.conftest import open_chat
from tests.gui.chats.test_cards import money_friends, when_modal
from tests.support.profiles import befriend, sync_all


def test_direct_chats_offer_both_groups_only_the_red_envelope(
    qtbot: QtBot, people, show_pane
) -> None:
    alice, bob, carol = people("Alice", "Bob", "Carol")
    group = alice.groups.create("Lunch club", [bob.me, carol.me])
    sync_all([alice, bob, carol])
    shown = show_pane(alice)
    composer = shown.view.composer
    open_chat(qtbot, shown, direct_conversation(bob.me))
    assert composer.transfer_button.isVisible()
    assert composer.envelope_button.isVisible()
    assert composer.transfer_button.toolTip() == "Transfer money"
    assert composer.envelope_button.toolTip() == "Send a red envelope"
    assert composer.transfer_button.accessibleName() == "Transfer money"
    assert composer.envelope_button.accessibleName() == "Send a red envelope"
    tools = composer.tools.layout()
    order = [tools.itemAt(i).widget() for i in range(tools.count())]
    assert order.index(composer.transfer_button) > order.index(composer.image_button)
    open_chat(qtbot, shown, group)
    assert not composer.transfer_button.isVisible()  # who would it go to?
    assert composer.envelope_button.isVisible()
    open_chat(qtbot, shown, direct_conversation(carol.me))
    assert composer.transfer_button.isVisible()


def test_the_buttons_open_the_wallet_dialogs(qtbot: QtBot, people, show_pane) -> None:
    money = money_friends(people)
    alice, bob = money.alice, money.bob
    shown = show_pane(bob)
    composer = shown.view.composer
    open_chat(qtbot, shown, direct_conversation(alice.me))

    def transfer(dialog: QWidget) -> None:
        from desktop.wallet.transfer_dialogs import SendTransferDialog

        assert isinstance(dialog, SendTransferDialog)

    seen = when_modal(qtbot, transfer)
    qtbot.mouseClick(composer.transfer_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1

    carol = people("Carol")[0]
    befriend(bob, carol)
    group = bob.groups.create("Lunch club", [alice.me, carol.me])
    sync_all([alice, bob, carol])
    open_chat(qtbot, shown, group)

    def envelope(dialog: QWidget) -> None:
        from desktop.wallet.envelope_send import SendEnvelopeDialog

        assert isinstance(dialog, SendEnvelopeDialog)

    seen = when_modal(qtbot, envelope)
    qtbot.mouseClick(composer.envelope_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
