"""What the message list shows, row by row: messages, time separators, the unread divider.

Rows are values; a message's row is replaced (with a new revision) when the message changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from core.chat import Message
from desktop.chats.texts import same_minute_gap


class RowKind(Enum):
    MESSAGE = "message"
    TIME = "time"
    UNREAD = "unread"


class SendState(Enum):
    """Our messages while the runner works on them (core knows only stored ones)."""

    STORED = "stored"
    SENDING = "sending"
    FAILED = "failed"


@dataclass(frozen=True)
class LocalFile:
    """A file of a message still being sent: shown from the disk."""

    path: str
    name: str
    size: int
    kind: str
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class ChatRow:
    kind: RowKind
    key: str
    timestamp_ms: int
    message: Message | None = None
    send_state: SendState = SendState.STORED
    local_files: tuple[LocalFile, ...] = ()
    unread_count: int = 0
    revision: int = 0
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    @property
    def event_id(self) -> bytes | None:
        return self.message.event_id if self.message is not None else None

    @property
    def is_message(self) -> bool:
        return self.kind is RowKind.MESSAGE

    def updated(self, message: Message) -> ChatRow:
        return replace(self, message=message, revision=self.revision + 1)


def message_key(event_id: bytes) -> str:
    return "m:" + event_id.hex()


def message_row(message: Message, state: SendState = SendState.STORED,
                files: tuple[LocalFile, ...] = ()) -> ChatRow:  # fmt: skip
    return ChatRow(
        RowKind.MESSAGE,
        message_key(message.event_id),
        message.timestamp_ms,
        message,
        send_state=state,
        local_files=files,
    )


def time_row(timestamp_ms: int, event_id: bytes) -> ChatRow:
    return ChatRow(RowKind.TIME, "t:" + event_id.hex(), timestamp_ms)


def unread_row(timestamp_ms: int, count: int) -> ChatRow:
    return ChatRow(RowKind.UNREAD, "unread", timestamp_ms, unread_count=count)


def build_rows(
    messages: Sequence[Message],
    previous: Message | None = None,
    unread_from: bytes | None = None,
    unread_count: int = 0,
) -> list[ChatRow]:
    """Rows for consecutive messages; ``previous`` is the message just before them, if shown."""
    rows: list[ChatRow] = []
    last_ms = previous.timestamp_ms if previous is not None else None
    for message in messages:
        if unread_from is not None and message.event_id == unread_from:
            rows.append(unread_row(message.timestamp_ms, unread_count))
        if last_ms is None or not same_minute_gap(last_ms, message.timestamp_ms):
            rows.append(time_row(message.timestamp_ms, message.event_id))
        rows.append(message_row(message))
        last_ms = message.timestamp_ms
    return rows
