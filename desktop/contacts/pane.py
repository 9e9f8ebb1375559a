"""The Contacts pane: search and tag filter over the friend list, "New friends" and "People
nearby" above it, and the selected contact (or page) on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.contacts.add_dialog import AddContactDialog
from desktop.contacts.delegate import ContactDelegate
from desktop.contacts.detail import ContactDetailPage
from desktop.contacts.entry_row import EntryRow
from desktop.contacts.list_model import FILTER_BLOCKED, ContactListModel, IdentityRole
from desktop.contacts.nearby_page import PeopleNearbyPage
from desktop.contacts.requests_page import NewFriendsPage
from desktop.contacts.safety_dialog import SafetyNumberDialog
from desktop.contacts.tags_dialog import TagsDialog
from desktop.context import AppContext
from desktop.qr import MyQrCardDialog
from desktop.shell.pane import Pane
from desktop.widgets import EmptyState, SearchField, set_role, themed_icon

SIDE_WIDTH = 268


class ContactsPane(Pane):
    pane_id = "contacts"
    icon_name = "contacts"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        context.navigator.profiles = self
        self.directory = context.people.directory
        self.avatars = context.people.avatars
        self.add_dialog: AddContactDialog | None = None
        self.qr_dialog: MyQrCardDialog | None = None
        self.tags_dialog: TagsDialog | None = None
        self.safety_dialog: SafetyNumberDialog | None = None
        self.row_menu: QMenu | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(1)
        layout.addWidget(splitter)
        splitter.addWidget(self._build_side())
        splitter.addWidget(self._build_content())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([SIDE_WIDTH, 800])
        self.directory.changed.connect(self._on_contacts)
        context.themes.changed.connect(self._restyle)
        self.retranslate()

    # -- building ------------------------------------------------------------------------------

    def _build_side(self) -> QWidget:
        side = QWidget(self)
        side.setObjectName("contactsSide")
        side.setProperty("surface", "side")
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        side.setMinimumWidth(220)
        side.setMaximumWidth(380)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(12, 14, 12, 10)
        top.setSpacing(8)
        self.search = SearchField(self.context, side)
        self.search.textChanged.connect(self._apply_filter)
        self.add_button = QToolButton(side)
        self.add_button.setObjectName("addContactButton")
        set_role(self.add_button, "icon")
        self.add_button.setIconSize(QSize(20, 20))
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(self.open_add_dialog)
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)
        column.addLayout(top)
        self.new_friends_entry = EntryRow(self.context, "add-person", "tile_new_friends", side)
        self.new_friends_entry.setObjectName("newFriendsEntry")
        self.new_friends_entry.clicked.connect(self.show_new_friends)
        self.nearby_entry = EntryRow(self.context, "nearby", "tile_nearby", side)
        self.nearby_entry.setObjectName("nearbyEntry")
        self.nearby_entry.clicked.connect(self.show_nearby)
        column.addWidget(self.new_friends_entry)
        column.addWidget(self.nearby_entry)
        filters = QHBoxLayout()
        filters.setContentsMargins(12, 10, 12, 4)
        self.section = QLabel(side)
        set_role(self.section, "section")
        self.tag_filter = QComboBox(side)
        self.tag_filter.setObjectName("tagFilter")
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag_filter.currentIndexChanged.connect(self._apply_filter)
        filters.addWidget(self.section, 1)
        filters.addWidget(self.tag_filter)
        column.addLayout(filters)
        self.model = ContactListModel()
        self.list = QListView(side)
        self.list.setObjectName("sideList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ContactDelegate(self.context, self.avatars, self.list))
        self.list.setMouseTracking(True)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.selectionModel().selectionChanged.connect(self._on_selected)
        self.list.doubleClicked.connect(self._open_chat_at)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_row_menu)
        self.avatars.changed.connect(self._repaint_list)
        column.addWidget(self.list, 1)
        self.no_results = QLabel(side)
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_results.setWordWrap(True)
        self.no_results.setContentsMargins(16, 24, 16, 24)
        set_role(self.no_results, "faint")
        self.no_results.hide()
        column.addWidget(self.no_results)
        return side

    def _build_content(self) -> QWidget:
        self.content = QStackedWidget(self)
        self.content.setObjectName("contactsContent")
        self.content.setProperty("surface", "content")
        self.empty = EmptyState(self.context, "contacts", self.content)
        self.empty_add = QPushButton(self.empty)
        set_role(self.empty_add, "primary")
        self.empty_add.clicked.connect(self.open_add_dialog)
        self.empty_qr = QPushButton(self.empty)
        self.empty_qr.clicked.connect(self.open_my_qr)
        self.empty.add_action(self.empty_add)
        self.empty.add_action(self.empty_qr)
        self.detail = ContactDetailPage(self.context, self.directory, self.avatars, self.content)
        self.detail.editTagsRequested.connect(self.open_tags_dialog)
        self.detail.safetyNumberRequested.connect(self.open_safety_dialog)
        self.requests = NewFriendsPage(self.context, self.directory, self.avatars, self.content)
        self.requests.accepted.connect(self.show_contact)
        self.nearby = PeopleNearbyPage(self.context, self.directory, self.avatars, self.content)
        self.nearby.addRequested.connect(self.add_from_card_text)
        self.nearby.showRequested.connect(lambda _identity: self.show_new_friends())
        for page in (self.empty, self.detail, self.requests, self.nearby):
            self.content.addWidget(page)
        return self.content

    # -- texts and looks -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Contacts")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search"))
        self.add_button.setToolTip(self.tr("Add contact"))
        self.add_button.setAccessibleName(self.tr("Add contact"))
        self.new_friends_entry.setText(self.tr("New friends"))
        self.nearby_entry.setText(self.tr("People nearby"))
        self.empty_add.setText(self.tr("Add contact"))
        self.empty_qr.setText(self.tr("My QR code"))
        self._fill_tag_filter()
        self._on_contacts()
        self._restyle()

    def _repaint_list(self, *_identity: object) -> None:
        self.list.viewport().update()

    def _restyle(self, *_theme: object) -> None:
        self.add_button.setIcon(themed_icon(self.context, "add-person"))
        self.list.viewport().update()

    # -- data ----------------------------------------------------------------------------------

    def _on_contacts(self) -> None:
        snapshot = self.directory.snapshot
        self._fill_tag_filter()
        self.model.set_contacts(snapshot.friends, snapshot.blocked)
        self._apply_filter()
        self.new_friends_entry.set_count(len(snapshot.requests))
        self.badgeChanged.emit(len(snapshot.requests))
        self.empty.set_actions_visible(not snapshot.friends)
        if not snapshot.friends:
            self.empty.set_texts(
                self.tr("No friends yet"),
                self.tr(
                    "Add people by scanning their Hutong QR code, or find them under People "
                    "nearby. Show them your own code so they can add you."
                ),
            )
        else:
            self.empty.set_texts("", self.tr("Choose someone on the left to see their details."))

    def _fill_tag_filter(self) -> None:
        snapshot = self.directory.snapshot
        wanted: list[tuple[str, str]] = [(self.tr("All"), "")]
        wanted += [(tag, tag) for tag in snapshot.tags]
        if snapshot.blocked:
            wanted.append((self.tr("Blocked"), FILTER_BLOCKED))
        current = self.tag_filter.currentData() or ""
        existing = [
            (self.tag_filter.itemText(i), self.tag_filter.itemData(i))
            for i in range(self.tag_filter.count())
        ]
        if existing != wanted:
            self.tag_filter.blockSignals(True)
            self.tag_filter.clear()
            for text, data in wanted:
                self.tag_filter.addItem(text, data)
            index = self.tag_filter.findData(current)
            self.tag_filter.setCurrentIndex(max(0, index))
            self.tag_filter.blockSignals(False)
        self.tag_filter.setVisible(len(wanted) > 1)

    def _apply_filter(self, *_args: object) -> None:
        selected = self._selected_identity()
        tag = str(self.tag_filter.currentData() or "")
        text = self.search.text()
        self.model.set_filter(text, tag)
        searching = bool(text.strip())
        self.new_friends_entry.setVisible(not searching)
        self.nearby_entry.setVisible(not searching)
        count = self.model.rowCount()
        if tag == FILTER_BLOCKED:
            self.section.setText(self.tr("Blocked · %1").replace("%1", str(count)))
        elif tag:
            self.section.setText(f"{tag} · {count}")
        else:
            self.section.setText(self.tr("Friends · %1").replace("%1", str(count)))
        self.no_results.setText(
            self.tr("No one matches “%1”").replace("%1", text.strip())
            if searching
            else self.tr("Nobody here yet")
        )
        self.no_results.setVisible(count == 0 and (searching or bool(tag)))
        if selected is not None:
            row = self.model.row_of(selected)
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))

    def _selected_identity(self) -> bytes | None:
        index = self.list.currentIndex()
        value = index.data(IdentityRole) if index.isValid() else None
        return bytes(value) if value else None

    # -- navigation ----------------------------------------------------------------------------

    def _on_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        identity = indexes[0].data(IdentityRole)
        if identity:
            self._check_entry(None)
            self.detail.show_contact(bytes(identity))
            self.content.setCurrentWidget(self.detail)

    def _open_chat_at(self, index: QModelIndex) -> None:
        """Double-click opens the chat, as in WeChat."""
        identity = index.data(IdentityRole)
        if identity:
            self.show_contact(bytes(identity))
            self.detail.send_message()

    def _show_row_menu(self, position: QPoint) -> None:
        index = self.list.indexAt(position)
        identity = index.data(IdentityRole) if index.isValid() else None
        if not identity:
            return
        self.show_contact(bytes(identity))
        menu = QMenu(self)
        menu.addAction(self.tr("Send message"), self.detail.send_message)
        menu.addAction(self.tr("Edit tags…"), lambda: self.open_tags_dialog(bytes(identity)))
        menu.addAction(self.tr("Safety number"), lambda: self.open_safety_dialog(bytes(identity)))
        menu.addSeparator()
        menu.addAction(self.tr("Block…"), self.detail.ask_block)
        self.row_menu = menu
        menu.popup(self.list.viewport().mapToGlobal(position))

    def _check_entry(self, entry: EntryRow | None) -> None:
        for row in (self.new_friends_entry, self.nearby_entry):
            row.setChecked(row is entry)

    def show_contact(self, identity: bytes) -> None:
        """Select someone in the list (when visible) and show their page."""
        self._check_entry(None)
        row = self.model.row_of(identity)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        self.detail.show_contact(identity)
        self.content.setCurrentWidget(self.detail)

    def show_overview(self) -> None:
        """Nothing selected: the friend count, or how to add a first friend."""
        self.list.clearSelection()
        self.list.setCurrentIndex(self.model.index(-1))
        self._check_entry(None)
        self.content.setCurrentWidget(self.empty)

    def show_new_friends(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentIndex(self.model.index(-1))
        self._check_entry(self.new_friends_entry)
        self.content.setCurrentWidget(self.requests)

    def show_nearby(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentIndex(self.model.index(-1))
        self._check_entry(self.nearby_entry)
        self.content.setCurrentWidget(self.nearby)

    # -- dialogs -------------------------------------------------------------------------------

    def open_add_dialog(self) -> AddContactDialog:
        dialog = AddContactDialog(self.context, self)
        dialog.contactAdded.connect(lambda _identity: self.directory.reload())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def add_from_card_text(self, card_text: str) -> AddContactDialog:
        dialog = self.open_add_dialog()
        dialog.start_with_card_text(card_text)
        return dialog

    def open_my_qr(self) -> MyQrCardDialog:
        dialog = MyQrCardDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.qr_dialog = dialog
        dialog.open()
        return dialog

    def open_tags_dialog(self, identity: bytes) -> TagsDialog | None:
        contact = self.directory.snapshot.get(identity)
        if contact is None:
            return None
        known = self.directory.snapshot.tags
        dialog = TagsDialog(self.context, identity, contact.display_name, contact.tags, known, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tags_dialog = dialog
        dialog.open()
        return dialog

    def open_safety_dialog(self, identity: bytes) -> SafetyNumberDialog | None:
        contact = self.directory.snapshot.get(identity)
        if contact is None:
            return None
        dialog = SafetyNumberDialog(
            self.context, identity, contact.display_name, contact.verified, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.safety_dialog = dialog
        dialog.open()
        return dialog
