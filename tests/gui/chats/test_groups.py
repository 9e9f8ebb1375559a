"""Group chats: create, rename, announce, remove with a new key, invite by QR, @mentions."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from pytestqt.qtbot import QtBot

from core.chat import parse_conversation
from desktop.chats.messages.rows import SendState
from tests.gui.chats.conftest import open_chat
from tests.support.profiles import sync_all


def _start_group(qtbot: QtBot, shown, members, name: str) -> bytes:
    shown.pane.pick_group_members = lambda: (name, [m.me for m in members])
    with qtbot.waitSignal(shown.pane.conversationShown, timeout=5000):
        shown.pane.start_group_chat()
    qtbot.waitUntil(lambda: shown.view.session.group is not None)
    kind, group_id = parse_conversation(shown.view.conversation_id)
    assert kind == "group"
    return group_id


def test_create_rename_announce_and_remove(qtbot: QtBot, people, show_pane, screenshot) -> None:
    alice, bob, carol = people("Alice", "Bob", "Carol")
    shown = show_pane(alice)
    group_id = _start_group(qtbot, shown, [bob, carol], "Lunch club")
    view = shown.view
    assert view.title.text() == "Lunch club"
    view.toggle_group_panel(True)
    panel = view.group_panel
    assert panel.isVisible() and panel.members.count() == 3
    panel.name.setText("Dinner club")
    panel.name.editingFinished.emit()
    qtbot.waitUntil(lambda: view.title.text() == "Dinner club")
    panel.announcement.setPlainText("Friday 7pm at the canteen. Bring a dish!")
    panel.save_announcement.click()
    qtbot.waitUntil(view.banner.isVisible)
    assert "Friday 7pm" in view.banner_text.text()
    panel.confirm = lambda _title, text: "new group key" in text
    panel.remove_member(carol.me)
    qtbot.waitUntil(lambda: alice.groups.require(group_id).role_of(carol.me) is None)
    qtbot.waitUntil(lambda: panel.members.count() == 2)
    notes = [r.message.system.kind for r in shown.rows() if r.message and r.message.system]
    qtbot.waitUntil(
        lambda: (
            [r.message.system.kind for r in shown.rows() if r.message and r.message.system][-3:]
            == ["renamed", "announcement", "removed"]
        )
    )
    del notes
    print(
        "ROWS",
        shown.pane.model.rowCount(),
        shown.pane._refreshing,
        shown.pane._refresh_again,
        shown.pane._refresh_timer.isActive(),
    )
    screenshot(shown.pane, "chats-group")

    sync_all([alice, bob, carol])
    removed = show_pane(carol)
    open_chat(qtbot, removed, f"g:{group_id.hex()}")
    qtbot.waitUntil(removed.view.composer.blocked.isVisible)
    assert not removed.view.composer.editor.isVisible()
    screenshot(removed.pane, "chats-group-removed")


def test_invite_qr_decodes_to_a_valid_code(qtbot: QtBot, people, show_pane, screenshot) -> None:
    alice, bob, dave = people("Alice", "Bob", "Dave")
    shown = show_pane(alice)
    group_id = _start_group(qtbot, shown, [bob], "Reading circle")
    shown.view.toggle_group_panel(True)
    shown.view.group_panel._invite()
    dialog = shown.view.group_panel.dialog
    with qtbot.waitSignal(dialog.ready, timeout=5000):
        pass
    screenshot(dialog, "chats-invite-qr")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    dialog.picture.pixmap().toImage().save(buffer, "PNG")
    (found,) = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))
    assert found.text == dialog.code
    invite = dave.groups.read_invite(found.text)
    assert invite.group_id == group_id and invite.group_name == "Reading circle"
    dialog.close()


def test_mention_completion_inserts_and_sends_the_mention(
    qtbot: QtBot, people, show_pane, screenshot
) -> None:
    alice, bob, carol = people("Alice", "Bob", "Carol")
    shown = show_pane(alice)
    _start_group(qtbot, shown, [bob, carol], "Project")
    editor = shown.view.composer.editor
    popup = shown.view.composer.mentions
    qtbot.keyClicks(editor, "Thanks @")
    assert popup.isVisible()
    names = [popup.item(i).text().split()[0] for i in range(popup.count())]
    assert names == ["@All", "@Bob", "@Carol"]
    qtbot.keyClicks(editor, "ca")
    assert [popup.item(i).text() for i in range(popup.count())] == ["@Carol"]
    screenshot(shown.pane, "chats-mention-popup")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # chooses, does not send
    assert editor.toPlainText() == "Thanks @Carol "
    assert not popup.isVisible()
    qtbot.keyClicks(editor, "for the slides")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown.rows()[-1].send_state is SendState.STORED)
    sent = shown.rows()[-1].message
    assert sent.text == "Thanks @Carol for the slides"
    assert sent.mentions == (carol.me,) and not sent.mention_all
    sync_all([alice, bob, carol])
    assert carol.chat.require_message(sent.event_id).mention_me
    assert not bob.chat.require_message(sent.event_id).mention_me
    summary = next(s for s in carol.chat.conversations() if s.kind == "group")
    assert summary.unread_mention
