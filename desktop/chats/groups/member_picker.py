"""Pick friends (with a filter): for a new group chat, or to add people to one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.contacts import Contact
from desktop.i18n import translate
from desktop.people import AvatarCache
from desktop.widgets.translated import grow_to_fit


class MemberPicker(QDialog):
    """``ask_name`` adds a group-name field (new groups); ``exclude`` hides current members."""

    def __init__(
        self,
        friends: Sequence[Contact],
        avatars: AvatarCache,
        title: str,
        ask_name: bool,
        exclude: Sequence[bytes] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberPicker")
        self.setWindowTitle(title)
        self.resize(380, 520)
        layout = QVBoxLayout(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("groupNameField")
        self.name.setPlaceholderText(translate("ChatTexts", "Group name"))
        self.name.setMaxLength(64)
        self.name.setVisible(ask_name)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("ChatTexts", "Search friends"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("memberList")
        self.list.setIconSize(QSize(32, 32))
        self.empty = QLabel(
            translate("ChatTexts", "You have no friends to add yet. Add people in Contacts."), self
        )
        self.empty.setWordWrap(True)
        excluded = {bytes(e) for e in exclude}
        for friend in friends:
            if bytes(friend.identity) in excluded:
                continue
            item = QListWidgetItem(
                QIcon(avatars.person(friend.identity, friend.display_name, 32)),
                friend.display_name,
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, bytes(friend.identity))
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("memberPickerOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._ask_name = ask_name
        for widget in (self.name, self.filter, self.list, self.empty, self.buttons):
            layout.addWidget(widget)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(lambda _item: self._update())
        self._pressed: tuple[QListWidgetItem, Qt.CheckState] | None = None
        self.list.viewport().installEventFilter(self)
        self.list.itemClicked.connect(self._toggle)
        self.name.textChanged.connect(lambda _text: self._update())
        self._update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        grow_to_fit(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The row's state at the press: a press on the box itself never reaches itemPressed.
        if watched is self.list.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            assert isinstance(event, QMouseEvent)
            item = self.list.itemAt(event.position().toPoint())
            self._pressed = None if item is None else (item, item.checkState())
        return super().eventFilter(watched, event)

    def _toggle(self, item: QListWidgetItem) -> None:
        """A click on the row's name ticks it; a click on the box itself was already handled
        by Qt (toggling here too would undo it)."""
        pressed, self._pressed = self._pressed, None
        if pressed is not None and pressed[0] is item and pressed[1] != item.checkState():
            return
        item.setCheckState(
            Qt.CheckState.Unchecked
            if item.checkState() == Qt.CheckState.Checked
            else Qt.CheckState.Checked
        )

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def chosen(self) -> list[bytes]:
        found = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(bytes(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def set_checked(self, identities: Sequence[bytes]) -> None:
        wanted = {bytes(i) for i in identities}
        for row in range(self.list.count()):
            item = self.list.item(row)
            if bytes(item.data(Qt.ItemDataRole.UserRole)) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    def group_name(self) -> str:
        typed = self.name.text().strip()
        if typed:
            return typed
        names = [self.list.item(r).text() for r in range(self.list.count())
                 if self.list.item(r).checkState() == Qt.CheckState.Checked]  # fmt: skip
        return translate("ChatTexts", ", ").join(names[:3])[:64]

    def _update(self) -> None:
        count = len(self.chosen())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(count > 0)
        ok.setText(
            translate("ChatTexts", "Create (%n)", None, count)
            if self._ask_name
            else translate("ChatTexts", "Add (%n)", None, count)
        )
