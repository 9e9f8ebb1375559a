"""One contact's page: who they are, remark and tags, safety number, block, "Send message"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.chat import direct_conversation
from core.contacts import Contact, ContactState
from core.identity import display_id
from desktop.context import AppContext
from desktop.people import AvatarCache, AvatarLabel, PeopleDirectory
from desktop.widgets import (
    InlineNotice,
    TranslatedWidget,
    id_lines,
    set_role,
)
from desktop.widgets.guard import run_for

MAX_CHIPS = 6


def _separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setObjectName("separator")
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFixedHeight(1)
    return line


class ContactDetailPage(TranslatedWidget):
    """Signals:
    editTagsRequested(bytes): the person wants to edit this contact's tags.
    safetyNumberRequested(bytes): the person wants to compare safety numbers.
    """

    editTagsRequested = Signal(bytes)  # noqa: N815 - Qt signal naming
    safetyNumberRequested = Signal(bytes)  # noqa: N815

    def __init__(
        self,
        context: AppContext,
        directory: PeopleDirectory,
        avatars: AvatarCache,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._directory = directory
        self.contact: Contact | None = None
        self._wanted = b""
        self.confirm_box: QMessageBox | None = None
        self.setObjectName("contactDetail")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 56, 24, 24)
        column = QWidget(self)
        column.setMaximumWidth(560)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column, 20)
        centred.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(32, 0, 32, 0)
        layout.setSpacing(18)

        top = QHBoxLayout()
        top.setSpacing(18)
        self.avatar = AvatarLabel(avatars, 68, column)
        top.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(4)
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        self.title = QLabel(column)
        set_role(self.title, "title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verified_pill = QLabel(column)
        set_role(self.verified_pill, "pill")
        title_row.addWidget(self.title)
        title_row.addWidget(self.verified_pill)
        title_row.addStretch(1)
        names.addLayout(title_row)
        self.original_name = QLabel(column)
        set_role(self.original_name, "secondary")
        self.display_id = QLabel(column)
        set_role(self.display_id, "caption")
        self.display_id.setWordWrap(True)
        self.display_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_pill = QLabel(column)
        set_role(self.state_pill, "pill", tone="warn")
        names.addWidget(self.original_name)
        names.addWidget(self.display_id)
        names.addWidget(self.state_pill, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(names, 1)
        layout.addLayout(top)
        layout.addWidget(_separator(column))

        form = QGridLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(14)
        form.setColumnMinimumWidth(0, 110)
        self.remark_label = QLabel(column)
        self.remark_edit = QLineEdit(column)
        self.remark_edit.setObjectName("remarkEdit")
        self.remark_edit.setMaxLength(64)
        self.remark_edit.editingFinished.connect(self._save_remark)
        self.tags_label = QLabel(column)
        self.tags_row = QHBoxLayout()
        self.tags_row.setSpacing(6)
        self.tags_none = QLabel(column)
        set_role(self.tags_none, "faint")
        self.edit_tags = QPushButton(column)
        set_role(self.edit_tags, "link")
        self.edit_tags.setCursor(Qt.CursorShape.PointingHandCursor)
        self.edit_tags.clicked.connect(self._ask_tags)
        self._chips: list[QLabel] = []
        tags_line = QHBoxLayout()
        tags_line.setSpacing(8)
        tags_line.addLayout(self.tags_row)
        tags_line.addWidget(self.tags_none)
        tags_line.addStretch(1)
        tags_line.addWidget(self.edit_tags)
        self.safety_label = QLabel(column)
        self.safety_state = QLabel(column)
        self.view_safety = QPushButton(column)
        set_role(self.view_safety, "link")
        self.view_safety.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view_safety.clicked.connect(self._ask_safety)
        safety_line = QHBoxLayout()
        safety_line.addWidget(self.safety_state)
        safety_line.addStretch(1)
        safety_line.addWidget(self.view_safety)
        self.address_label = QLabel(column)
        self.address_value = QLabel(column)
        set_role(self.address_value, "secondary")
        self.address_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.remark_label, self.tags_label, self.safety_label, self.address_label):
            set_role(label, "secondary")
        form.addWidget(self.remark_label, 0, 0)
        form.addWidget(self.remark_edit, 0, 1)
        form.addWidget(self.tags_label, 1, 0)
        form.addLayout(tags_line, 1, 1)
        form.addWidget(self.safety_label, 2, 0)
        form.addLayout(safety_line, 2, 1)
        form.addWidget(self.address_label, 3, 0)
        form.addWidget(self.address_value, 3, 1)
        layout.addLayout(form)
        layout.addWidget(_separator(column))

        actions = QHBoxLayout()
        actions.setSpacing(10)
        self.send_button = QPushButton(column)
        self.send_button.setObjectName("sendMessage")
        set_role(self.send_button, "primary")
        self.send_button.setMinimumWidth(160)
        self.send_button.clicked.connect(self.send_message)
        self.accept_button = QPushButton(column)
        set_role(self.accept_button, "primary")
        self.accept_button.clicked.connect(self._accept)
        self.block_button = QPushButton(column)
        set_role(self.block_button, "danger")
        self.block_button.clicked.connect(self.ask_block)
        actions.addStretch(1)
        actions.addWidget(self.send_button)
        actions.addWidget(self.accept_button)
        actions.addWidget(self.block_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.notice = InlineNotice(column)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.notice)
        directory.changed.connect(self._refresh)
        self.retranslate()

    # -- showing -----------------------------------------------------------------------------

    def show_contact(self, identity: bytes) -> None:
        self.notice.clear_notice()
        self._wanted = bytes(identity)  # shown once the directory has them, if not yet
        self.contact = self._directory.snapshot.get(identity)
        self._render()

    def _refresh(self) -> None:
        wanted = self.contact.identity if self.contact is not None else self._wanted
        if wanted:
            fresh = self._directory.snapshot.get(wanted)
            if fresh is not None:
                self.contact = fresh
                self._render()

    def retranslate(self) -> None:
        self.remark_label.setText(self.tr("Remark"))
        self.remark_edit.setPlaceholderText(self.tr("Add a name only you see"))
        self.tags_label.setText(self.tr("Tags"))
        self.tags_none.setText(self.tr("No tags"))
        self.edit_tags.setText(self.tr("Edit"))
        self.safety_label.setText(self.tr("Safety number"))
        self.view_safety.setText(self.tr("Compare"))
        self.address_label.setText(self.tr("Last seen at"))
        self.send_button.setText(self.tr("Send message"))
        self.accept_button.setText(self.tr("Accept request"))
        self._render()

    def _render(self) -> None:
        contact = self.contact
        if contact is None:
            return
        self.avatar.show_person(contact.identity, contact.display_name)
        self.title.setText(contact.display_name)
        self.original_name.setText(self.tr("Name: %1").replace("%1", contact.name))
        self.original_name.setVisible(bool(contact.remark) and contact.remark != contact.name)
        self.display_id.setText(
            self.tr("Hutong ID: %1").replace("%1", id_lines(display_id(contact.identity)))
        )
        self.verified_pill.setText(self.tr("Verified"))
        self.verified_pill.setVisible(contact.verified)
        state = self._state_text(contact)
        self.state_pill.setText(state)
        self.state_pill.setVisible(bool(state))
        if not self.remark_edit.hasFocus():
            self.remark_edit.setText(contact.remark)
        self._render_tags(contact.tags)
        self.safety_state.setText(
            self.tr("Verified in person") if contact.verified else self.tr("Not verified yet")
        )
        addresses = ", ".join(str(address) for address in contact.addresses)
        self.address_value.setText(addresses)
        self.address_label.setVisible(bool(addresses))
        self.address_value.setVisible(bool(addresses))
        self.send_button.setVisible(contact.is_friend and not contact.blocked)
        pending = contact.state in (ContactState.PENDING, ContactState.DECLINED)
        self.accept_button.setVisible(pending and not contact.blocked)
        self.block_button.setText(self.tr("Unblock") if contact.blocked else self.tr("Block"))

    def _state_text(self, contact: Contact) -> str:
        if contact.blocked:
            return self.tr("Blocked: you don't receive their messages")
        if contact.state is ContactState.REQUESTED:
            return self.tr("Friend request sent, waiting for them to accept")
        if contact.state is ContactState.PENDING:
            return self.tr("Wants to be your friend")
        if contact.state is ContactState.DECLINED:
            return self.tr("You declined their request")
        if contact.state is ContactState.KNOWN:
            return self.tr("Not your friend yet")
        return ""

    def _render_tags(self, tags: tuple[str, ...]) -> None:
        for chip in self._chips:
            chip.deleteLater()
        self._chips = []
        for tag in tags[:MAX_CHIPS]:
            chip = QLabel(tag, self)
            set_role(chip, "chip")
            self.tags_row.addWidget(chip)
            self._chips.append(chip)
        if len(tags) > MAX_CHIPS:
            more = QLabel(f"+{len(tags) - MAX_CHIPS}", self)
            set_role(more, "chip")
            self.tags_row.addWidget(more)
            self._chips.append(more)
        self.tags_none.setVisible(not tags)

    # -- acting ------------------------------------------------------------------------------

    def send_message(self) -> None:
        if self.contact is None:
            return
        self._context.navigator.open_conversation(direct_conversation(self.contact.identity))

    def _save_remark(self) -> None:
        contact = self.contact
        remark = self.remark_edit.text().strip()
        if contact is None or remark == contact.remark:
            return
        contacts = self._context.core.contacts
        identity = contact.identity
        run_for(
            self,
            self._context.runner,
            lambda: contacts.set_remark(identity, remark),
            None,
            self.notice.show_error,
        )

    def _ask_tags(self) -> None:
        if self.contact is not None:
            self.editTagsRequested.emit(bytes(self.contact.identity))

    def _ask_safety(self) -> None:
        if self.contact is not None:
            self.safetyNumberRequested.emit(bytes(self.contact.identity))

    def _accept(self) -> None:
        if self.contact is None:
            return
        contacts = self._context.core.contacts
        identity = self.contact.identity
        run_for(
            self,
            self._context.runner,
            lambda: contacts.accept(identity),
            None,
            self.notice.show_error,
        )

    def ask_block(self) -> None:
        contact = self.contact
        if contact is None:
            return
        if contact.blocked:
            self._set_blocked(False)
            return
        box = QMessageBox(self)
        box.setObjectName("confirmBlock")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Block %1?").replace("%1", contact.display_name))
        box.setText(self.tr("Block %1?").replace("%1", contact.display_name))
        box.setInformativeText(
            self.tr(
                "You will not receive their messages or requests any more. They are not told. "
                "You can unblock them later."
            )
        )
        block = box.addButton(self.tr("Block"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(block)
        box.finished.connect(lambda _result: self._blocked_answer(box.clickedButton() is block))
        self.confirm_box = box
        box.open()

    def _blocked_answer(self, confirmed: bool) -> None:
        self.confirm_box = None
        if confirmed:
            self._set_blocked(True)

    def _set_blocked(self, blocked: bool) -> None:
        if self.contact is None:
            return
        contacts = self._context.core.contacts
        identity = self.contact.identity
        run_for(
            self,
            self._context.runner,
            lambda: contacts.set_blocked(identity, blocked),
            None,
            self.notice.show_error,
        )
