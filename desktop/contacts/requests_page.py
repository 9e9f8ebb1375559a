"""The "New friends" page: requests with their verification messages, accept or decline, and
the requests we sent that are still waiting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.contacts import Contact, ContactState
from desktop.contacts.when import when_text
from desktop.context import AppContext
from desktop.people import AvatarCache, AvatarLabel, PeopleDirectory
from desktop.widgets import (
    EmptyState,
    InlineNotice,
    PageHeader,
    TranslatedWidget,
    clear_scroll_area,
    set_role,
)
from desktop.widgets.guard import run_for


class RequestRow(QFrame):
    """One person: avatar, name, their message, and what we can do about it."""

    def __init__(
        self, page: NewFriendsPage, contact: Contact, avatars: AvatarCache, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.contact = contact
        self.setObjectName("requestRow")
        self.setProperty("surface", "card")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(14)
        avatar = AvatarLabel(avatars, 44, self)
        avatar.show_person(contact.identity, contact.display_name)
        layout.addWidget(avatar, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(3)
        top = QHBoxLayout()
        self.name = QLabel(contact.display_name, self)
        self.name.setObjectName("requestName")
        set_role(self.name, "heading")
        when = QLabel(when_text(contact.request_at_ms), self)
        set_role(when, "caption")
        top.addWidget(self.name)
        top.addStretch(1)
        top.addWidget(when)
        texts.addLayout(top)
        self.message = QLabel(self)
        self.message.setObjectName("requestMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.message, "secondary")
        if contact.request_message:
            self.message.setText(contact.request_message)
        else:
            self.message.setText(self.tr("(no message)"))
        texts.addWidget(self.message)
        layout.addLayout(texts, 1)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.accept_button: QPushButton | None = None
        self.decline_button: QPushButton | None = None
        self.state_label: QLabel | None = None
        if contact.state in (ContactState.PENDING, ContactState.DECLINED):
            self.accept_button = QPushButton(self.tr("Accept"), self)
            self.accept_button.setObjectName("acceptRequest")
            set_role(self.accept_button, "primary")
            self.accept_button.clicked.connect(lambda: page.accept(contact.identity))
            actions.addWidget(self.accept_button)
        if contact.state is ContactState.PENDING:
            self.decline_button = QPushButton(self.tr("Decline"), self)
            self.decline_button.setObjectName("declineRequest")
            self.decline_button.clicked.connect(lambda: page.decline(contact.identity))
            actions.addWidget(self.decline_button)
        else:
            text = (
                self.tr("Waiting")
                if contact.state is ContactState.REQUESTED
                else self.tr("Declined")
            )
            self.state_label = QLabel(text, self)
            set_role(self.state_label, "pill", tone="neutral")
            actions.insertWidget(0, self.state_label)
        layout.addLayout(actions)


class NewFriendsPage(TranslatedWidget):
    """Signals:
    accepted(bytes): we accepted this person's request (they are a friend now).
    """

    accepted = Signal(bytes)

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
        self._avatars = avatars
        self.rows: list[RequestRow] = []
        self.setObjectName("newFriends")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = PageHeader(self)
        outer.addWidget(self.header)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.empty = EmptyState(context, "add-person", self)
        scroll, self._list = clear_scroll_area(self)
        self._list.setContentsMargins(32, 20, 32, 24)
        self._list.setSpacing(10)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        self.notice = InlineNotice(self)
        self.notice.setContentsMargins(32, 0, 32, 8)
        outer.addWidget(self.notice)
        directory.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.header.set_title(
            self.tr("New friends"), self.tr("Requests to you, and the ones you sent")
        )
        self.empty.set_texts(
            self.tr("No friend requests"),
            self.tr(
                "When someone scans your QR code or finds you nearby, their request and "
                "message appear here."
            ),
        )
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        contacts = self._directory.snapshot.new_friends_page
        for contact in contacts:
            row = RequestRow(self, contact, self._avatars, self)
            self._list.insertWidget(self._list.count() - 1, row)
            self.rows.append(row)
        self.stack.setCurrentIndex(1 if contacts else 0)

    def row_for(self, identity: bytes) -> RequestRow | None:
        return next((row for row in self.rows if row.contact.identity == identity), None)

    def accept(self, identity: bytes) -> None:
        contacts = self._context.core.contacts
        self.notice.clear_notice()
        run_for(
            self,
            self._context.runner,
            lambda: contacts.accept(identity),
            lambda _contact: self.accepted.emit(bytes(identity)),
            self.notice.show_error,
        )

    def decline(self, identity: bytes) -> None:
        contacts = self._context.core.contacts
        self.notice.clear_notice()
        run_for(
            self,
            self._context.runner,
            lambda: contacts.decline(identity),
            None,
            self.notice.show_error,
        )
