"""Forwarding messages, deleting them on this device, and choosing several to do either.

:class:`MessageChoice` belongs to one conversation view: while choosing, the selection bar
stands in for the composer and clicks on rows tick them (the model keeps what is ticked).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from core.chat import ConversationSummary, Message
from core.facade import Core
from desktop.chats.conversations.model import conversation_title
from desktop.chats.messages.forward_picker import ForwardPicker
from desktop.chats.messages.rows import ChatRow, message_key
from desktop.chats.messages.selection_bar import SelectionBar
from desktop.chats.messages.session import ConversationSession
from desktop.chats.scoped_runner import Runner
from desktop.i18n import translate
from desktop.people import PeopleDirectory

Confirm = Callable[[str, str], bool]


def confirm_deletion(parent: QWidget, title: str, text: str) -> bool:
    """Ask before deleting something for good: True for "Delete", False for Cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    delete = box.addButton(translate("ChatTexts", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


class MessageChoice(QObject):
    def __init__(
        self,
        core: Core,
        runner: Runner,
        directory: PeopleDirectory,
        session: ConversationSession,
        bar: SelectionBar,
        composer: QWidget,
        confirm: Confirm,
        show_error: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._core = core
        self._runner = runner
        self._directory = directory
        self._session = session
        self._bar = bar
        self._composer = composer
        self._confirm = confirm
        self._show_error = show_error
        self._parent = parent
        self.picker: ForwardPicker | None = None
        bar.forwardClicked.connect(lambda: self.forward(session.model.selected_messages()))
        bar.deleteClicked.connect(lambda: self.delete_for_me(session.model.selected_messages()))
        bar.cancelled.connect(self.stop)

    # -- choosing several

    def start(self, row: ChatRow) -> None:
        """Choose several messages (``row`` first) to forward or delete together."""
        self._session.model.set_selecting(True, row.key)
        self._composer.hide()
        self._bar.set_count(len(self._session.model.selected))
        self._bar.show()

    def stop(self) -> None:
        if self._session.model.selecting:
            self._session.model.set_selecting(False)
        self._bar.hide()
        self._composer.show()

    def toggle(self, row: ChatRow) -> None:
        self._session.model.toggle_selected(row.key)
        self._bar.set_count(len(self._session.model.selected))

    # -- forwarding

    def forward(self, messages: list[Message]) -> None:
        """Ask which chats to send copies of ``messages`` to (a picker), then send them.

        Cards stay in their chat: a copy of a transfer or a red envelope would be only its
        title, with no money behind it."""
        cards = [m for m in messages if m.card is not None]
        messages = [m for m in messages if m.card is None]
        if cards and not messages:
            self._show_error(
                translate(
                    "ChatCards", "Transfers, red envelopes and mini-programs stay in their chat."
                )
            )
        if not messages:
            return
        chat, directory = self._core.chat, self._directory

        def show(summaries: list[ConversationSummary]) -> None:
            targets = [(s.id, conversation_title(s, directory)) for s in summaries]
            picker = ForwardPicker(targets, self._parent)
            picker.chosen.connect(lambda chosen: self._forward_to(messages, chosen))
            self.picker = picker
            picker.open()

        self._runner.run(chat.conversations, show, self._show_error)

    def _forward_to(self, messages: list[Message], conversations: list[str]) -> None:
        chat = self._core.chat
        ordered = sorted(messages, key=lambda m: m.cursor)
        self.stop()

        def work() -> int:
            for conversation in conversations:
                for message in ordered:
                    chat.forward(message.event_id, conversation)
            return len(conversations)

        self._runner.run(work, None, self._show_error)

    # -- deleting here

    def delete_for_me(self, messages: list[Message]) -> None:
        """Delete messages on this device only, after asking; the others keep theirs."""
        if not messages:
            return
        question = (
            translate("ChatTexts", "Delete this message from this device? The others keep it.")
            if len(messages) == 1
            else translate(
                "ChatTexts", "Delete %n messages from this device? The others keep them.", None,
                len(messages),
            )
        )  # fmt: skip
        if not self._confirm(translate("ChatTexts", "Delete for me"), question):
            return
        keys = [message_key(m.event_id) for m in messages]
        ids = [m.event_id for m in messages]
        chat, model = self._core.chat, self._session.model
        self.stop()
        self._runner.run(lambda: chat.delete_for_me(ids),
                         lambda _count: model.remove_messages(keys), self._show_error)  # fmt: skip
