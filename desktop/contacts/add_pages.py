"""The pages of the "Add contact" dialog: how to add, paste text, confirm a card and confirm a
group invite (the camera and done pages are :mod:`desktop.qr.scan_sources`'). Pages only show
and ask; the dialog does the work."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.chat import GroupInvite
from core.contacts import ContactState
from core.identity import ContactCard, display_id
from desktop.context import AppContext
from desktop.people import AvatarCache, AvatarLabel
from desktop.qr.scan_sources import (
    PastePage,
    SourcesPage,
    back_and_go,
    page_layout,
    role_label,
)
from desktop.widgets import (
    InlineNotice,
    TranslatedWidget,
    icon_pixmap,
    id_lines,
    set_role,
    theme_colors,
)

MAX_MESSAGE = 200


class ChooseSourcePage(SourcesPage):
    """Signals: picked(str): ``camera``, ``screen``, ``file``, ``clipboard``, ``text``, ``mine``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "source-", parent)
        footer = QHBoxLayout()
        self.my_code = QPushButton(self)
        set_role(self.my_code, "link")
        self.my_code.setCursor(Qt.CursorShape.PointingHandCursor)
        self.my_code.clicked.connect(lambda: self.picked.emit("mine"))
        footer.addWidget(self.my_code)
        footer.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(footer)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Add a contact"))
        self.explanation.setText(
            self.tr("Scan your friend's Hutong QR code, or paste the card text they sent you.")
        )
        self.set_tile_texts(
            {
                "camera": (self.tr("Scan with camera"), self.tr("Hold their phone or screen up")),
                "screen": (
                    self.tr("Scan from screen"),
                    self.tr("Select a QR code shown anywhere on your screen"),
                ),
                "file": (self.tr("Open a picture"), self.tr("A QR code saved as an image file")),
                "clipboard": (
                    self.tr("Paste a picture"),
                    self.tr("A QR code image you copied"),
                ),
                "text": (self.tr("Paste card text"), self.tr("Text that starts with HUTONG:C1:")),
            }
        )
        self.my_code.setText(self.tr("Show my QR code"))


class PasteTextPage(PastePage):
    """Signals: submitted(str), back()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, text_name="cardText")
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Paste card text"))
        self.explanation.setText(
            self.tr(
                "Ask your friend to copy their card text (Me › My QR code › Copy card text) "
                "and send it to you. It starts with HUTONG:C1:."
            )
        )
        self.text.setPlaceholderText("HUTONG:C1:…")
        self.back_button.setText(self.tr("Back"))
        self.continue_button.setText(self.tr("Continue"))


class ConfirmCardPage(TranslatedWidget):
    """Signals: sendRequested(str): the verification message; back()."""

    sendRequested = Signal(str)  # noqa: N815 - Qt signal naming
    back = Signal()

    def __init__(
        self, context: AppContext, avatars: AvatarCache, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.card: ContactCard | None = None
        self.state: ContactState | None = None
        layout = page_layout(self)
        self.heading = role_label(self, "title", wrap=False)
        layout.addWidget(self.heading)
        who = QHBoxLayout()
        who.setSpacing(14)
        self.avatar = AvatarLabel(avatars, 56, self)
        names = QVBoxLayout()
        names.setSpacing(2)
        self.name = QLabel(self)
        self.name.setObjectName("cardName")
        set_role(self.name, "heading")
        self.display_id = QLabel(self)
        self.display_id.setWordWrap(True)
        set_role(self.display_id, "caption")
        names.addWidget(self.name)
        names.addWidget(self.display_id)
        who.addWidget(self.avatar)
        who.addLayout(names, 1)
        layout.addLayout(who)
        layout.addSpacing(6)
        self.message_label = QLabel(self)
        set_role(self.message_label, "secondary")
        self.message = QLineEdit(self)
        self.message.setObjectName("verificationMessage")
        self.message.setMaxLength(MAX_MESSAGE)
        self.status = role_label(self, "secondary")
        self.notice = InlineNotice(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.back_button, self.send_button = back_and_go(self, layout, "sendRequest")
        self.back_button.clicked.connect(self.back.emit)
        self.send_button.clicked.connect(lambda: self.sendRequested.emit(self.message.text()))
        self.message.returnPressed.connect(self.send_button.click)
        self.retranslate()

    def show_card(self, card: ContactCard, state: ContactState | None) -> None:
        self.card = card
        self.state = state
        self.notice.clear_notice()
        self.avatar.show_person(card.identity_key, card.name)
        self.name.setText(card.name)
        self.display_id.setText(
            self.tr("Hutong ID: %1").replace("%1", id_lines(display_id(card.identity_key)))
        )
        self.message.setText(self.tr("Hi, I'm %1").replace("%1", self._context.core.name))
        self.send_button.setEnabled(True)
        self.retranslate()
        self.message.setFocus()
        self.message.selectAll()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Add this person?"))
        self.message_label.setText(self.tr("Verification message"))
        self.back_button.setText(self.tr("Back"))
        state = self.state
        asking = state not in (ContactState.PENDING, ContactState.FRIEND)
        self.message_label.setVisible(asking)
        self.message.setVisible(asking)
        if state is ContactState.FRIEND:
            self.status.setText(self.tr("You are already friends."))
            self.send_button.setText(self.tr("Done"))
        elif state is ContactState.PENDING:
            self.status.setText(self.tr("They already asked to be your friend. Accept them?"))
            self.send_button.setText(self.tr("Accept"))
        elif state is ContactState.REQUESTED:
            self.status.setText(self.tr("You already sent them a request. You can send it again."))
            self.send_button.setText(self.tr("Send again"))
        else:
            self.status.setText(
                self.tr(
                    "They see your name and this message, and can accept or decline. "
                    "The request reaches them the next time your computers meet on the network."
                )
            )
            self.send_button.setText(self.tr("Send friend request"))


class ConfirmInvitePage(TranslatedWidget):
    """Signals: joinRequested(), back()."""

    joinRequested = Signal()  # noqa: N815 - Qt signal naming
    back = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.invite: GroupInvite | None = None
        layout = page_layout(self)
        self.picture = QLabel(self)
        layout.addSpacing(12)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.heading = role_label(self, "title", wrap=False)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.inviter = QLabel(self)
        self.inviter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.inviter, "secondary")
        self.explanation = role_label(self, "secondary")
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = InlineNotice(self)
        for widget in (self.heading, self.inviter, self.explanation, self.notice):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.back_button, self.join_button = back_and_go(self, layout, "joinGroup")
        self.back_button.clicked.connect(self.back.emit)
        self.join_button.clicked.connect(self.joinRequested.emit)
        self.retranslate()

    def show_invite(self, invite: GroupInvite) -> None:
        self.invite = invite
        self.notice.clear_notice()
        self.join_button.setEnabled(True)
        ratio = self.devicePixelRatioF() or 1.0
        color = theme_colors(self._context).accent
        self.picture.setPixmap(icon_pixmap("group", color, 56, ratio))
        self.retranslate()

    def retranslate(self) -> None:
        invite = self.invite
        if invite is not None:
            self.heading.setText(self.tr("Join “%1”?").replace("%1", invite.group_name))
            self.inviter.setText(self.tr("Invited by %1").replace("%1", invite.inviter.name))
        self.explanation.setText(
            self.tr(
                "%1's Hutong adds you to the group the next time it sees you on the network."
            ).replace("%1", invite.inviter.name if invite else "")
        )
        self.back_button.setText(self.tr("Back"))
        self.join_button.setText(self.tr("Ask to join"))
