"""What a bubble shows: the text's line breaks, and @mentions of names ending in an emoji."""

from __future__ import annotations

from PySide6.QtGui import QTextLayout
from pytestqt.qtbot import QtBot

from tests.gui.chats.conftest import Shown, conversation_with, open_chat
from tests.support.profiles import sync_all


def _layout(shown: Shown, text: str):  # type: ignore[no-untyped-def]
    view = shown.view
    row = next(r for r in shown.rows() if r.message is not None and r.message.text == text)
    return view.delegate.layout_for(row, view.list_view.viewport().width(), view.session.model)


def _coloured(layout: QTextLayout) -> list[str]:
    units = layout.text().encode("utf-16-le")
    return [units[2 * r.start : 2 * (r.start + r.length)].decode("utf-16-le")
            for r in layout.formats()]  # fmt: skip


def test_a_message_keeps_its_line_breaks(qtbot: QtBot, people, show_pane, screenshot) -> None:
    alice, bob = people("Alice", "Bob")
    to_bob = conversation_with(bob)
    alice.chat.send_text(to_bob, "One line")
    alice.chat.send_text(to_bob, "Shopping list:\neggs\n\nflour")
    shown = show_pane(alice)
    open_chat(qtbot, shown, to_bob)
    single, multi = _layout(shown, "One line"), _layout(shown, "Shopping list:\neggs\n\nflour")
    assert single.text.lineCount() == 1
    assert multi.text.lineCount() == 4  # the empty line too
    line = single.text.lineAt(0).height()
    assert multi.bubble.height() >= single.bubble.height() + 3 * line - 1
    assert multi.height >= multi.bubble.bottom()
    screenshot(shown.pane, "chats-line-breaks")


def test_mentions_of_names_ending_in_an_emoji(qtbot: QtBot, people, show_pane) -> None:
    alice, zoe, ben = people("Alice", "Zoë 🙂", "Ben")
    conversation = alice.groups.create("Picnic", [zoe.me, ben.me])
    sync_all([alice, zoe, ben])
    text = "@Zoë 🙂 and @Ben: bring 🍉"
    alice.chat.send_text(conversation, text, mentions=[zoe.me, ben.me])
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation)
    qtbot.waitUntil(lambda: text in shown.texts())
    assert _coloured(_layout(shown, text).text) == ["@Zoë 🙂", "@Ben"]
