"""Choosing who can see a post: all friends, only me, chosen friends or tags, or all friends
except the chosen ones (WeChat's Public / Private / Share with / Don't share).

Signals:
    chosen(object): an :class:`AudienceChoice` was confirmed.
    cancelled(): the user went back without changing anything.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.contacts import Contact
from core.moments import Audience, AudienceChoice
from desktop.context import AppContext
from desktop.moments.texts import audience_description, audience_name
from desktop.people import AvatarCache
from desktop.widgets import InlineNotice, SearchField, TranslatedWidget, set_role

KINDS = (Audience.ALL_FRIENDS, Audience.ONLY_ME, Audience.CHOSEN, Audience.ALL_EXCEPT)
TagRole = Qt.ItemDataRole.UserRole + 1
PersonRole = Qt.ItemDataRole.UserRole + 2


def audience_summary(choice: AudienceChoice, name_of: dict[bytes, str]) -> str:
    """One line for the compose dialog: "All friends", "Share with: Ann, Work"."""
    if choice.kind in (Audience.ALL_FRIENDS, Audience.ONLY_ME):
        return audience_description(choice.kind)
    names = [name_of.get(bytes(p), bytes(p).hex()[:8]) for p in choice.people] + list(choice.tags)
    return f"{audience_name(choice.kind)}: {', '.join(names)}"


class AudiencePicker(TranslatedWidget):
    chosen = Signal(object)
    cancelled = Signal()

    def __init__(
        self, context: AppContext, avatars: AvatarCache, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audiencePicker")
        self._avatars = avatars
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.group = QButtonGroup(self)
        self.options: dict[Audience, QRadioButton] = {}
        self.captions: dict[Audience, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addSpacing(6)
        for kind in KINDS:
            button = QRadioButton(self)
            caption = QLabel(self)
            set_role(caption, "caption")
            caption.setContentsMargins(26, 0, 0, 6)
            self.group.addButton(button)
            self.options[kind], self.captions[kind] = button, caption
            button.toggled.connect(self._kind_changed)
            layout.addWidget(button)
            layout.addWidget(caption)
        self.search = SearchField(context, self)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setObjectName("tagList")  # the themes style it like the tags list
        self.list.setIconSize(QSize(28, 28))
        self.list.itemChanged.connect(lambda _item: self._update_count())
        self.count = QLabel(self)
        set_role(self.count, "caption")
        self.notice = InlineNotice(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back = QPushButton(self)
        self.done = QPushButton(self)
        set_role(self.done, "primary")
        self.back.clicked.connect(self.cancelled.emit)
        self.done.clicked.connect(self.confirm)
        buttons.addWidget(self.back)
        buttons.addWidget(self.done)
        layout.addLayout(buttons)
        self.section_colour = "#7f7f7f"
        self._friends: list[Contact] = []
        self._tags: list[str] = []
        self.options[Audience.ALL_FRIENDS].setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Who can see this post"))
        for kind in KINDS:
            self.options[kind].setText(audience_name(kind))
            self.captions[kind].setText(audience_description(kind))
        self.search.setPlaceholderText(self.tr("Search friends and tags"))
        self.back.setText(self.tr("Back"))
        self.done.setText(self.tr("Done"))
        self._fill()

    # -- content -----------------------------------------------------------------------------

    def set_people(self, friends: Sequence[Contact], tags: Sequence[str]) -> None:
        self._friends = sorted(friends, key=lambda c: c.display_name.casefold())
        self._tags = sorted(tags, key=str.casefold)
        self._fill()

    def set_choice(self, choice: AudienceChoice) -> None:
        self.options[choice.kind].setChecked(True)
        self._fill(set(map(bytes, choice.people)), set(choice.tags))

    def kind(self) -> Audience:
        for kind, button in self.options.items():
            if button.isChecked():
                return kind
        return Audience.ALL_FRIENDS

    def _section(self, text: str) -> None:
        item = QListWidgetItem(text, self.list)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setPixelSize(12)
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QColor(self.section_colour))

    def _fill(self, people: set[bytes] | None = None, tags: set[str] | None = None) -> None:
        if people is None or tags is None:
            chosen_people, chosen_tags = self.chosen_people(), self.chosen_tags()
            people = set(chosen_people) if people is None else people
            tags = set(chosen_tags) if tags is None else tags
        self.list.blockSignals(True)
        self.list.clear()
        if self._tags:
            self._section(self.tr("Tags"))
        for tag in self._tags:
            members = sum(1 for c in self._friends if tag in c.tags)
            count = self.tr("1 friend") if members == 1 else self.tr("%1 friends")
            item = QListWidgetItem(f"{tag}  ·  {count.replace('%1', str(members))}", self.list)
            item.setData(TagRole, tag)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tag in tags else Qt.CheckState.Unchecked)
        self._section(self.tr("Friends") if self._friends else self.tr("No friends yet"))
        for friend in self._friends:
            identity = bytes(friend.identity)
            icon = QIcon(self._avatars.person(identity, friend.display_name, 28))
            item = QListWidgetItem(icon, friend.display_name, self.list)
            item.setData(PersonRole, identity)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = identity in people
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._filter(self.search.text())
        self._kind_changed()

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(n) for n in range(self.list.count())]

    def chosen_people(self) -> list[bytes]:
        return [
            bytes(i.data(PersonRole))
            for i in self._items()
            if i.data(PersonRole) is not None and i.checkState() == Qt.CheckState.Checked
        ]

    def chosen_tags(self) -> list[str]:
        return [
            str(i.data(TagRole))
            for i in self._items()
            if i.data(TagRole) is not None and i.checkState() == Qt.CheckState.Checked
        ]

    def check(self, people: Sequence[bytes] = (), tags: Sequence[str] = ()) -> None:
        """Tick friends and tags (what a click on each does; also for tests)."""
        for item in self._items():
            if item.data(PersonRole) is not None and bytes(item.data(PersonRole)) in people:
                item.setCheckState(Qt.CheckState.Checked)
            if item.data(TagRole) is not None and item.data(TagRole) in tags:
                item.setCheckState(Qt.CheckState.Checked)

    # -- behaviour ---------------------------------------------------------------------------

    def _kind_changed(self, *_args: object) -> None:
        needs = self.kind() in (Audience.CHOSEN, Audience.ALL_EXCEPT)
        for widget in (self.search, self.list, self.count):
            widget.setVisible(needs)
        self.notice.clear_notice()
        self._update_count()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            selectable = bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
            item.setHidden(selectable and bool(needle) and needle not in item.text().casefold())

    def _update_count(self) -> None:
        people, tags = self.chosen_people(), self.chosen_tags()
        names = {bytes(c.identity): c.display_name for c in self._friends}
        chosen = [names.get(p, p.hex()[:8]) for p in people] + tags
        self.count.setText(
            self.tr("Chosen: %1").replace("%1", ", ".join(chosen))
            if chosen
            else self.tr("Nobody chosen yet")
        )
        if chosen:
            self.notice.clear_notice()

    def choice(self) -> AudienceChoice:
        kind = self.kind()
        if kind in (Audience.ALL_FRIENDS, Audience.ONLY_ME):
            return AudienceChoice(kind)
        return AudienceChoice(kind, tuple(self.chosen_people()), tuple(self.chosen_tags()))

    def confirm(self) -> None:
        choice = self.choice()
        if choice.kind is Audience.CHOSEN and not (choice.people or choice.tags):
            self.notice.show_error(self.tr("Choose at least one friend or tag who can see it"))
            return
        if choice.kind is Audience.ALL_EXCEPT and not (choice.people or choice.tags):
            self.notice.show_error(self.tr("Choose the friends or tags to leave out"))
            return
        self.chosen.emit(choice)
