"""The message menu's Forward, Delete for me and Select, as a person uses them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.chats.messages.forward_picker import ForwardPicker
from desktop.chats.messages.menu import build_message_menu
from tests.gui.chats.conftest import Shown, conversation_with, open_chat
from tests.support.profiles import sync_all


def _menu_labels(shown: Shown, text: str) -> dict[str, object]:
    view = shown.view
    row = next(r for r in shown.rows() if r.message is not None and r.message.text == text)
    menu = build_message_menu(
        row, None, view._core.clock.now_ms(), view._actions(), "#777777", view
    )
    return {a.text(): a for a in menu.actions() if a.text()}


def _click_row(qtbot: QtBot, shown: Shown, text: str) -> None:
    view = shown.view.list_view
    position = next(
        n for n, r in enumerate(shown.rows()) if r.message is not None and r.message.text == text
    )
    rect = view.visualRect(shown.view.session.model.index(position))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _open_picker() -> ForwardPicker | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ForwardPicker)]
    return next((w for w in found if w.isVisible()), None)


def _picker(qtbot: QtBot) -> ForwardPicker:
    qtbot.waitUntil(lambda: _open_picker() is not None)
    picker = _open_picker()
    assert picker is not None
    return picker


def test_forward_a_message_to_another_chat(qtbot: QtBot, people, show_pane, screenshot) -> None:
    alice, bob, carol = people("Alice", "Bob", "Carol")
    alice.chat.send_text(conversation_with(carol), "hi Carol")
    bob.chat.send_text(conversation_with(alice), "The meeting moved to 3 pm")
    sync_all([alice, bob, carol])
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    actions = _menu_labels(shown, "The meeting moved to 3 pm")
    assert {"Forward…", "Delete for me", "Select"} <= set(actions)
    actions["Forward…"].trigger()
    picker = _picker(qtbot)
    assert sorted(picker.list.item(n).text() for n in range(picker.list.count())) == [
        "Bob", "Carol",
    ]  # fmt: skip
    assert not picker.send.isEnabled()
    picker.search.setText("car")
    shown_items = [picker.list.item(n) for n in range(picker.list.count())]
    assert [item.text() for item in shown_items if not item.isHidden()] == ["Carol"]
    picker.tick(conversation_with(carol))
    assert picker.send.isEnabled() and picker.send.text() == "Send (1)"
    qtbot.waitUntil(lambda: picker.send.width() >= picker.send.sizeHint().width())
    screenshot(picker, "chats-forward-picker")
    qtbot.mouseClick(picker.send, Qt.MouseButton.LeftButton)
    to_carol = conversation_with(carol)
    qtbot.waitUntil(lambda: len(alice.chat.history(to_carol)) == 2)
    forwarded = alice.chat.history(to_carol)[-1]
    assert forwarded.outgoing and forwarded.text == "The meeting moved to 3 pm"
    sync_all([alice, carol])
    assert [m.text for m in carol.chat.history(conversation_with(alice))] == [
        "hi Carol", "The meeting moved to 3 pm",
    ]  # fmt: skip


def test_delete_for_me_says_so_and_keeps_the_others_copy(qtbot: QtBot, people, show_pane) -> None:
    alice, bob = people("Alice", "Bob")
    to_bob = conversation_with(bob)
    alice.chat.send_text(to_bob, "keep")
    alice.chat.send_text(to_bob, "oops, wrong chat")
    sync_all([alice, bob])
    shown = show_pane(alice)
    open_chat(qtbot, shown, to_bob)
    asked: list[tuple[str, str]] = []
    shown.view.confirm = lambda title, text: asked.append((title, text)) or True  # type: ignore[method-assign]
    actions = _menu_labels(shown, "oops, wrong chat")
    assert "this device only" in actions["Delete for me"].toolTip()
    actions["Delete for me"].trigger()
    assert asked == [("Delete for me", "Delete this message from this device? The others keep it.")]
    qtbot.waitUntil(lambda: shown.texts() == ["keep"])
    assert [m.text for m in alice.chat.history(to_bob)] == ["keep"]
    sync_all([alice, bob])
    assert [m.text for m in bob.chat.history(conversation_with(alice))] == [
        "keep", "oops, wrong chat",
    ]  # fmt: skip


def test_select_several_then_forward_or_delete(qtbot: QtBot, people, show_pane, screenshot) -> None:
    alice, bob, carol = people("Alice", "Bob", "Carol")
    alice.chat.send_text(conversation_with(carol), "hi Carol")
    for text in ("one", "two", "three"):
        bob.chat.send_text(conversation_with(alice), text)
    sync_all([alice, bob, carol])
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    view = shown.view
    _menu_labels(shown, "one")["Select"].trigger()
    assert view.selection_bar.isVisible() and not view.composer.isVisible()
    assert view.selection_bar.count.text() == "1 selected"
    _click_row(qtbot, shown, "three")
    _click_row(qtbot, shown, "two")
    _click_row(qtbot, shown, "two")  # again: not chosen any more
    assert view.selection_bar.count.text() == "2 selected"
    screenshot(shown.pane, "chats-select")
    qtbot.mouseClick(view.selection_bar.forward, Qt.MouseButton.LeftButton)
    picker = _picker(qtbot)
    picker.tick(conversation_with(carol))
    qtbot.mouseClick(picker.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(alice.chat.history(conversation_with(carol))) == 3)
    assert [m.text for m in alice.chat.history(conversation_with(carol))] == [
        "hi Carol", "one", "three",
    ]  # in their order  # fmt: skip
    assert not view.selection_bar.isVisible() and view.composer.isVisible()

    view.confirm = lambda _title, _text: True  # type: ignore[method-assign]
    _menu_labels(shown, "two")["Select"].trigger()
    _click_row(qtbot, shown, "three")
    qtbot.mouseClick(view.selection_bar.delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown.texts() == ["one"])
    assert [m.text for m in alice.chat.history(conversation_with(bob))] == ["one"]
