"""Pictures of the wallet for a person to look at (artifacts/screenshots/wallet-*.png), in
light and dark, English and Chinese; the test checks that every picture was drawn."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.chat import direct_conversation
from core.chat.cards import RedEnvelopeCard, Split, TransferCard
from desktop.context import AppContext
from desktop.wallet import WalletPane
from desktop.wallet.envelope_open import EnvelopeDialog
from desktop.wallet.envelope_send import SendEnvelopeDialog
from desktop.wallet.pin_dialog import PinDialog
from desktop.wallet.transfer_dialogs import SendTransferDialog, TransferStatusDialog
from tests.gui.shell.fakes import settle
from tests.gui.wallet.conftest import ALICE_PIN, BOB_PIN, Community

MakeContext = Callable[..., AppContext]
Shot = Callable[[object, str], Path]


def test_wallet_screenshots(
    qtbot: QtBot, community: Community, make_context: MakeContext, screenshot: Shot
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    kept = alice.wallet.transfer(meal, bob.me, 1250, ALICE_PIN, memo="lunch")
    held = alice.wallet.transfer(meal, bob.me, 300, ALICE_PIN, memo="coffee")
    community.sync()
    bob.wallet.accept(meal, kept)
    community.sync()
    bob.wallet.pay(bob.wallet.read_code(alice.wallet.receive_code(meal)), BOB_PIN, 150)
    envelope = alice.wallet.send_red_envelope(
        direct_conversation(bob.me), meal, 888, 1, "lucky", "Happy new year", ALICE_PIN
    )
    community.sync()
    bob.wallet.grab(meal, envelope)
    community.sync()
    context = make_context(bob)
    issuer_context = make_context(alice)
    saved: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        settle(qtbot, context)
        saved.append(screenshot(widget, f"wallet-{mode}-{name}"))

    for mode in ("light", "dark", "zh_CN"):
        context.themes.apply("dark" if mode == "dark" else "light")
        issuer_context.themes.apply("dark" if mode == "dark" else "light")
        context.translations.install("zh_CN" if mode == "zh_CN" else "en")
        pane = WalletPane(context)
        qtbot.addWidget(pane)
        pane.resize(960, 660)
        pane.show()
        qtbot.waitUntil(lambda pane=pane: bytes(meal) in pane.cards)
        shoot(pane, "pane")
        pane.open_bills(bytes(meal))
        qtbot.waitUntil(lambda pane=pane: pane.bills.model.rowCount() > 0)
        shoot(pane, "bills")
        pane.show_home()
        qtbot.mouseClick(pane.action_buttons["receive"], Qt.MouseButton.LeftButton)
        receive = pane.receive_dialog
        assert receive is not None
        qtbot.waitUntil(lambda receive=receive: receive.code_view.save_button.isEnabled())
        shoot(receive, "receive")
        receive.reject()
        qtbot.mouseClick(pane.action_buttons["issue"], Qt.MouseButton.LeftButton)
        issue = pane.issue_dialog
        assert issue is not None
        shoot(issue, "issue")
        issue.symbol.setText("ME AL")
        issue.digits.setText("9")
        qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
        shoot(issue, "issue-errors")
        issue.reject()
        qtbot.mouseClick(pane.action_buttons["scan"], Qt.MouseButton.LeftButton)
        assert pane.scan_dialog is not None
        scan = pane.scan_dialog
        scan.check_text(alice.wallet.payment_request(meal, 320, "Coffee, third floor"))
        qtbot.waitUntil(lambda scan=scan: scan.stack.currentWidget() is scan.preview)
        shoot(scan, "scan-preview")
        scan.reject()
        pin = PinDialog(context, pane, "Pay Alice", "3.20 MEAL")
        qtbot.addWidget(pin)
        pin.show()
        qtbot.waitUntil(pin.field.isEnabled)
        qtbot.keyClicks(pin.field, "123")
        shoot(pin, "pin")
        pin.reject()
        send = SendTransferDialog(context, direct_conversation(alice.me), alice.me, pane)
        qtbot.addWidget(send)
        send.show()
        qtbot.waitUntil(send.send_button.isEnabled)
        shoot(send, "transfer")
        send.reject()
        card = TransferCard("3.00 MEAL", bytes(meal), bytes(held), 300, "coffee")
        status = TransferStatusDialog(context, card, True, pane)
        qtbot.addWidget(status)
        status.show()
        qtbot.waitUntil(status.accept_button.isVisible)
        shoot(status, "transfer-status")
        status.reject()
        red = SendEnvelopeDialog(context, direct_conversation(alice.me), pane)
        qtbot.addWidget(red)
        red.show()
        qtbot.waitUntil(red.send_button.isEnabled)
        qtbot.keyClicks(red.amount, "6.66")
        shoot(red, "envelope-send")
        red.reject()
        envelope_card = RedEnvelopeCard(
            "Happy new year", bytes(meal), bytes(envelope), 888, 1, Split.LUCKY
        )
        opened = EnvelopeDialog(context, envelope_card, pane)
        qtbot.addWidget(opened)
        opened.show()
        qtbot.waitUntil(lambda opened=opened: len(opened.rows) == 1)
        shoot(opened, "envelope-details")
        opened.stack.setCurrentWidget(opened.cover)
        opened.open_button.show()
        shoot(opened, "envelope-cover")
        opened.reject()
        pane.close()
        issuer = WalletPane(issuer_context)
        qtbot.addWidget(issuer)
        issuer.resize(960, 420)
        issuer.show()
        qtbot.waitUntil(lambda issuer=issuer: bytes(meal) in issuer.cards)
        shoot(issuer, "pane-issuer")
        issuer.close()
    context.translations.install("en")
    context.themes.apply("light")
    issuer_context.themes.apply("light")
    assert all(path.stat().st_size > 2000 for path in saved)
