"""Every card kind in one chat, in the light and dark themes, in English and Chinese: saved
under artifacts/screenshots/ for a person to look at. And a mini-program card opens the
mini-program launcher (which asks before installing what a friend shared)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from core.blobs import BlobRef
from core.chat import direct_conversation
from core.chat.bodies import ChatCardMessage, ChatPlace
from core.chat.cards import (
    MiniProgramCard,
    PackageRef,
    RedEnvelopeCard,
    TransferCard,
    UnsupportedCard,
)
from core.facade import Core
from core.feeds import MAIN_TOPIC
from core.wallet import EnvelopeKind
from desktop.chats.cards.painting import ENVELOPE, TRANSFER
from desktop.miniprograms.bundled import bundled_files
from tests.gui.chats.conftest import Shown, open_chat
from tests.gui.chats.test_cards import (
    ALICE_PIN,
    BOB_PIN,
    card_centre,
    card_message,
    card_picture,
    card_row,
    money_friends,
    pixels_near,
)
from tests.support.profiles import sync_all


def wire(core: Core) -> None:
    """What the facade is to do (not wired there yet): the chat posts and finds the cards."""

    def post(conversation: str, title: str, program: bytes, summary: str, ref: BlobRef) -> bytes:
        card = MiniProgramCard(title, program, summary, PackageRef(ref.blob_id, ref.key, ref.size))
        return core.chat.send_card(conversation, card).event_id

    core.miniprograms.post_program_card = post
    core.miniprograms.find_message = core.chat.message


def shared_program(alice: Core, bob: Core) -> bytes:
    """Alice installs a bundled mini-program and shares it with Bob; its id."""
    for core in (alice, bob):
        if core.miniprograms.post_program_card is None:
            wire(core)
    name, data = bundled_files()[0]
    program = alice.miniprograms.install(data, name)
    alice.miniprograms.share(program.program_id, direct_conversation(bob.me), "Who's in?")
    return bytes(program.program_id)


def rgb(colour: str) -> tuple[int, int, int]:
    value = QColor(colour)
    return value.red(), value.green(), value.blue()


def all_money_known(shown: Shown) -> bool:
    """The wallet answered for every transfer and red envelope on screen."""
    statuses = shown.view.cards.statuses
    answers = [
        statuses.status(row.message.card)
        for row in shown.rows()
        if row.message is not None and isinstance(row.message.card, TransferCard | RedEnvelopeCard)
    ]
    return bool(answers) and all(
        a is not None and (a.transfer or a.envelope) is not None for a in answers
    )


@pytest.mark.parametrize(("theme", "language"), [("light", "en"), ("dark", "zh_CN")])
def test_every_card_kind(
    qtbot: QtBot, people, show_pane, make_context, screenshot, theme: str, language: str,
    tmp_path: Path, request: pytest.FixtureRequest,
) -> None:  # fmt: skip
    money = money_friends(people)
    alice, bob = money.alice, money.bob
    to_bob = direct_conversation(bob.me)
    pocket = alice.wallet.transfer(money.meal, bob.me, 2000, ALICE_PIN, memo="Pocket money",
                                   conversation=to_bob)  # fmt: skip
    money.sync()
    bob.wallet.accept(money.meal, pocket)  # accepted: that card is faded
    money.sync()
    money.sync()
    alice.wallet.transfer(money.meal, bob.me, 1250, ALICE_PIN, memo="Lunch", conversation=to_bob)
    alice.wallet.send_red_envelope(
        to_bob, money.meal, 888, 3, EnvelopeKind.LUCKY, "Happy new year", ALICE_PIN
    )
    shared_program(alice, bob)
    key = alice.contacts.encryption_key(bob.me)
    assert key is not None
    newer = UnsupportedCard("Vote on the picnic date", "poll", 1)
    alice._author.sealed(MAIN_TOPIC, ChatCardMessage(ChatPlace(to=bob.me), newer).encode(), [key])
    money.sync()
    bob.wallet.transfer(money.meal, alice.me, 300, BOB_PIN, memo="Coffee",
                        conversation=direct_conversation(alice.me))  # fmt: skip
    money.sync()
    context = make_context(bob, language)
    request.addfinalizer(lambda: context.translations.install("en"))  # for the tests after
    request.addfinalizer(lambda: context.themes.apply("light"))
    context.themes.apply(theme)
    shown = show_pane(bob, context)
    shown.pane.resize(1040, 1000)
    open_chat(qtbot, shown, direct_conversation(alice.me))
    qtbot.waitUntil(lambda: card_row(shown, UnsupportedCard) >= 0)
    qtbot.waitUntil(lambda: all_money_known(shown))
    shown.view.list_view.scroll_to_newest()
    red = rgb(ENVELOPE[theme == "dark"])
    orange = rgb(TRANSFER[theme == "dark"])
    assert pixels_near(card_picture(shown, RedEnvelopeCard, tmp_path / "e.png"), red) > 5000
    assert pixels_near(card_picture(shown, TransferCard, tmp_path / "t.png"), orange) > 5000
    screenshot(shown.pane, f"chats-cards-{theme}-{language}")


def test_a_mini_program_card_opens_the_launcher(qtbot: QtBot, people, show_pane) -> None:
    alice, bob = people("Alice", "Bob")
    shared_program(alice, bob)
    sync_all([alice, bob])
    shown = show_pane(bob)
    open_chat(qtbot, shown, direct_conversation(alice.me))
    qtbot.waitUntil(lambda: card_row(shown, MiniProgramCard) >= 0)
    view = shown.view.list_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=card_centre(shown, MiniProgramCard))  # fmt: skip

    def question() -> QMessageBox | None:
        found = shown.pane.window().findChild(QWidget, "installFromCard")
        return found if isinstance(found, QMessageBox) and found.isVisible() else None

    qtbot.waitUntil(lambda: question() is not None)
    box = question()
    assert box is not None and "Alice" in box.text()
    no = box.findChild(QWidget, "installFromCardNo")
    assert no is not None
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: question() is None)
    card = card_message(shown, MiniProgramCard).card
    assert isinstance(card, MiniProgramCard)
    assert all(p.program_id != card.program for p in bob.miniprograms.installed())  # "No"
