"""The chat list: mark unread, delete a chat (here only), stepping between chats by keyboard,
and the picture viewer's arrow keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from core.chat import OutgoingFile, direct_conversation
from desktop.chats.messages.bubble_layout import Part
from desktop.people import ImageViewer
from tests.gui.chats.conftest import Shown, clock, open_chat, people, show_pane  # noqa: F401
from tests.support.profiles import sync_all


def _summary(shown: Shown, conversation: str):  # type: ignore[no-untyped-def]
    return shown.pane.model.summary(conversation)


def _choose(shown: Shown, conversation: str, label: str) -> None:
    menu = shown.pane.list_panel.build_menu(_summary(shown, conversation))
    action = next(a for a in menu.actions() if a.text() == label)
    assert action.isEnabled(), label
    action.trigger()


def test_mark_unread_shows_the_badge_again(qtbot: QtBot, people, show_pane, screenshot) -> None:  # noqa: F811
    alice, bob = people("Alice", "Bob")
    bob.chat.send_text(direct_conversation(alice.me), "lunch?")
    sync_all([alice, bob])
    shown = show_pane(alice)
    chat = direct_conversation(bob.me)
    open_chat(qtbot, shown, chat)
    qtbot.waitUntil(lambda: alice.chat.unread_count(chat) == 0)
    qtbot.waitUntil(lambda: _summary(shown, chat).unread == 0)
    badges: list[int] = []
    shown.pane.badgeChanged.connect(badges.append)
    _choose(shown, chat, "Mark as unread")
    qtbot.waitUntil(lambda: _summary(shown, chat).unread == 1)
    assert alice.chat.unread_count(chat) == 1
    qtbot.waitUntil(lambda: badges[-1:] == [1])
    assert shown.pane.right.currentWidget() is shown.pane.empty  # not read again at once
    screenshot(shown.pane, "chats-marked-unread")
    menu = shown.pane.list_panel.build_menu(_summary(shown, chat))
    assert not next(a for a in menu.actions() if a.text() == "Mark as unread").isEnabled()


def test_delete_chat_asks_and_removes_it_here_only(qtbot: QtBot, people, show_pane) -> None:  # noqa: F811
    alice, bob = people("Alice", "Bob")
    bob.chat.send_text(direct_conversation(alice.me), "a secret")
    alice.chat.send_text(direct_conversation(bob.me), "a reply")
    sync_all([alice, bob])
    shown = show_pane(alice)
    chat = direct_conversation(bob.me)
    open_chat(qtbot, shown, chat)
    shown.view.composer.editor.setPlainText("half a thought")
    asked: list[str] = []
    shown.pane.confirm = lambda _title, text: asked.append(text) is not None and False
    _choose(shown, chat, "Delete chat…")
    assert asked and "Bob" in asked[0]
    assert _summary(shown, chat) is not None  # declined: nothing changed
    shown.pane.confirm = lambda _title, _text: True
    _choose(shown, chat, "Delete chat…")
    qtbot.waitUntil(lambda: _summary(shown, chat) is None)
    assert alice.chat.history(chat) == []
    assert alice.chat.draft(chat) == ""
    assert [m.text for m in bob.chat.history(direct_conversation(alice.me))] == [
        "a secret",
        "a reply",
    ]
    alice.rebuild_projections()
    assert alice.chat.history(chat) == []
    assert alice.chat.search("secret") == []
    bob.chat.send_text(direct_conversation(alice.me), "still there?")
    sync_all([alice, bob])
    assert [m.text for m in alice.chat.history(chat)] == ["still there?"]
    qtbot.waitUntil(lambda: _summary(shown, chat) is not None)


def test_alt_arrows_and_ctrl_tab_step_between_chats(qtbot: QtBot, people, show_pane) -> None:  # noqa: F811
    alice, bob, carol, dave = people("Alice", "Bob", "Carol", "Dave")
    for friend in (bob, carol, dave):
        alice.chat.send_text(direct_conversation(friend.me), f"hi {friend.name}")
    shown = show_pane(alice)
    qtbot.waitUntil(lambda: shown.pane.model.rowCount() == 3)
    order = [s.id for s in shown.pane.model.summaries()]
    open_chat(qtbot, shown, order[0])
    editor = shown.view.composer.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: shown.view.conversation_id == order[1])
    qtbot.keyClick(editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown.view.conversation_id == order[2])
    qtbot.keyClick(editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown.view.conversation_id == order[0])  # wraps around
    qtbot.keyClick(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: shown.view.conversation_id == order[2])
    backwards = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, backwards)
    qtbot.waitUntil(lambda: shown.view.conversation_id == order[1])
    assert shown.pane.list_panel.current_id == order[1]


def _picture(folder: Path, name: str, colour: str) -> OutgoingFile:
    image = QImage(40 + len(name), 30, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = folder / name
    assert image.save(str(path), "PNG")
    return OutgoingFile(str(path), name, "image/png", "image", image.width(), image.height())


def test_the_viewer_steps_through_the_chats_pictures(
    qtbot: QtBot,
    screenshot,  # type: ignore[no-untyped-def]
    people,  # noqa: F811
    show_pane,  # noqa: F811
    tmp_path: Path,
) -> None:
    alice, bob = people("Alice", "Bob")
    chat = direct_conversation(bob.me)
    for name, colour in (("one.png", "red"), ("two.png", "green"), ("three.png", "blue")):
        alice.chat.send_text(chat, "", files=[_picture(tmp_path, name, colour)])
    alice.chat.send_text(chat, "no picture here")
    shown = show_pane(alice)
    open_chat(qtbot, shown, chat)
    rows = [r for r in shown.rows() if r.message is not None and r.message.attachments]
    second = rows[1]
    part = Part(QRectF(), second.message.attachments[0], second.key)
    viewer = shown.view.view_image(second, part)  # what a click on the picture does
    assert isinstance(viewer, ImageViewer)
    assert viewer.windowTitle() == "two.png" and viewer.counter.text() == "2 / 3"
    qtbot.waitUntil(lambda: viewer.canvas.pixmap is not None)
    with qtbot.waitSignal(viewer.loaded, timeout=5000):
        qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.windowTitle() == "three.png"
    assert viewer.canvas.pixmap.toImage().pixelColor(5, 5) == QColor("blue")
    qtbot.keyClick(viewer, Qt.Key.Key_Right)  # the last one: stays
    assert viewer.index == 2
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    with qtbot.waitSignal(viewer.loaded, timeout=5000):
        qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.windowTitle() == "one.png" and viewer.counter.text() == "1 / 3"
    screenshot(viewer, "chats-picture-viewer")
    assert viewer.canvas.pixmap.toImage().pixelColor(5, 5) == QColor("red")
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not viewer.isVisible())


def test_find_in_chat_counts_one_result_in_the_singular(qtbot: QtBot, people, show_pane) -> None:  # noqa: F811
    alice, bob = people("Alice", "Bob")
    chat = direct_conversation(bob.me)
    for text in ("the door code", "a window", "another door"):
        alice.chat.send_text(chat, text)
    shown = show_pane(alice)
    open_chat(qtbot, shown, chat)
    shown.view.open_find()
    bar = shown.view.find_bar
    qtbot.keyClicks(bar.field, "window")
    qtbot.waitUntil(lambda: bar.count.text() == "1 result")
    bar.field.clear()
    qtbot.keyClicks(bar.field, "door")
    qtbot.waitUntil(lambda: bar.count.text() == "2 results")
