"""Adding a contact: scan a QR code (camera, screen region, picture file, pasted picture) or
paste card text, check it, confirm, then send the friend request, or ask to join a group.

Signals:
    contactAdded(bytes): a request was sent to (or accepted from) this identity.
    joinRequested(str): we asked to join this group (its conversation id).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from core.chat import group_conversation
from core.contacts import Contact, ContactState
from core.identity import ContactCard
from desktop.contacts.add_pages import (
    ChooseSourcePage,
    ConfirmCardPage,
    ConfirmInvitePage,
    PasteTextPage,
)
from desktop.context import AppContext
from desktop.qr import (
    MyQrCardDialog,
    ScannedCard,
    ScannedInvite,
    ScanProblem,
    ScanResult,
    problem_text,
    read_code,
    read_picture,
)
from desktop.qr.scan_flow import ScanningDialog, has_cameras
from desktop.qr.scan_sources import CameraPage, DonePage
from desktop.widgets.guard import run_for


class AddContactDialog(ScanningDialog):
    """``has_cameras`` is a constructor argument (tests replace it); see ScanningDialog for
    the other edges."""

    contactAdded = Signal(bytes)  # noqa: N815 - Qt signal naming
    joinRequested = Signal(str)  # noqa: N815

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        has_cameras: Callable[[], bool] = has_cameras,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("addContact")
        self.setMinimumSize(480, 560)
        avatars = context.people.avatars
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self.choose = ChooseSourcePage(context, self)
        self.paste = PasteTextPage(self)
        self.confirm = ConfirmCardPage(context, avatars, self)
        self.invite = ConfirmInvitePage(context, self)
        self.done_page = DonePage(
            context, self, headline_name="addContactResult", done_name="addContactDone"
        )
        for page in (self.choose, self.paste, self.confirm, self.invite, self.done_page):
            self.stack.addWidget(page)
        self.confirm.back.connect(self.show_choices)
        self.confirm.sendRequested.connect(self.send_request)
        self.invite.back.connect(self.show_choices)
        self.invite.joinRequested.connect(self.join_group)
        self.done_page.closeRequested.connect(self.accept)
        self.offer_sources(has_cameras())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add contact"))

    def other_source(self, source: str) -> None:
        if source == "mine":
            MyQrCardDialog(self._context, self).open()

    def start_with_card_text(self, text: str) -> None:
        """Go straight to checking a card (People nearby's "Add")."""
        self.check_text(text)

    # -- reading codes -------------------------------------------------------------------------

    def read_picture(self, image: QImage) -> ScanResult:
        return read_picture(self._context.core, image)

    def read_text(self, text: str) -> ScanResult:
        return read_code(self._context.core, text)

    def no_clipboard_picture(self) -> str:
        return self.tr("There is no picture on the clipboard.")

    def new_camera_page(self) -> CameraPage:
        return CameraPage(self._context, self)

    def from_camera(self, found: Any) -> None:
        self.take(lambda: found)

    def take(self, work: Callable[[], ScanResult]) -> None:
        contacts = self._context.core.contacts

        def with_state() -> tuple[ScanResult, Contact | None]:
            result = work()
            known = (
                contacts.get(result.card.identity_key) if isinstance(result, ScannedCard) else None
            )
            return result, known

        run_for(self, self._context.runner, with_state, self._on_checked, self._on_failed)

    def _on_failed(self, message: str) -> None:
        page = self.stack.currentWidget()
        notice = getattr(page, "notice", self.choose.notice)
        notice.show_error(message)

    def _on_checked(self, outcome: tuple[ScanResult, Contact | None]) -> None:
        result, known = outcome
        self._on_scanned(result, known)

    def _on_scanned(self, result: ScanResult, known: Contact | None = None) -> None:
        if isinstance(result, ScanProblem):
            text = problem_text(result, with_detail=self._context.translations.language == "en")
            self.scan_problem_notice().show_error(text)
            return
        if isinstance(result, ScannedInvite):
            self.invite.show_invite(result.invite)
            self.stack.setCurrentWidget(self.invite)
            return
        self.confirm.show_card(result.card, known.state if known else None)
        self.stack.setCurrentWidget(self.confirm)

    # -- acting --------------------------------------------------------------------------------

    def send_request(self, message: str) -> None:
        card = self.confirm.card
        if card is None:
            return
        if self.confirm.state is ContactState.FRIEND:
            self.accept()
            return
        contacts = self._context.core.contacts
        self.confirm.send_button.setEnabled(False)

        def failed(text: str) -> None:
            self.confirm.send_button.setEnabled(True)
            self.confirm.notice.show_error(text)

        run_for(
            self,
            self._context.runner,
            lambda: contacts.add_card(card, message.strip()),
            lambda contact: self._request_sent(card, contact),
            failed,
        )

    def _request_sent(self, card: ContactCard, contact: Contact) -> None:
        if contact.is_friend:
            self.done_page.show_result(
                self.tr("You and %1 are friends now").replace("%1", contact.display_name),
                self.tr("Say hello from Chats."),
            )
        else:
            self.done_page.show_result(
                self.tr("Request sent to %1").replace("%1", card.name),
                self.tr(
                    "You can chat once they accept. They receive the request the next time "
                    "your computers meet on the network."
                ),
            )
        self.stack.setCurrentWidget(self.done_page)
        self.contactAdded.emit(bytes(card.identity_key))

    def join_group(self) -> None:
        invite = self.invite.invite
        if invite is None:
            return
        core = self._context.core
        self.invite.join_button.setEnabled(False)

        def failed(text: str) -> None:
            self.invite.join_button.setEnabled(True)
            self.invite.notice.show_error(text)

        def joined(_result: object) -> None:
            self.done_page.show_result(
                self.tr("Asked to join “%1”").replace("%1", invite.group_name),
                self.tr(
                    "%1's Hutong adds you when it sees your request. The group then appears "
                    "in Chats."
                ).replace("%1", invite.inviter.name),
            )
            self.stack.setCurrentWidget(self.done_page)
            self.joinRequested.emit(group_conversation(invite.group_id))

        run_for(self, self._context.runner, lambda: core.join_group(invite.text), joined, failed)
