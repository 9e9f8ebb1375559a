"""Ctrl+K quick switcher, Ctrl+F search in a chat, and the list's global search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.chats.search.switcher import fuzzy_score
from tests.gui.chats.conftest import conversation_with, open_chat
from tests.support.profiles import sync_all


def test_fuzzy_score_prefers_prefixes_and_rejects_missing_letters() -> None:
    assert fuzzy_score("bo", "Bob") > fuzzy_score("bo", "Jimbo")
    assert fuzzy_score("crl", "Carol") is not None
    assert fuzzy_score("xyz", "Carol") is None


def test_ctrl_k_opens_a_friend_by_a_few_letters(
    qtbot: QtBot, people, show_pane, screenshot
) -> None:
    alice, _bob, carol = people("Alice", "Bob", "Carol")
    shown = show_pane(alice)
    shown.pane.activateWindow()
    shown.pane.view.composer.editor.setFocus()
    qtbot.keyClick(shown.view.composer.editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    switcher = shown.pane.switcher
    assert switcher is not None and switcher.isVisible()
    qtbot.keyClicks(switcher.field, "crl")
    assert switcher.list.count() == 1
    screenshot(switcher, "chats-quick-switcher")
    with qtbot.waitSignal(shown.pane.conversationShown):
        qtbot.keyClick(switcher.field, Qt.Key.Key_Return)
    assert shown.view.conversation_id == conversation_with(carol)
    assert shown.view.title.text() == "Carol"


def test_ctrl_f_finds_a_message_and_jumps_to_it(
    qtbot: QtBot, people, show_pane, clock, screenshot
) -> None:
    alice, bob = people("Alice", "Bob")
    to_bob = conversation_with(bob)
    for n in range(160):
        clock.advance(30_000)
        text = "the blue door code is 4711" if n == 20 else f"small talk {n}"
        alice.chat.send_text(to_bob, text)
    shown = show_pane(alice)
    open_chat(qtbot, shown, to_bob)
    assert "the blue door code is 4711" not in shown.texts()  # not in the newest page
    shown.pane.activateWindow()
    shown.view.composer.editor.setFocus()
    qtbot.keyClick(shown.view.composer.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = shown.view.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.field, "door code")
    qtbot.waitUntil(lambda: bar.results.count() == 1)
    screenshot(shown.pane, "chats-find-in-chat")
    bar.results.itemClicked.emit(bar.results.item(0))
    model = shown.view.session.model
    qtbot.waitUntil(lambda: model.highlight_key is not None)
    row = model.row(model.position_of(model.highlight_key))
    assert row.message.text == "the blue door code is 4711"
    index = model.index(model.position_of(model.highlight_key))
    assert shown.view.list_view.viewport().rect().intersects(shown.view.list_view.visualRect(index))
    screenshot(shown.pane, "chats-jumped-to-hit")
    # The window around the hit is in order, and scrolling down walks back to the present.
    numbers = [int(t.split()[-1]) if t.startswith("small") else 20 for t in shown.texts()]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    view = shown.view.list_view
    for _ in range(10):
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        qtbot.wait(30)
    qtbot.waitUntil(lambda: shown.texts()[-1] == "small talk 159")
    numbers = [int(t.split()[-1]) if t.startswith("small") else 20 for t in shown.texts()]
    assert numbers == list(range(numbers[0], 160))


def test_global_search_lists_chats_and_messages(qtbot: QtBot, people, show_pane) -> None:
    alice, bob, carol = people("Alice", "Bob", "Carol")
    bob.chat.send_text(conversation_with(alice), "the picnic is on Saturday")
    carol.chat.send_text(conversation_with(alice), "bring the picnic blanket")
    sync_all([alice, bob, carol])
    shown = show_pane(alice)
    panel = shown.pane.list_panel
    qtbot.keyClicks(panel.search, "picnic")
    results = panel.results
    qtbot.waitUntil(lambda: results.count() == 3)  # a header and two hits
    assert panel.stack.currentWidget() is results
    with qtbot.waitSignal(shown.pane.conversationShown):
        results.itemClicked.emit(results.item(2))
    assert shown.view.conversation_id in (conversation_with(bob), conversation_with(carol))
    assert panel.search.text() == ""
