"""Loads finish out of order on the runner's two threads: a late answer to an older request
never replaces the answer to a newer one (a receive code without the amount just typed, a
transfer shown as held again after it was received)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from core.chat.cards import TransferCard
from core.errors import HutongError
from desktop.context import AppContext
from desktop.wallet.receive_dialog import ReceiveDialog
from desktop.wallet.transfer_dialogs import TransferStatusDialog
from tests.gui.wallet.conftest import ALICE_PIN, Community

MakeContext = Callable[..., AppContext]


class HeldRunner:
    """Runs work at once but keeps each answer until the test delivers it, in any order."""

    busy = False

    def __init__(self) -> None:
        self.answers: list[Callable[[], None]] = []

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        try:
            result = work()
        except HutongError as exc:
            message = str(exc)
            self.answers.append(lambda: on_error(message) if on_error else None)
        else:
            self.answers.append(lambda: on_done(result) if on_done else None)

    def wait_for_done(self, timeout_ms: int = 0) -> bool:
        return True

    def deliver(self, index: int) -> None:
        self.answers.pop(index)()

    def deliver_all(self) -> None:
        while self.answers:
            self.deliver(0)


def test_a_stale_receive_code_never_replaces_the_one_just_asked_for(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    context = make_context(community.alice)
    dialog = ReceiveDialog(context, community.alice.wallet.currencies())
    qtbot.addWidget(dialog)
    held = HeldRunner()
    context.runner = held  # type: ignore[assignment]
    dialog.show_receive_code()  # asked first: no amount
    dialog.static_amount.setText("12.5")
    dialog.show_receive_code()  # asked second: 12.50
    held.deliver(1)  # the newer answer first...
    held.deliver(0)  # ...then the older one, late
    held.deliver_all()  # the QR drawing
    wanted = community.alice.wallet.receive_code(community.meal, 1250)
    assert dialog.code_view.code_text == wanted
    assert "12.50 MEAL" in dialog.code_view.caption.text()


def test_a_stale_transfer_state_never_replaces_a_newer_one(
    qtbot: QtBot, community: Community, make_context: MakeContext
) -> None:
    alice, bob, meal = community.alice, community.bob, community.meal
    transfer = alice.wallet.transfer(meal, bob.me, 300, ALICE_PIN)
    community.sync()
    context = make_context(bob)
    held = HeldRunner()
    context.runner = held  # type: ignore[assignment]
    card = TransferCard("3.00 MEAL", bytes(meal), bytes(transfer), 300)
    dialog = TransferStatusDialog(context, card, incoming=True)
    qtbot.addWidget(dialog)
    bob.wallet.accept(meal, transfer)
    community.sync()
    dialog.reload()  # asked after the accept cleared
    held.deliver(len(held.answers) - 1)  # "Received"
    assert dialog.state.text() == "Received"
    held.deliver_all()  # the first load, from before the accept, arrives late
    assert dialog.state.text() == "Received"
    assert not dialog.accept_button.isVisible()
