"""Cards in the message view: a transfer and a red envelope as WeChat paints them, their
states as the wallet tells them, the wallet's own dialog on a click (or Enter), and cards
this Hutong cannot read. Real cores, a real currency cleared by its issuer, real widgets."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from core.changes import WalletChanged
from core.chat import Message, direct_conversation
from core.chat.bodies import ChatCardMessage, ChatPlace
from core.chat.cards import (
    MiniProgramCard,
    RedEnvelopeCard,
    Split,
    TransferCard,
    UnsupportedCard,
)
from core.clock import ManualClock
from core.facade import Core
from core.feeds import MAIN_TOPIC
from core.wallet import HOLD_MS, CurrencyId, EnvelopeKind
from core.wallet.views import EnvelopeStatus, TransferState
from desktop.chats.cards import CardStatus, CardStatuses, card_preview
from desktop.chats.cards.texts import envelope_settled, envelope_state_text, transfer_state_text
from desktop.chats.messages.forward_picker import ForwardPicker
from desktop.chats.messages.menu import build_message_menu
from desktop.chats.texts import message_preview
from tests.gui.chats.conftest import Shown, open_chat
from tests.support.profiles import sync_all

ALICE_PIN = "135790"
BOB_PIN = "246802"
ORANGE = (0xFA, 0x9D, 0x3B)
RED = (0xF3, 0x55, 0x43)


@dataclass
class Money:
    """Alice issued MEAL (2 decimals) and clears it; Bob is her friend and joined it."""

    alice: Core
    bob: Core
    meal: CurrencyId

    def sync(self) -> None:
        sync_all([self.alice, self.bob])


def money_friends(people: Callable[..., list[Core]]) -> Money:
    alice, bob = people("Alice", "Bob")
    alice.wallet.set_pin(ALICE_PIN)
    bob.wallet.set_pin(BOB_PIN)
    meal = alice.wallet.issue("Canteen meals", "MEAL", 2, None, 100_000, ALICE_PIN)
    sync_all([alice, bob])
    bob.wallet.join(meal)
    sync_all([alice, bob])
    return Money(alice, bob, meal)


def card_row(shown: Shown, kind: type) -> int:
    """The position of the newest row carrying a card of ``kind``."""
    rows = shown.rows()
    for position in range(len(rows) - 1, -1, -1):
        message = rows[position].message
        if message is not None and isinstance(message.card, kind):
            return position
    return -1


def card_message(shown: Shown, kind: type) -> Message:
    message = shown.rows()[card_row(shown, kind)].message
    assert message is not None
    return message


def status_of(shown: Shown, kind: type) -> CardStatus | None:
    card = card_message(shown, kind).card
    assert card is not None
    return shown.view.cards.statuses.status(card)


def card_centre(shown: Shown, kind: type) -> QPoint:
    return card_rect(shown, kind).center()


def card_picture(shown: Shown, kind: type, path: Path) -> Path:
    """What the newest card of ``kind`` looks like on screen, saved to ``path``."""
    shown.view.list_view.viewport().grab(card_rect(shown, kind)).save(str(path))
    return path


def card_rect(shown: Shown, kind: type) -> QRect:
    """Where the card of the newest ``kind`` row is on screen (scrolled into view)."""
    view = shown.view.list_view
    position = card_row(shown, kind)
    index = view.message_model().index(position)
    view.scrollTo(index)
    rect = view.visualRect(index)
    row = shown.rows()[position]
    layout = view.message_delegate().layout_for(row, rect.width(), view.message_model())
    assert layout.card is not None and layout.bubble is None  # the card replaces the bubble
    left = view.message_delegate().content_left(row, layout, rect)
    return layout.card.translated(left, rect.top()).toRect()


def pixels_near(image_path: Path, colour: tuple[int, int, int], tolerance: int = 10) -> int:
    mask = None
    for band, value in zip(Image.open(image_path).convert("RGB").split(), colour, strict=True):
        near = band.point(lambda v, value=value: 255 if abs(v - value) <= tolerance else 0)
        mask = near if mask is None else ImageChops.multiply(mask, near)
    assert mask is not None
    return mask.histogram()[255]


def when_modal(qtbot: QtBot, drive: Callable[[QWidget], None]) -> list[QWidget]:
    """Run ``drive(dialog)`` once a modal dialog is up (clicks open modal dialogs that block
    until closed); the dialogs seen are returned."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        try:
            drive(dialog)
        finally:
            if dialog.isVisible():
                dialog.close()

    QTimer.singleShot(0, poll)
    return seen


def test_a_received_transfer_opens_the_wallet_and_shows_it_accepted(
    qtbot: QtBot, people, show_pane, screenshot, tmp_path: Path
) -> None:
    money = money_friends(people)
    alice, bob = money.alice, money.bob
    alice.wallet.transfer(
        money.meal, bob.me, 1250, ALICE_PIN, memo="Lunch", conversation=direct_conversation(bob.me)
    )
    money.sync()
    shown = show_pane(bob)
    open_chat(qtbot, shown, direct_conversation(alice.me))
    qtbot.waitUntil(lambda: card_row(shown, TransferCard) >= 0)
    qtbot.waitUntil(lambda: (status_of(shown, TransferCard) or CardStatus()).transfer is not None)
    status = status_of(shown, TransferCard)
    assert status is not None and status.transfer is not None
    assert status.transfer.state is TransferState.HELD
    assert transfer_state_text(status.transfer) == "Waiting for acceptance"
    view = shown.view.list_view
    waiting = card_picture(shown, TransferCard, tmp_path / "waiting.png")
    assert pixels_near(waiting, ORANGE) > 10_000  # the orange card, not a text bubble
    screenshot(shown.pane, "chats-card-transfer-waiting")

    def accept(dialog: QWidget) -> None:
        from desktop.wallet.transfer_dialogs import TransferStatusDialog

        assert isinstance(dialog, TransferStatusDialog)
        assert dialog.incoming
        qtbot.waitUntil(dialog.accept_button.isVisible)
        screenshot(dialog, "chats-card-transfer-dialog")
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
        # The LAN carries Bob's accept to the clearer (Alice) and her record back.
        qtbot.waitUntil(
            synced_until(
                money,
                lambda: dialog.status is not None and dialog.status.state is TransferState.ACCEPTED,
            ),
            timeout=15_000,
        )

    dialogs = when_modal(qtbot, accept)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=card_centre(shown, TransferCard)
    )
    assert len(dialogs) == 1
    qtbot.waitUntil(
        lambda: (
            (s := status_of(shown, TransferCard)) is not None
            and s.transfer is not None
            and s.transfer.state is TransferState.ACCEPTED
        )
    )
    accepted = tmp_path / "accepted.png"
    qtbot.waitUntil(  # faded now
        lambda: pixels_near(card_picture(shown, TransferCard, accepted), ORANGE) < 100
    )
    screenshot(shown.pane, "chats-card-transfer-accepted")


def synced_until(money: Money, condition: Callable[[], bool]) -> Callable[[], bool]:
    """A wait condition that moves the feeds between the two each time it is checked."""

    def check() -> bool:
        money.sync()
        return condition()

    return check


def test_enter_on_a_chosen_card_row_opens_it(qtbot: QtBot, people, show_pane) -> None:
    money = money_friends(people)
    alice, bob = money.alice, money.bob
    alice.wallet.send_red_envelope(
        direct_conversation(bob.me), money.meal, 800, 1, EnvelopeKind.FIXED, "Lunch is on me",
        ALICE_PIN,
    )  # fmt: skip
    alice.chat.send_text(direct_conversation(bob.me), "enjoy")
    money.sync()
    shown = show_pane(bob)
    open_chat(qtbot, shown, direct_conversation(alice.me))
    qtbot.waitUntil(lambda: "enjoy" in shown.texts())
    view = shown.view.list_view
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert view.currentIndex().data().startswith("enjoy")  # focus starts on the newest
    qtbot.keyClick(view, Qt.Key.Key_Up)  # the red envelope, above it
    assert view.currentIndex().row() == card_row(shown, RedEnvelopeCard)

    def check(dialog: QWidget) -> None:
        from desktop.wallet.envelope_open import EnvelopeDialog

        assert isinstance(dialog, EnvelopeDialog)

    dialogs = when_modal(qtbot, check)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialogs) == 1)  # opened once the key press is done
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == next(
        n for n, row in enumerate(shown.rows()) if row.is_message
    )


def test_red_envelope_states(qtbot: QtBot, people, show_pane, clock: ManualClock, screenshot):
    money = money_friends(people)
    alice, bob = money.alice, money.bob
    to_bob = direct_conversation(bob.me)
    two = alice.wallet.send_red_envelope(
        to_bob, money.meal, 500, 2, EnvelopeKind.LUCKY, "Happy new year", ALICE_PIN
    )
    one = alice.wallet.send_red_envelope(
        to_bob, money.meal, 300, 1, EnvelopeKind.FIXED, "Coffee", ALICE_PIN
    )
    money.sync()
    shown_bob = show_pane(bob)
    open_chat(qtbot, shown_bob, direct_conversation(alice.me))
    qtbot.waitUntil(lambda: card_row(shown_bob, RedEnvelopeCard) >= 0)
    statuses = shown_bob.view.cards.statuses

    def envelope_of(shown: Shown, envelope: bytes):  # type: ignore[no-untyped-def]
        for row in shown.rows():
            card = row.message.card if row.message is not None else None
            if isinstance(card, RedEnvelopeCard) and card.envelope == envelope:
                status = shown.view.cards.statuses.status(card)
                return status.envelope if status is not None else None
        return None

    qtbot.waitUntil(lambda: envelope_of(shown_bob, two) is not None)
    fresh = envelope_of(shown_bob, two)
    assert fresh.status is EnvelopeStatus.OPEN and envelope_state_text(fresh) == ""
    assert not envelope_settled(fresh)
    screenshot(shown_bob.pane, "chats-card-envelope-fresh")

    bob.wallet.grab(money.meal, two)
    bob.wallet.grab(money.meal, one)
    money.sync()
    money.sync()
    qtbot.waitUntil(lambda: (v := envelope_of(shown_bob, two)) is not None and v.mine is not None)
    assert envelope_state_text(envelope_of(shown_bob, two)) == "Opened"
    assert envelope_settled(envelope_of(shown_bob, two))
    screenshot(shown_bob.pane, "chats-card-envelope-opened")

    shown_alice = show_pane(alice)
    open_chat(qtbot, shown_alice, to_bob)
    qtbot.waitUntil(lambda: envelope_of(shown_alice, one) is not None)
    assert envelope_state_text(envelope_of(shown_alice, one)) == "All grabbed"
    clock.advance(HOLD_MS + 60_000)
    alice.wallet.clear_pending()  # the clearer returns what is left of ``two``
    qtbot.waitUntil(
        lambda: (
            (v := envelope_of(shown_alice, two)) is not None and v.status is EnvelopeStatus.EXPIRED
        )
    )
    assert envelope_state_text(envelope_of(shown_alice, two)) == "Expired"
    screenshot(shown_alice.pane, "chats-card-envelope-expired")
    assert statuses is shown_bob.view.cards.statuses


def test_a_card_this_hutong_cannot_read(qtbot: QtBot, people, show_pane, screenshot) -> None:
    alice, bob = people("Alice", "Bob")
    key = alice.contacts.encryption_key(bob.me)
    assert key is not None
    newer = UnsupportedCard("Vote on the picnic date", "poll", 1)
    body = ChatCardMessage(ChatPlace(to=bob.me), newer).encode()
    alice._author.sealed(MAIN_TOPIC, body, [key])
    sync_all([alice, bob])
    shown = show_pane(bob)
    open_chat(qtbot, shown, direct_conversation(alice.me))
    qtbot.waitUntil(lambda: card_row(shown, UnsupportedCard) >= 0)
    message = card_message(shown, UnsupportedCard)
    assert message.card == newer
    assert card_preview(newer) == "[Unsupported card] Vote on the picnic date"
    view = shown.view.list_view
    seen: list[QWidget] = []
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=card_centre(shown, UnsupportedCard))  # fmt: skip
    seen.extend(w for w in [QApplication.activeModalWidget()] if w is not None)
    assert seen == []  # nothing to open
    screenshot(shown.pane, "chats-card-unsupported")


def test_chat_list_previews_name_the_card(people) -> None:
    alice, bob = people("Alice", "Bob")
    program = MiniProgramCard("Group buy", bytes(range(32)), "Dumplings for Friday")
    alice.chat.send_card(direct_conversation(bob.me), program)
    sync_all([alice, bob])
    summary = next(s for s in bob.chat.conversations() if s.peer == alice.me)
    assert summary.last_message is not None
    assert message_preview(summary.last_message, lambda _k: "Alice", False) == (
        "[Mini-program] Group buy"
    )
    envelope = RedEnvelopeCard("Happy new year", bytes(32), bytes(32), 500, 2, Split.LUCKY)
    transfer = TransferCard("12.50 MEAL", bytes(32), bytes(32), 1250, "Lunch")
    assert card_preview(envelope) == "[Red envelope] Happy new year"
    assert card_preview(transfer) == "[Transfer] 12.50 MEAL"


def test_card_states_are_looked_up_in_a_worker_and_again_when_the_wallet_changes(
    qtbot: QtBot, people, make_context
) -> None:
    (bob,) = people("Bob")
    context = make_context(bob)
    asked: list[threading.Thread] = []

    def lookup(_core: Core, _card: object) -> CardStatus:
        asked.append(threading.current_thread())
        return CardStatus()

    statuses = CardStatuses(bob, context.runner, None, lookup)
    card = TransferCard("1.00 MEAL", bytes(32), bytes(range(32)), 100)
    with qtbot.waitSignal(statuses.changed):
        assert statuses.status(card) is None  # painting never waits for the wallet
    assert asked[0] is not threading.main_thread()
    assert statuses.status(card) == CardStatus()
    statuses.note_changes([WalletChanged(b"\x01" * 32)])  # another currency: nothing to do
    statuses.note_changes([WalletChanged(bytes(32))])
    qtbot.waitUntil(lambda: len(asked) == 2)
    qtbot.waitUntil(lambda: not context.runner.busy)
    assert len(asked) == 2


def test_cards_stay_in_their_chat(qtbot: QtBot, people, show_pane) -> None:
    alice, bob, carol = people("Alice", "Bob", "Carol")
    to_alice = direct_conversation(alice.me)
    bob.chat.send_card(to_alice, MiniProgramCard("Group buy", bytes(range(32)), "Dumplings"))
    bob.chat.send_text(to_alice, "join in")
    alice.chat.send_text(direct_conversation(carol.me), "hi Carol")  # a chat to forward to
    sync_all([alice, bob, carol])
    shown = show_pane(alice)
    open_chat(qtbot, shown, direct_conversation(bob.me))
    qtbot.waitUntil(lambda: "join in" in shown.texts())
    view = shown.view
    card = card_message(shown, MiniProgramCard)
    row = shown.rows()[card_row(shown, MiniProgramCard)]
    menu = build_message_menu(row, None, alice.clock.now_ms(), view._actions(), "#777", view)
    assert "Forward…" not in [a.text() for a in menu.actions()]
    words = next(r.message for r in shown.rows() if r.message and r.message.text == "join in")
    view.choice.forward([card, words])
    qtbot.waitUntil(lambda: _visible_picker() is not None)
    picker = _visible_picker()
    assert picker is not None
    picker.tick(direct_conversation(carol.me))
    qtbot.mouseClick(picker.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(alice.chat.history(direct_conversation(carol.me))) == 2)
    assert [m.text for m in alice.chat.history(direct_conversation(carol.me))] == [
        "hi Carol", "join in",
    ]  # fmt: skip
    view.choice.forward([card])  # only a card: said why, and nothing is sent
    qtbot.waitUntil(view.error.isVisible)
    assert view.error.text() == "Transfers, red envelopes and mini-programs stay in their chat."
    assert _visible_picker() is None


def _visible_picker() -> ForwardPicker | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ForwardPicker)]
    return next((w for w in found if w.isVisible()), None)
