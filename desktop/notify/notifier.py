"""Desktop notifications for new messages from others.

Skipped for muted chats and for the chat on screen in a focused window. What a notification
reveals follows the privacy setting: the sender and the message, the sender only, or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from core.chat import Message, parse_conversation
from desktop.context import AppContext
from desktop.notify.notification import Notification, NotificationSink
from desktop.settings import NOTIFY_NAME_ONLY, NOTIFY_NOTHING
from desktop.widgets.guard import run_for

PREVIEW_CHARS = 120


@dataclass(frozen=True)
class _Incoming:
    """What the worker found: the newest message, who wrote it, where."""

    conversation_id: str
    sender: str
    group_name: str
    message: Message
    unread: int


class MessageNotifier(QObject):
    """Signals:
    notified(object): a Notification handed to the sink (tests and the log read this).
    """

    notified = Signal(object)

    def __init__(
        self,
        context: AppContext,
        sink: NotificationSink,
        current_conversation: Callable[[], str | None],
        window_focused: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._sink = sink
        self._current = current_conversation
        self._focused = window_focused
        self._active = True
        context.bridge.conversationChanged.connect(self._on_conversation)

    def stop(self) -> None:
        self._active = False

    def _on_conversation(self, conversation_id: str, new_messages: int) -> None:
        if not self._active or new_messages <= 0:
            return
        if self._focused() and self._current() == conversation_id:
            return
        core = self._context.core

        def work() -> _Incoming | None:
            summary = core.chat.conversation(conversation_id)
            if summary is None or summary.muted:
                return None
            message = summary.last_message
            if message is None or message.outgoing or message.recalled or message.system:
                return None
            contact = core.contacts.get(message.author)
            sender = contact.display_name if contact else ""
            if not sender and summary.group_id is not None:
                info = core.groups.info(summary.group_id)
                member = (
                    next((m for m in info.members if m.identity == message.author), None)
                    if info
                    else None
                )
                sender = member.name if member else ""
            return _Incoming(conversation_id, sender, summary.group_name, message, summary.unread)

        run_for(self, self._context.runner, work, self._show, lambda _message: None)

    def _show(self, incoming: _Incoming | None) -> None:
        if incoming is None or not self._active:
            return
        if self._focused() and self._current() == incoming.conversation_id:
            return
        notification = self.compose(incoming)
        self._sink.show_notification(notification)
        self.notified.emit(notification)

    def compose(self, incoming: _Incoming) -> Notification:
        privacy = self._context.settings.notifications
        sender = incoming.sender or self.tr("Someone")
        is_group = parse_conversation(incoming.conversation_id)[0] == "group"
        if privacy == NOTIFY_NOTHING:
            return Notification(
                incoming.conversation_id, self.tr("Hutong"), self.tr("You have a new message")
            )
        title = (incoming.group_name or sender) if is_group else sender
        if privacy == NOTIFY_NAME_ONLY:
            count = max(1, incoming.unread)
            body = (
                self.tr("1 new message")
                if count == 1
                else self.tr("%1 new messages").replace("%1", str(count))
            )
            return Notification(incoming.conversation_id, title, body)
        preview = self.preview(incoming.message)
        body = f"{sender}: {preview}" if is_group else preview
        if incoming.unread > 1:
            body = self.tr("[%1 messages] ").replace("%1", str(incoming.unread)) + body
        return Notification(incoming.conversation_id, title, body)

    def preview(self, message: Message) -> str:
        text = " ".join(message.text.split())
        if message.attachments and not text:
            kind = message.attachments[0].kind
            return (
                self.tr("[Photo]")
                if kind == "image"
                else self.tr("[File] %1").replace("%1", message.attachments[0].name)
            )
        if len(text) > PREVIEW_CHARS:
            text = text[: PREVIEW_CHARS - 1] + "…"
        return text
