"""Adding a contact: scan a QR code (camera, screen region, picture file, pasted picture) or
paste card text, check it, confirm, then send the friend request, or ask to join a group.

Signals:
    contactAdded(bytes): a request was sent to (or accepted from) this identity.
    joinRequested(str): we asked to join this group (its conversation id).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from core.chat import group_conversation
from core.contacts import Contact, ContactState
from core.identity import ContactCard
from desktop.contacts.add_pages import (
    ChooseSourcePage,
    ConfirmCardPage,
    ConfirmInvitePage,
    DonePage,
    PasteTextPage,
)
from desktop.context import AppContext
from desktop.qr import (
    MyQrCardDialog,
    ScannedCard,
    ScannedInvite,
    ScanProblem,
    ScanResult,
    image_from_file,
    problem_text,
    read_code,
    read_picture,
)
from desktop.qr.camera import video_inputs
from desktop.qr.screen_region import RegionPicker, grab_screen
from desktop.widgets import TranslatedDialog
from desktop.widgets.file_choice import choose_qr_picture_file
from desktop.widgets.guard import run_for

SCREEN_GRAB_DELAY_MS = 350


def _has_cameras() -> bool:
    try:
        return bool(video_inputs())
    except ImportError:
        return False


class AddContactDialog(TranslatedDialog):
    """The edges are attributes so tests (and other platforms) can replace them:
    ``choose_image_file``, ``grab_screen``, ``has_cameras``."""

    contactAdded = Signal(bytes)  # noqa: N815 - Qt signal naming
    joinRequested = Signal(str)  # noqa: N815

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        has_cameras: Callable[[], bool] = _has_cameras,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.choose_image_file: Callable[[QWidget], Path | None] = choose_qr_picture_file
        self.grab_screen: Callable[[], tuple[QPixmap, QRect]] = grab_screen
        self.region_picker: RegionPicker | None = None
        self.camera_page: Any = None
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
        self.done_page = DonePage(context, self)
        for page in (self.choose, self.paste, self.confirm, self.invite, self.done_page):
            self.stack.addWidget(page)
        self.choose.picked.connect(self._on_source)
        self.paste.submitted.connect(self.check_text)
        self.paste.back.connect(self.show_choices)
        self.confirm.back.connect(self.show_choices)
        self.confirm.sendRequested.connect(self.send_request)
        self.invite.back.connect(self.show_choices)
        self.invite.joinRequested.connect(self.join_group)
        self.done_page.closeRequested.connect(self.accept)
        self.choose.tiles["camera"].setVisible(has_cameras())
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._update_clipboard_tile)
        self._update_clipboard_tile()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add contact"))

    # -- choosing ------------------------------------------------------------------------------

    def show_choices(self) -> None:
        if self.camera_page is not None:
            self.camera_page.stop()
        self.stack.setCurrentWidget(self.choose)

    def _update_clipboard_tile(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        self.choose.tiles["clipboard"].setEnabled(data is not None and data.hasImage())

    def _on_source(self, source: str) -> None:
        self.choose.notice.clear_notice()
        if source == "camera":
            self.scan_camera()
        elif source == "screen":
            self.scan_screen()
        elif source == "file":
            self.scan_file()
        elif source == "clipboard":
            self.scan_clipboard()
        elif source == "text":
            self.stack.setCurrentWidget(self.paste)
            self.paste.text.setFocus()
        elif source == "mine":
            MyQrCardDialog(self._context, self).open()

    def start_with_card_text(self, text: str) -> None:
        """Go straight to checking a card (People nearby's "Add")."""
        self.check_text(text)

    # -- reading codes -------------------------------------------------------------------------

    def scan_file(self) -> None:
        path = self.choose_image_file(self)
        if path is None:
            return
        core = self._context.core
        self._run(lambda: read_picture(core, image_from_file(path)))

    def scan_clipboard(self) -> None:
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self.choose.notice.show_error(self.tr("There is no picture on the clipboard."))
            return
        self.scan_image(image)

    def scan_image(self, image: QImage) -> None:
        core = self._context.core
        self._run(lambda: read_picture(core, image))

    def check_text(self, text: str) -> None:
        core = self._context.core
        self._run(lambda: read_code(core, text))

    def scan_screen(self) -> None:
        self.hide()
        QTimer.singleShot(SCREEN_GRAB_DELAY_MS, self._grab_and_pick)

    def _grab_and_pick(self) -> None:
        shot, geometry = self.grab_screen()
        picker = RegionPicker(shot, geometry)
        picker.picked.connect(self._on_region)
        picker.cancelled.connect(self._back_from_screen)
        self.region_picker = picker
        picker.show()
        picker.activateWindow()

    def _on_region(self, image: QImage) -> None:
        self._back_from_screen()
        self.scan_image(image)

    def _back_from_screen(self) -> None:
        self.region_picker = None
        self.show()
        self.raise_()
        self.activateWindow()

    def scan_camera(self) -> None:
        if self.camera_page is None:
            from desktop.contacts.camera_page import CameraPage

            self.camera_page = CameraPage(self._context, self)
            self.camera_page.back.connect(self.show_choices)
            self.camera_page.scanner.found.connect(self._from_camera)
            self.stack.addWidget(self.camera_page)
        self.stack.setCurrentWidget(self.camera_page)
        self.camera_page.start()

    def _from_camera(self, result: ScanResult) -> None:
        self._run(lambda: result)

    def _run(self, work: Callable[[], ScanResult]) -> None:
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
            if self.stack.currentWidget() is self.paste:
                self.paste.notice.show_error(text)
            else:
                self.show_choices()
                self.choose.notice.show_error(text)
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

    def done_with_camera(self) -> None:
        if self.camera_page is not None:
            self.camera_page.stop()

    def reject(self) -> None:
        self.done_with_camera()
        super().reject()

    def accept(self) -> None:
        self.done_with_camera()
        super().accept()
