"""Sending, receiving, unread divider and badge, replies, recall, drafts — like a person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.clock import ManualClock
from desktop.chats import ChatsPane
from desktop.chats.messages.menu import build_message_menu
from desktop.chats.messages.rows import RowKind, SendState
from tests.gui.chats.conftest import conversation_with, open_chat
from tests.support.profiles import sync_all


def test_typing_and_enter_sends_a_bubble(qtbot: QtBot, people, show_pane, screenshot) -> None:
    alice, bob = people("Alice", "Bob")
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    editor = shown.view.composer.editor
    qtbot.keyClicks(editor, "Hello Bob")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "second line")
    assert editor.toPlainText() == "Hello Bob\nsecond line"
    assert shown.texts() == []
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == ""
    assert shown.rows()[-1].send_state is SendState.SENDING  # the bubble shows at once
    qtbot.waitUntil(lambda: shown.rows()[-1].send_state is SendState.STORED)
    assert shown.texts() == ["Hello Bob\nsecond line"]
    assert [m.text for m in alice.chat.history(conversation_with(bob))] == shown.texts()
    qtbot.waitUntil(lambda: shown.pane.model.row_of(conversation_with(bob)) == 0)
    screenshot(shown.pane, "chats-sent")


def test_incoming_messages_raise_the_badge_and_place_the_divider(
    qtbot: QtBot, people, show_pane, clock: ManualClock, screenshot
) -> None:
    alice, bob = people("Alice", "Bob")
    to_bob = conversation_with(bob)
    alice.chat.send_text(to_bob, "Are you coming to the meeting?")
    sync_all([alice, bob])
    alice.chat.mark_read(to_bob)
    shown = show_pane(alice)
    badges: list[int] = []
    shown.pane.badgeChanged.connect(badges.append)
    clock.advance(60_000)
    for text in ("Yes", "I'll be 5 minutes late", "Save me a seat 🙂"):
        bob.chat.send_text(conversation_with(alice), text)
    sync_all([alice, bob])
    qtbot.waitUntil(lambda: shown.pane.unread_total == 3)
    assert badges[-1] == 3
    summary = shown.pane.model.summary(to_bob)
    assert summary is not None and summary.unread == 3
    screenshot(shown.pane, "chats-unread-list")
    open_chat(qtbot, shown, to_bob)
    kinds = [r.kind for r in shown.rows()]
    divider = kinds.index(RowKind.UNREAD)
    after = [r.message.text for r in shown.rows()[divider:] if r.message is not None]
    assert after == ["Yes", "I'll be 5 minutes late", "Save me a seat 🙂"]
    assert shown.rows()[divider].unread_count == 3
    screenshot(shown.pane, "chats-unread-divider")
    # Visible and at the bottom: read, and the badge goes back to zero.
    qtbot.waitUntil(lambda: shown.pane.unread_total == 0, timeout=5000)
    assert badges[-1] == 0
    # A message arriving while the chat is open and at its newest shows up live, read: no
    # badge flashes in the list or on the rail before the read mark lands.
    listed: list[int] = []
    shown.pane.listRefreshed.connect(
        lambda: listed.append(shown.pane.model.summary(to_bob).unread)  # type: ignore[union-attr]
    )
    bob.chat.send_text(conversation_with(alice), "See you")
    sync_all([alice, bob])
    qtbot.waitUntil(lambda: shown.texts()[-1:] == ["See you"])
    qtbot.waitUntil(lambda: alice.chat.conversation(to_bob).unread == 0, timeout=5000)
    qtbot.wait(300)
    assert listed and set(listed) == {0}, listed
    assert badges[-1] == 0 and 1 not in badges[badges.index(0) :], badges


def test_reply_quotes_the_message(qtbot: QtBot, people, show_pane, screenshot) -> None:
    alice, bob = people("Alice", "Bob")
    question = bob.chat.send_text(conversation_with(alice), "Lunch at noon?")
    sync_all([alice, bob])
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    row = next(r for r in shown.rows() if r.message is not None)
    shown.view.reply_to(row)
    assert shown.view.composer.reply_bar.isVisible()
    qtbot.keyClicks(shown.view.composer.editor, "Sounds good")
    qtbot.keyClick(shown.view.composer.editor, Qt.Key.Key_Return)
    assert not shown.view.composer.reply_bar.isVisible()
    qtbot.waitUntil(lambda: shown.rows()[-1].send_state is SendState.STORED)
    sent = shown.rows()[-1].message
    assert sent is not None and sent.reply_to == question.event_id
    layout = shown.view.delegate.layout_for(
        shown.rows()[-1], shown.view.list_view.viewport().width(), shown.view.session.model
    )
    assert layout.quote is not None and layout.quote_text == "Lunch at noon?"
    screenshot(shown.pane, "chats-reply")


def test_recall_within_two_minutes(
    qtbot: QtBot, people, show_pane, clock: ManualClock, screenshot
) -> None:
    alice, bob = people("Alice", "Bob")
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    editor = shown.view.composer.editor
    for text in ("oops, wrong chat", "keep this one"):
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: all(r.send_state is SendState.STORED for r in shown.rows()))
    first, second = [r for r in shown.rows() if r.message is not None]
    menu = build_message_menu(
        first, None, clock.now_ms(), shown.view._actions(), "#777", shown.pane
    )
    recall = next(a for a in menu.actions() if a.text() == "Recall")
    assert recall.isEnabled() and "best effort" in recall.toolTip()
    recall.trigger()
    qtbot.waitUntil(lambda: shown.rows()[1].message.recalled)
    layout = shown.view.delegate.layout_for(shown.rows()[1], 800, shown.view.session.model)
    assert layout.centred == "You recalled a message"
    sync_all([alice, bob])
    assert bob.chat.require_message(first.message.event_id).recalled
    clock.advance(121_000)
    late = build_message_menu(
        second, None, clock.now_ms(), shown.view._actions(), "#777", shown.pane
    )
    assert not next(a for a in late.actions() if a.text() == "Recall").isEnabled()
    screenshot(shown.pane, "chats-recalled")


def test_drafts_survive_closing_and_reopening_the_pane(qtbot: QtBot, people, show_pane) -> None:
    alice, bob, carol = people("Alice", "Bob", "Carol")
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    qtbot.keyClicks(shown.view.composer.editor, "half a thought")
    open_chat(qtbot, shown, conversation_with(carol))  # switching saves Bob's draft
    qtbot.keyClicks(shown.view.composer.editor, "for Carol")
    shown.pane.close()
    shown.context.runner.wait_for_done()
    qtbot.waitUntil(lambda: alice.chat.draft(conversation_with(carol)) == "for Carol")
    assert alice.chat.draft(conversation_with(bob)) == "half a thought"
    again = ChatsPane(shown.context)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.listRefreshed):
        again.show()
    summary = again.model.summary(conversation_with(bob))
    assert summary is not None and summary.draft == "half a thought"
    with qtbot.waitSignal(again.conversationShown):
        again.open_conversation(conversation_with(bob))
    assert again.view.composer.text() == "half a thought"
    again.view.flush_draft()
