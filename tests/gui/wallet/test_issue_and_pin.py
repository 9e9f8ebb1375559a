"""Issuing a currency: every wrong field gets its own clear message and nothing is issued;
the PIN dialog sets a PIN when there is none, a wrong PIN changes nothing, and a locked PIN
shows how long it stays locked and takes no digits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.clock import ManualClock
from core.facade import Core
from desktop.context import AppContext
from desktop.wallet import WalletPane, ask_pin
from desktop.wallet.issue_dialog import IssueDialog
from tests.gui.shell.fakes import settle
from tests.gui.wallet.conftest import ALICE_PIN
from tests.gui.wallet.helpers import type_pin

MakeContext = Callable[..., AppContext]
MakeCore = Callable[..., Core]


def open_issue(qtbot: QtBot, context: AppContext) -> IssueDialog:
    dialog = IssueDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(qtbot: QtBot, dialog: IssueDialog, **fields: str) -> None:
    for name, text in fields.items():
        edit = getattr(dialog, name)
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_bad_fields_are_explained_and_nothing_is_issued(
    qtbot: QtBot, make_core: MakeCore, make_context: MakeContext
) -> None:
    alice = make_core("Alice")
    context = make_context(alice)
    dialog = open_issue(qtbot, context)
    fill(qtbot, dialog, name="Canteen", symbol="ME AL", digits="9")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["symbol"].isVisible()
    assert dialog.errors["symbol"].text() == (
        "A symbol has 1 to 8 characters and no spaces, like MEAL or ¥."
    )
    assert dialog.errors["digits"].isVisible()
    assert dialog.errors["digits"].text() == "Decimal places is a whole number from 0 to 8."
    assert not dialog.errors["name"].isVisible()
    assert dialog.pin_dialog is None  # no PIN is asked for a form that is wrong
    qtbot.wait(10)  # the dialog grows after the messages appear
    for message, below in (("symbol", dialog.digits), ("digits", dialog.cap)):
        label = dialog.errors[message]
        bottom = label.mapTo(dialog, label.rect().bottomLeft()).y()
        assert bottom < below.mapTo(dialog, below.rect().topLeft()).y()  # nothing overlaps
        assert label.height() >= label.heightForWidth(label.width())  # every line shows

    fill(qtbot, dialog, symbol="MEAL", digits="2", cap="100", initial="250")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["initial"].text() == "You cannot issue more than the cap (100.00)."
    fill(qtbot, dialog, symbol="TOOLONGSYM")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["symbol"].isVisible() and dialog.pin_dialog is None
    settle(qtbot, context)
    assert alice.wallet.currencies() == []


def test_issue_sets_a_pin_first_then_issues(
    qtbot: QtBot, make_core: MakeCore, make_context: MakeContext
) -> None:
    alice = make_core("Alice")
    context = make_context(alice)
    dialog = open_issue(qtbot, context)
    fill(qtbot, dialog, name="Club tokens", symbol="TOK", digits="0", initial="500")
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    pin = dialog.pin_dialog
    assert pin is not None
    qtbot.waitUntil(lambda: pin.setting_pin and pin.field.isEnabled())
    assert pin.heading.text() == "Set a payment PIN"
    qtbot.keyClicks(pin.field, "111111")
    assert pin.heading.text() == "Enter the new PIN again"
    qtbot.keyClicks(pin.field, "222222")  # not the same: start again
    assert pin.notice.text() == "The two PINs are not the same. Start again."
    assert pin.heading.text() == "Set a payment PIN"
    qtbot.keyClicks(pin.field, "111111")
    qtbot.keyClicks(pin.field, "111111")
    qtbot.waitUntil(lambda: dialog.issued is not None, timeout=20_000)
    assert not dialog.isVisible()
    (view,) = alice.wallet.currencies()
    assert (view.currency.name, view.currency.symbol, view.currency.digits) == (
        "Club tokens",
        "TOK",
        0,
    )
    assert view.balance == 500 and alice.wallet.has_pin()
    settle(qtbot, context)


def test_a_wrong_pin_changes_nothing_and_a_locked_pin_takes_no_digits(
    qtbot: QtBot, make_core: MakeCore, make_context: MakeContext
) -> None:
    clock = ManualClock()
    alice = make_core("Alice", clock)
    alice.wallet.set_pin(ALICE_PIN)
    context = make_context(alice)
    dialog = open_issue(qtbot, context)
    fill(qtbot, dialog, name="Canteen", symbol="MEAL", initial="10")
    for attempt in range(3):
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
        pin = type_pin(qtbot, dialog.pin_dialog, "000000")
        qtbot.waitUntil(lambda pin=pin: pin.notice.kind == "error", timeout=20_000)
        assert pin.isVisible() and pin.field.text() == ""
        if attempt < 2:
            assert pin.notice.text() == "Wrong payment PIN."
            pin.reject()
    assert alice.wallet.currencies() == []  # nothing issued by any wrong PIN
    qtbot.waitUntil(lambda: pin.locked)
    assert not pin.field.isEnabled()
    assert pin.notice.text() == "Too many wrong PINs. You can try again in 30 s."
    clock.advance(20_000)
    qtbot.waitUntil(lambda: pin.notice.text().endswith("in 10 s."), timeout=5000)
    clock.advance(10_000)
    qtbot.waitUntil(pin.field.isEnabled, timeout=5000)
    qtbot.keyClicks(pin.field, ALICE_PIN)
    qtbot.waitUntil(lambda: dialog.issued is not None, timeout=20_000)
    assert [v.currency.symbol for v in alice.wallet.currencies()] == ["MEAL"]
    settle(qtbot, context)


def test_ask_pin_returns_the_digits_or_none(
    qtbot: QtBot, make_core: MakeCore, make_context: MakeContext
) -> None:
    alice = make_core("Alice")
    alice.wallet.set_pin(ALICE_PIN)
    context = make_context(alice)
    answers: list[str | None] = []

    def answer(pin: str | None) -> None:
        def type_into_the_dialog() -> None:
            dialog = QApplication.activeModalWidget()
            field = getattr(dialog, "field", None)
            if dialog is None or field is None or not field.isEnabled():
                QTimer.singleShot(20, type_into_the_dialog)
                return
            if pin is None:
                dialog.reject()
            else:
                qtbot.keyClicks(field, pin)

        QTimer.singleShot(0, type_into_the_dialog)

    answer(ALICE_PIN)
    answers.append(ask_pin(context, None, "Pay the group buy", "12.00 MEAL"))  # type: ignore[arg-type]
    answer(None)
    answers.append(ask_pin(context, None, "Pay the group buy", "12.00 MEAL"))  # type: ignore[arg-type]
    assert answers == [ALICE_PIN, None]
    settle(qtbot, context)


def test_the_issuer_issues_more_within_the_cap(
    qtbot: QtBot, make_core: MakeCore, make_context: MakeContext
) -> None:
    alice = make_core("Alice")
    alice.wallet.set_pin(ALICE_PIN)
    meal = alice.wallet.issue("Canteen", "MEAL", 2, 150_000, 100_000, ALICE_PIN)
    context = make_context(alice)
    pane = WalletPane(context)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: bytes(meal) in pane.cards)
    card = pane.cards[bytes(meal)]
    assert card.mint_button.isVisible()
    qtbot.mouseClick(card.mint_button, Qt.MouseButton.LeftButton)
    dialog = pane.mint_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.explanation.text() == (
        "1000.00 MEAL issued so far. The new money goes to your balance. "
        "The cap allows 500.00 MEAL more."
    )
    qtbot.keyClicks(dialog.amount, "600")
    qtbot.mouseClick(dialog.mint_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == "The cap allows 500.00 MEAL more." and dialog.pin_dialog is None
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "250")
    qtbot.mouseClick(dialog.mint_button, Qt.MouseButton.LeftButton)
    type_pin(qtbot, dialog.pin_dialog, ALICE_PIN)
    qtbot.waitUntil(lambda: pane.cards[bytes(meal)].balance.text() == "1250.00", timeout=20_000)
    settle(qtbot, context)
