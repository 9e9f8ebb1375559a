"""The group side panel: name and announcement (editable by the owner and admins), members
with their roles, add / remove / make admin, invite by QR, and leaving the group.

Signals:
    closed(): the panel's close button was pressed.
    changed(object): the group changed through this panel (the new GroupInfo).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.chat import GroupInfo, Role
from core.facade import Core
from desktop.chats.groups.invite_qr import InviteQrDialog
from desktop.chats.groups.member_picker import MemberPicker
from desktop.chats.scoped_runner import Runner
from desktop.i18n import translate
from desktop.icons import icon
from desktop.people import AvatarCache, PeopleDirectory


def role_label(role: Role) -> str:
    return {
        Role.OWNER: translate("ChatTexts", "Owner"),
        Role.ADMIN: translate("ChatTexts", "Admin"),
    }.get(role, "")


class GroupInfoPanel(QWidget):
    closed = Signal()
    changed = Signal(object)

    def __init__(
        self,
        core: Core,
        runner: Runner,
        directory: PeopleDirectory,
        avatars: AvatarCache,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("groupInfo")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(290)
        self._core, self._runner = core, runner
        self._directory, self._avatars = directory, avatars
        self.info: GroupInfo | None = None
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 14)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: 600; font-size: 15px;")
        self.close_button = QToolButton(self)
        self.close_button.setIcon(icon("chat/close", "#8a8f96"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.closed.emit)
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button)
        self.name_title = self._section()
        self.name = QLineEdit(self)
        self.name.setMaxLength(64)
        self.name.editingFinished.connect(self._rename)
        self.announcement_title = self._section()
        self.announcement = QPlainTextEdit(self)
        self.announcement.setMaximumHeight(90)
        self.save_announcement = QPushButton(self)
        self.save_announcement.clicked.connect(self._announce)
        self.members_title = self._section()
        self.members = QListWidget(self)
        self.members.setIconSize(QSize(30, 30))
        self.members.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.members.customContextMenuRequested.connect(self._member_menu)
        row = QVBoxLayout()
        row.setSpacing(6)
        self.add_button = QPushButton(self)
        self.add_button.setIcon(icon("chat/add", "#8a8f96"))
        self.add_button.clicked.connect(self._add_members)
        self.invite_button = QPushButton(self)
        self.invite_button.setIcon(icon("chat/qr", "#8a8f96"))
        self.invite_button.clicked.connect(self._invite)
        row.addWidget(self.add_button)
        row.addWidget(self.invite_button)
        self.error = QLabel(self)
        self.error.setObjectName("errorNote")
        self.error.setWordWrap(True)
        self.error.hide()
        self.leave_button = QPushButton(self)
        self.leave_button.setStyleSheet("color: #e5484d;")
        self.leave_button.clicked.connect(self._leave)
        layout.addLayout(top)
        for widget in (self.name_title, self.name, self.announcement_title, self.announcement,
                       self.save_announcement, self.members_title):  # fmt: skip
            layout.addWidget(widget)
        layout.addWidget(self.members, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.leave_button)
        self.retranslate()

    def _section(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("sectionTitle")
        return label

    def retranslate(self) -> None:
        self.heading.setText(translate("ChatTexts", "Group info"))
        self.name_title.setText(translate("ChatTexts", "Group name"))
        self.announcement_title.setText(translate("ChatTexts", "Announcement"))
        self.save_announcement.setText(translate("ChatTexts", "Publish announcement"))
        self.add_button.setText(translate("ChatTexts", "Add members"))
        self.invite_button.setText(translate("ChatTexts", "Invite by QR"))
        self.leave_button.setText(translate("ChatTexts", "Leave group"))
        self.announcement.setPlaceholderText(translate("ChatTexts", "No announcement"))
        if self.info is not None:
            self.show_group(self.info)

    # -- showing ---------------------------------------------------------------------------------

    @property
    def my_role(self) -> Role | None:
        return self.info.role_of(self._core.me) if self.info is not None else None

    def show_group(self, info: GroupInfo) -> None:
        self.info = info
        manager = self.my_role in (Role.OWNER, Role.ADMIN)
        if not self.name.hasFocus():
            self.name.setText(info.name)
        self.name.setReadOnly(not manager)
        if not self.announcement.hasFocus():
            self.announcement.setPlainText(info.announcement)
        self.announcement.setReadOnly(not manager)
        self.save_announcement.setVisible(manager)
        self.add_button.setVisible(manager and info.am_member)
        self.invite_button.setVisible(manager and info.am_member)
        self.leave_button.setVisible(info.am_member and self.my_role is not Role.OWNER)
        active = info.active_members
        count = len(active)  # lupdate cannot parse a call among the arguments
        self.members_title.setText(translate("ChatTexts", "Members (%n)", None, count))
        self.members.clear()
        for member in active:
            name = self._directory.plain_name_of(member.identity) or member.name
            if bytes(member.identity) == bytes(self._core.me):
                name = translate("ChatTexts", "%1 (you)").replace("%1", name)
            label = role_label(member.role)
            item = QListWidgetItem(
                QIcon(self._avatars.person(member.identity, name, 30)),
                f"{name}    {label}" if label else name,
            )
            item.setData(Qt.ItemDataRole.UserRole, bytes(member.identity))
            self.members.addItem(item)

    # -- asking (tests replace these) ------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def pick_friends(self, exclude: list[bytes]) -> list[bytes]:
        picker = MemberPicker(
            self._directory.friends(),
            self._avatars,
            translate("ChatTexts", "Add members"),
            False,
            exclude,
            self,
        )
        return picker.chosen() if picker.exec() else []

    # -- actions ---------------------------------------------------------------------------------

    def _apply(self, work: Callable[[], Any]) -> None:
        self.error.hide()

        def done(info: GroupInfo) -> None:
            self._directory.remember_group(info)
            self.show_group(info)
            self.changed.emit(info)

        def fail(message: str) -> None:
            self.error.setText(message)
            self.error.show()

        self._runner.run(work, done, fail)

    def _rename(self) -> None:
        info = self.info
        name = self.name.text().strip()
        if info is None or self.name.isReadOnly() or not name or name == info.name:
            return
        groups = self._core.groups
        self._apply(lambda: groups.rename(info.group_id, name))

    def _announce(self) -> None:
        info = self.info
        if info is None:
            return
        text = self.announcement.toPlainText().strip()
        groups = self._core.groups
        self._apply(lambda: groups.set_announcement(info.group_id, text))

    def _add_members(self) -> None:
        info = self.info
        if info is None:
            return
        chosen = self.pick_friends([bytes(m.identity) for m in info.active_members])
        if chosen:
            groups = self._core.groups
            self._apply(lambda: groups.add_members(info.group_id, chosen))

    def remove_member(self, identity: bytes) -> None:
        info = self.info
        if info is None:
            return
        name = self._directory.plain_name_of(identity)
        question = translate(
            "ChatTexts",
            "Remove %1 from the group? Hutong makes a new group key without them, so they "
            "cannot read anything said from now on. They keep what they already received.",
        ).replace("%1", name)
        if not self.confirm(translate("ChatTexts", "Remove member"), question):
            return
        groups = self._core.groups
        self._apply(lambda: groups.remove_member(info.group_id, identity))

    def set_admin(self, identity: bytes, admin: bool) -> None:
        info = self.info
        if info is not None:
            groups = self._core.groups
            self._apply(lambda: groups.set_admin(info.group_id, identity, admin))

    def _leave(self) -> None:
        info = self.info
        if info is None or not self.confirm(
            translate("ChatTexts", "Leave group"),
            translate("ChatTexts", "Leave %1? You will no longer receive its messages.").replace(
                "%1", info.name
            ),
        ):
            return
        groups = self._core.groups
        self._apply(lambda: groups.leave(info.group_id))

    def _invite(self) -> None:
        info = self.info
        if info is None:
            return
        self.dialog = InviteQrDialog(self._core, self._runner, info.group_id, info.name, self)
        self.dialog.show()

    def _member_menu(self, position: QPoint) -> None:
        item = self.members.itemAt(position)
        info = self.info
        if item is None or info is None:
            return
        identity = bytes(item.data(Qt.ItemDataRole.UserRole))
        role = info.role_of(identity)
        mine = self.my_role
        menu = QMenu(self)
        if mine is Role.OWNER and role is Role.MEMBER:
            menu.addAction(
                translate("ChatTexts", "Make admin"), lambda: self.set_admin(identity, True)
            )
        if mine is Role.OWNER and role is Role.ADMIN:
            menu.addAction(
                translate("ChatTexts", "Remove admin rights"),
                lambda: self.set_admin(identity, False),
            )
        can_remove = (mine is Role.OWNER and role in (Role.ADMIN, Role.MEMBER)) or (
            mine is Role.ADMIN and role is Role.MEMBER
        )
        if can_remove:
            menu.addAction(
                translate("ChatTexts", "Remove from group"), lambda: self.remove_member(identity)
            )
        if not menu.isEmpty():
            menu.popup(self.members.viewport().mapToGlobal(position))
