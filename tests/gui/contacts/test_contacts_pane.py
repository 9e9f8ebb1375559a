"""The friend list and a contact's page: search, tags, remark, block, safety number, chat."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from core.chat import direct_conversation
from core.facade import Core
from desktop.contacts import ContactsPane
from desktop.contacts.safety_dialog import digit_groups
from desktop.context import AppContext
from desktop.qr import decode_qr
from desktop.shell.main_window import MainWindow
from tests.gui.shell.fakes import FakeChatsPane, settle
from tests.support.profiles import befriend

MakeCore = Callable[..., Core]


def friends_window(
    qtbot: QtBot, context: AppContext, *friends: Core
) -> tuple[MainWindow, ContactsPane]:
    for friend in friends:
        befriend(context.core, friend)
    pane = ContactsPane(context)
    window = MainWindow(context, [FakeChatsPane(context), pane])
    qtbot.addWidget(window)
    window.show()
    window.show_pane("contacts")
    qtbot.waitUntil(lambda: pane.model.rowCount() == len(friends))
    return window, pane


def names(pane: ContactsPane) -> list[str]:
    return [pane.model.contact_at(row).display_name for row in range(pane.model.rowCount())]  # type: ignore[union-attr]


def click_row(qtbot: QtBot, pane: ContactsPane, row: int) -> None:
    rect = pane.list.visualRect(pane.model.index(row))
    qtbot.mouseClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_friends_are_listed_searched_and_opened(
    qtbot: QtBot, alice_context: AppContext, make_core: MakeCore
) -> None:
    bob, carol, wei = make_core("Bob"), make_core("Carol"), make_core("张伟")
    window, pane = friends_window(qtbot, alice_context, bob, carol, wei)
    assert names(pane) == ["Bob", "Carol", "张伟"]
    assert pane.section.text() == "Friends · 3"
    assert pane.content.currentWidget() is pane.empty

    qtbot.keyClicks(pane.search, "car")
    assert names(pane) == ["Carol"]
    assert not pane.new_friends_entry.isVisible()
    pane.search.clear()
    qtbot.keyClicks(pane.search, "zzz")
    assert names(pane) == [] and pane.no_results.isVisible()
    assert pane.no_results.text() == "No one matches “zzz”"
    pane.search.setText(wei.display_id[:6].lower())  # the start of an id finds them too
    assert names(pane) == ["张伟"]
    pane.search.clear()

    click_row(qtbot, pane, 1)
    assert pane.content.currentWidget() is pane.detail
    assert pane.detail.title.text() == "Carol"
    assert carol.display_id.split("-")[0] in pane.detail.display_id.text()
    qtbot.mouseClick(pane.detail.send_button, Qt.MouseButton.LeftButton)
    chats = window.panes["chats"]
    assert isinstance(chats, FakeChatsPane)
    assert chats.conversations == [direct_conversation(carol.me)]
    assert window.current_pane() is chats
    settle(qtbot, alice_context)


def test_remark_and_tags_are_edited_in_place(
    qtbot: QtBot, alice_context: AppContext, alice: Core, make_core: MakeCore
) -> None:
    bob, carol = make_core("Bob"), make_core("Carol")
    _window, pane = friends_window(qtbot, alice_context, bob, carol)
    pane.show_contact(bob.me)
    detail = pane.detail
    qtbot.mouseClick(detail.remark_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(detail.remark_edit, "Bob from climbing")
    qtbot.keyClick(detail.remark_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.title.text() == "Bob from climbing")
    assert detail.original_name.text() == "Name: Bob"
    assert alice.contacts.get(bob.me).remark == "Bob from climbing"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: names(pane) == ["Bob from climbing", "Carol"])

    assert detail.tags_none.isVisible()
    qtbot.mouseClick(detail.edit_tags, Qt.MouseButton.LeftButton)
    dialog = pane.tags_dialog
    assert dialog is not None and dialog.heading.text() == "Tags for Bob from climbing"
    qtbot.keyClicks(dialog.new_tag, "Climbing")
    qtbot.keyClick(dialog.new_tag, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.new_tag, "Work")
    assert dialog.tags() == ["Climbing"]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # takes the typed one
    qtbot.waitUntil(lambda: [c.text() for c in detail._chips] == ["Climbing", "Work"])
    assert not detail.tags_none.isVisible()

    qtbot.waitUntil(pane.tag_filter.isVisible)
    assert [pane.tag_filter.itemText(i) for i in range(pane.tag_filter.count())] == [
        "All",
        "Climbing",
        "Work",
    ]
    pane.tag_filter.setCurrentIndex(1)
    assert names(pane) == ["Bob from climbing"]
    assert pane.section.text() == "Climbing · 1"
    pane.tag_filter.setCurrentIndex(0)
    assert len(names(pane)) == 2
    settle(qtbot, alice_context)


def test_block_asks_first_then_hides_the_friend_until_unblocked(
    qtbot: QtBot, alice_context: AppContext, alice: Core, bob: Core
) -> None:
    _window, pane = friends_window(qtbot, alice_context, bob)
    pane.show_contact(bob.me)
    detail = pane.detail
    assert detail.block_button.text() == "Block"
    qtbot.mouseClick(detail.block_button, Qt.MouseButton.LeftButton)
    box = detail.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Block Bob?"
    cancel = next(b for b in box.buttons() if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    settle(qtbot, alice_context)
    assert not alice.contacts.is_blocked(bob.me)

    qtbot.mouseClick(detail.block_button, Qt.MouseButton.LeftButton)
    box = detail.confirm_box
    assert box is not None
    block = next(b for b in box.buttons() if b.text() == "Block")
    assert isinstance(block, QPushButton)
    qtbot.mouseClick(block, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: alice.contacts.is_blocked(bob.me))
    qtbot.waitUntil(lambda: names(pane) == [])
    assert detail.state_pill.text() == "Blocked: you don't receive their messages"
    assert not detail.send_button.isVisible()
    assert detail.block_button.text() == "Unblock"
    pane.tag_filter.setCurrentIndex(pane.tag_filter.findText("Blocked"))
    assert names(pane) == ["Bob"]

    qtbot.mouseClick(detail.block_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not alice.contacts.is_blocked(bob.me))
    qtbot.waitUntil(lambda: not pane.tag_filter.isVisible())
    assert names(pane) == ["Bob"]
    settle(qtbot, alice_context)


def test_safety_number_is_shown_as_digits_and_qr_and_can_be_marked_verified(
    qtbot: QtBot, alice_context: AppContext, alice: Core, bob: Core
) -> None:
    _window, pane = friends_window(qtbot, alice_context, bob)
    pane.show_contact(bob.me)
    assert pane.detail.safety_state.text() == "Not verified yet"
    qtbot.mouseClick(pane.detail.view_safety, Qt.MouseButton.LeftButton)
    dialog = pane.safety_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.number))
    expected = alice.contacts.safety_number(bob.me)
    assert dialog.number == expected and len(expected) == 60
    lines = dialog.digits.text().split("\n")
    assert len(lines) == 3 and all(len(line.split()) == 4 for line in lines)
    assert " ".join(lines).split() == digit_groups(expected)
    code = dialog.code.pixmap()
    assert decode_qr(code.toImage()) == [expected]
    assert dialog.status.text() == "Not verified"
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.verified)
    assert dialog.verify_button.text() == "Clear verification"
    assert alice.contacts.get(bob.me).verified  # type: ignore[union-attr]
    qtbot.waitUntil(pane.detail.verified_pill.isVisible)
    assert pane.detail.safety_state.text() == "Verified in person"
    settle(qtbot, alice_context)


def test_my_qr_card_decodes_to_my_card_and_copies_its_text(
    qtbot: QtBot, alice_context: AppContext, alice: Core
) -> None:
    pane = ContactsPane(alice_context)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: pane.directory.loaded)
    assert pane.empty.headline.text() == "No friends yet"
    qtbot.mouseClick(pane.empty_qr, Qt.MouseButton.LeftButton)
    dialog = pane.qr_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.copy_button.isEnabled)
    assert dialog.card_text == alice.card().to_text()
    assert decode_qr(dialog.code.pixmap().toImage()) == [alice.card().to_text()]
    assert dialog.name.text() == "Alice"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == alice.card().to_text()
    assert dialog.notice.text().startswith("Card text copied")
    settle(qtbot, alice_context)


def test_double_click_opens_the_chat_and_right_click_offers_actions(
    qtbot: QtBot, alice_context: AppContext, bob: Core
) -> None:
    window, pane = friends_window(qtbot, alice_context, bob)
    rect = pane.list.visualRect(pane.model.index(0))
    qtbot.mouseClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chats = window.panes["chats"]
    assert isinstance(chats, FakeChatsPane)
    assert chats.conversations == [direct_conversation(bob.me)]
    window.show_pane("contacts")
    pane.list.customContextMenuRequested.emit(rect.center())
    menu = pane.row_menu
    assert menu is not None
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Send message",
        "Edit tags…",
        "Safety number",
        "Block…",
    ]
    menu.close()
    settle(qtbot, alice_context)
