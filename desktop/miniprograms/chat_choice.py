"""Choosing one chat to share a mini-program into (or to post what a solo app sends)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.chat import ConversationSummary
from desktop.chats.conversations.model import conversation_title
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.miniprograms.prompts import alive

IdRole = Qt.ItemDataRole.UserRole + 1


class ChatChoice(QDialog):
    """A list of chats; OK is enabled once one is selected."""

    def __init__(
        self, heading: str, targets: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("miniProgramChatChoice")
        self.setWindowTitle(translate("MiniPrograms", "Share to chat"))
        self.resize(360, 420)
        label = QLabel(heading, self)
        label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("chatChoiceList")
        for conversation, title in targets:
            item = QListWidgetItem(title, self.list)
            item.setData(IdRole, conversation)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("chatChoiceOk")
        self.ok.setText(translate("MiniPrograms", "Share"))
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        # Enabled by a real choice (a selection), not by the row focus makes current.
        self.list.itemSelectionChanged.connect(
            lambda: self.ok.setEnabled(bool(self.list.selectedItems()))
        )
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def chosen(self) -> str | None:
        items = self.list.selectedItems()
        return str(items[0].data(IdRole)) if items else None

    def choose(self, conversation: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(IdRole) == conversation:
                self.list.setCurrentRow(row)


def pick_chat(
    context: AppContext,
    parent: QWidget | None,
    heading: str,
    on_chosen: Callable[[str], None],
    on_cancel: Callable[[], None] = lambda: None,
) -> None:
    """Load the chats off the GUI thread, then ask for one (window-modal)."""
    directory = context.people.directory

    def show(summaries: list[ConversationSummary]) -> None:
        targets = [(s.id, conversation_title(s, directory)) for s in summaries]
        dialog = ChatChoice(heading, targets, alive(parent))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        def finished(result: int) -> None:
            chosen = dialog.chosen()
            if result == QDialog.DialogCode.Accepted and chosen is not None:
                on_chosen(chosen)
            else:
                on_cancel()

        dialog.finished.connect(finished)
        dialog.open()

    context.runner.run(context.core.chat.conversations, show, lambda _message: on_cancel())


def chat_name(context: AppContext, conversation: str) -> str:
    """The chat's title as the chat list shows it (may read the store: small, indexed)."""
    summary = context.core.chat.conversation(conversation)
    if summary is None:
        return translate("MiniPrograms", "this chat")
    if summary.peer is not None:  # the contact's name from the store: the directory may not
        contact = context.core.contacts.get(summary.peer)  # have loaded yet
        if contact is not None and contact.display_name:
            return contact.display_name
    return conversation_title(summary, context.people.directory)
