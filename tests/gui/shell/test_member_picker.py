"""The "Start group chat" picker: one click on a friend's box ticks it once."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from core.facade import Core
from desktop.chats.groups.member_picker import MemberPicker
from desktop.context import AppContext
from desktop.people import AvatarCache
from tests.support.profiles import befriend


def _box_centre(picker: MemberPicker, row: int) -> QPoint:
    view = picker.list
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualItemRect(view.item(row))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
    option.decorationSize = view.iconSize()
    option.text = view.item(row).text()
    rect = view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
    )
    return rect.center()


def test_clicking_the_box_or_the_name_ticks_once(
    qtbot: QtBot, alice: Core, bob: Core, alice_context: AppContext
) -> None:
    befriend(alice, bob)
    friends = [c for c in alice.contacts.all_contacts() if c.is_friend]
    picker = MemberPicker(friends, AvatarCache(alice_context), "Start group chat", True)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    item = picker.list.item(0)
    viewport = picker.list.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_box_centre(picker, 0))
    assert item.checkState() == Qt.CheckState.Checked
    assert picker.chosen() == [bob.me]
    name_spot = picker.list.visualItemRect(item).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=name_spot)
    assert item.checkState() == Qt.CheckState.Unchecked
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=name_spot)
    assert item.checkState() == Qt.CheckState.Checked
