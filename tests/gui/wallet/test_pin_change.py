"""Changing the payment PIN from the pane: the old PIN stops working and the new one pays; a
wrong current PIN or a repeat that differs changes nothing; a locked PIN shows how long it
stays locked and takes no digits; with no PIN yet the same button sets one; a forgotten PIN
is explained, not reset."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.errors import NotAllowed
from core.facade import Core
from desktop.context import AppContext
from desktop.wallet import WalletPane
from desktop.wallet.pin_change import PinChangeDialog, Step
from tests.gui.shell.fakes import settle
from tests.gui.wallet.conftest import ALICE_PIN, Community

MakeContext = Callable[..., AppContext]
MakeCore = Callable[..., Core]
Shot = Callable[[QWidget, str], Path]
NEW_PIN = "864200"


def open_change(qtbot: QtBot, context: AppContext) -> tuple[WalletPane, PinChangeDialog]:
    pane = WalletPane(context)
    qtbot.addWidget(pane)
    pane.show()
    assert pane.pin_button.text() == "Payment PIN…"
    qtbot.mouseClick(pane.pin_button, Qt.MouseButton.LeftButton)
    dialog = pane.pin_change_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.field.isEnabled())
    return pane, dialog


def type_step(qtbot: QtBot, dialog: PinChangeDialog, step: Step, pin: str) -> None:
    qtbot.waitUntil(lambda: dialog.step is step and dialog.field.isEnabled(), timeout=20_000)
    qtbot.keyClicks(dialog.field, pin)


def pays(core: Core, community: Community, pin: str) -> bool:
    try:
        core.wallet.transfer(community.meal, community.bob.me, 100, pin)
    except NotAllowed:
        return False
    return True


def test_changing_the_pin_retires_the_old_one(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice = community.alice
    context = make_context(alice)
    _pane, dialog = open_change(qtbot, context)
    assert dialog.heading.text() == "Enter your current payment PIN"
    type_step(qtbot, dialog, Step.CURRENT, ALICE_PIN)
    qtbot.waitUntil(lambda: dialog.step is Step.NEW, timeout=20_000)
    assert dialog.heading.text() == "Enter a new payment PIN"
    type_step(qtbot, dialog, Step.NEW, NEW_PIN)
    assert dialog.heading.text() == "Enter the new PIN again"
    type_step(qtbot, dialog, Step.REPEAT, NEW_PIN)
    qtbot.waitUntil(lambda: dialog.changed, timeout=20_000)
    assert dialog.heading.text() == "Payment PIN changed"
    assert dialog.notice.text() == "Your payment PIN was changed."
    assert dialog.close_button.text() == "Done" and not dialog.field.isVisible()
    settle(qtbot, context)
    assert not pays(alice, community, ALICE_PIN)
    assert pays(alice, community, NEW_PIN)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context)


def test_a_wrong_current_pin_changes_nothing(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice = community.alice
    context = make_context(alice)
    _pane, dialog = open_change(qtbot, context)
    type_step(qtbot, dialog, Step.CURRENT, "000000")  # told at once, before any new PIN
    qtbot.waitUntil(lambda: dialog.notice.kind == "error", timeout=20_000)
    assert dialog.notice.text() == "Wrong payment PIN."
    assert dialog.step is Step.CURRENT and dialog.field.text() == "" and not dialog.changed
    settle(qtbot, context)
    assert not pays(alice, community, NEW_PIN)
    assert pays(alice, community, ALICE_PIN)
    settle(qtbot, context)


def test_a_pin_changed_elsewhere_meanwhile_is_checked_again(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice = community.alice
    context = make_context(alice)
    _pane, dialog = open_change(qtbot, context)
    type_step(qtbot, dialog, Step.CURRENT, ALICE_PIN)
    qtbot.waitUntil(lambda: dialog.step is Step.NEW, timeout=20_000)
    settle(qtbot, context)
    alice.wallet.set_pin("999999", ALICE_PIN)  # another window changed it meanwhile
    type_step(qtbot, dialog, Step.NEW, NEW_PIN)
    type_step(qtbot, dialog, Step.REPEAT, NEW_PIN)
    qtbot.waitUntil(lambda: dialog.notice.kind == "error", timeout=20_000)
    assert dialog.notice.text() == "Wrong payment PIN."
    assert dialog.step is Step.CURRENT and not dialog.changed
    settle(qtbot, context)
    assert not pays(alice, community, NEW_PIN)
    assert pays(alice, community, "999999")


def test_new_pins_that_differ_change_nothing(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice = community.alice
    context = make_context(alice)
    _pane, dialog = open_change(qtbot, context)
    type_step(qtbot, dialog, Step.CURRENT, ALICE_PIN)
    type_step(qtbot, dialog, Step.NEW, ALICE_PIN)  # the same PIN is no change
    assert (
        dialog.step is Step.NEW
        and dialog.notice.text() == "The new PIN is the same as the current one."
    )
    type_step(qtbot, dialog, Step.NEW, NEW_PIN)
    type_step(qtbot, dialog, Step.REPEAT, "864201")
    assert dialog.notice.text() == ("The two new PINs are not the same. Enter the new PIN again.")
    assert dialog.step is Step.NEW and dialog.heading.text() == "Enter a new payment PIN"
    dialog.reject()
    settle(qtbot, context)
    assert not dialog.changed
    assert not pays(alice, community, NEW_PIN)
    assert pays(alice, community, ALICE_PIN)


def test_a_locked_pin_shows_the_time_left_and_takes_no_digits(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice, clock = community.alice, community.clock
    context = make_context(alice)
    _pane, dialog = open_change(qtbot, context)
    for _attempt in range(3):
        type_step(qtbot, dialog, Step.CURRENT, "000000")
        qtbot.waitUntil(lambda: dialog.notice.kind == "error", timeout=20_000)
    qtbot.waitUntil(lambda: dialog.locked, timeout=20_000)
    assert not dialog.field.isEnabled()
    assert dialog.notice.text() == "Too many wrong PINs. You can try again in 30 s."
    qtbot.keyClicks(dialog.field, ALICE_PIN)  # a locked field takes nothing
    assert dialog.field.text() == "" and dialog.step is Step.CURRENT
    settle(qtbot, context)
    dialog.reject()

    # Opened again while locked: still locked, counting down by the profile's clock.
    _pane, again = open_locked(qtbot, context)
    assert again.notice.text() == "Too many wrong PINs. You can try again in 30 s."
    clock.advance(20_000)
    qtbot.waitUntil(lambda: again.notice.text().endswith("in 10 s."), timeout=5000)
    clock.advance(10_000)
    qtbot.waitUntil(again.field.isEnabled, timeout=5000)
    type_step(qtbot, again, Step.CURRENT, ALICE_PIN)
    type_step(qtbot, again, Step.NEW, NEW_PIN)
    type_step(qtbot, again, Step.REPEAT, NEW_PIN)
    qtbot.waitUntil(lambda: again.changed, timeout=20_000)
    settle(qtbot, context)
    assert pays(alice, community, NEW_PIN)


def open_locked(qtbot: QtBot, context: AppContext) -> tuple[WalletPane, PinChangeDialog]:
    pane = WalletPane(context)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.mouseClick(pane.pin_button, Qt.MouseButton.LeftButton)
    dialog = pane.pin_change_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.locked, timeout=20_000)
    assert not dialog.field.isEnabled()
    return pane, dialog


def test_with_no_pin_the_same_button_sets_one(
    qtbot: QtBot, make_core: MakeCore, make_context: MakeContext
) -> None:
    alice = make_core("Alice")
    context = make_context(alice)
    _pane, dialog = open_change(qtbot, context)
    assert dialog.heading.text() == "Set a payment PIN"
    assert not dialog.forgot_button.isVisible()
    type_step(qtbot, dialog, Step.NEW, NEW_PIN)
    type_step(qtbot, dialog, Step.REPEAT, NEW_PIN)
    qtbot.waitUntil(lambda: dialog.changed, timeout=20_000)
    assert dialog.heading.text() == "Payment PIN set"
    assert dialog.notice.text() == "Payment PIN set."
    settle(qtbot, context)
    assert alice.wallet.has_pin()
    alice.wallet.issue("Club tokens", "TOK", 0, None, 10, NEW_PIN)  # the new PIN pays


def test_a_forgotten_pin_is_explained_not_reset(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    context = make_context(community.alice)
    _pane, dialog = open_change(qtbot, context)
    assert dialog.forgot_button.isVisible() and not dialog.forgot_text.isVisible()
    qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)
    assert dialog.forgot_text.isVisible()
    assert dialog.forgot_text.text().startswith("A forgotten payment PIN cannot be reset.")
    settle(qtbot, context)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_pin_change_screenshots(
    qtbot: QtBot, community: Community, make_context: MakeContext, screenshot: Shot, mode: str
) -> None:
    context = make_context(community.alice)
    context.themes.apply(mode)
    pane, dialog = open_change(qtbot, context)
    pane.resize(960, 400)
    qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)
    type_step(qtbot, dialog, Step.CURRENT, ALICE_PIN)
    type_step(qtbot, dialog, Step.NEW, NEW_PIN)
    type_step(qtbot, dialog, Step.REPEAT, "111111")
    settle(qtbot, context)
    screenshot(dialog, f"wallet-{mode}-pin-change")
    dialog.reject()
    _pane, again = open_change(qtbot, context)
    qtbot.mouseClick(again.forgot_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context)
    screenshot(again, f"wallet-{mode}-pin-forgot")
    again.reject()
    settle(qtbot, context)
    screenshot(pane, f"wallet-{mode}-pin-button")
    settle(qtbot, context)
