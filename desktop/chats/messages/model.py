"""The rows of one conversation as a Qt model: a window onto its history.

Only a window of the conversation is held (the newest page when a chat opens); older and
newer pages are added at the edges as the view scrolls, and the top is trimmed while the
newest messages stream in. Messages still being sent sit at the bottom as pending rows.

Changes at the edges cost only the rows they touch: each row's key maps to a serial number
that counts from the top of the window, so rows added or dropped at the top shift every
position at once by moving where the count starts, without renumbering the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from core.chat import Message
from desktop.chats.messages.rows import (
    ChatRow,
    RowKind,
    SendState,
    build_rows,
    message_key,
    message_row,
    time_row,
)
from desktop.chats.texts import content_preview, same_minute_gap

RowRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class MessageListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ChatRow] = []
        self._serial: dict[str, int] = {}  # row key -> position + self._first
        self._first = 0
        self.quotes: dict[bytes, Message | None] = {}
        self.highlight_key: str | None = None
        self.selecting = False  # choosing messages to forward or delete together
        # Pending rows whose files are being written: row key -> (bytes done, bytes in all).
        self.send_progress: dict[str, tuple[int, int]] = {}
        self.selected: set[str] = set()

    # -- Qt --------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return row.message.text if row.message is not None else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # Screen readers (and the automation socket) need pictures and files named too.
            return content_preview(row.message) if row.message is not None else ""
        return None

    # -- reading ---------------------------------------------------------------------------------

    def row(self, position: int) -> ChatRow:
        return self._rows[position]

    def rows(self) -> list[ChatRow]:
        return list(self._rows)

    def position_of(self, key: str) -> int:
        serial = self._serial.get(key)
        return -1 if serial is None else serial - self._first

    def stored_messages(self) -> list[Message]:
        return [
            r.message
            for r in self._rows
            if r.message is not None and r.send_state is SendState.STORED
        ]

    def oldest(self) -> Message | None:
        for row in self._rows:
            if row.message is not None and row.send_state is SendState.STORED:
                return row.message
        return None

    def newest(self) -> Message | None:
        for row in reversed(self._rows):
            if row.message is not None and row.send_state is SendState.STORED:
                return row.message
        return None

    def quoted(self, event_id: bytes) -> tuple[Message | None, bool]:
        """The message a reply quotes, and whether we know (None, True: not available)."""
        if event_id in self.quotes:
            return self.quotes[event_id], True
        position = self.position_of(message_key(event_id))
        if position >= 0:
            return self._rows[position].message, True
        return None, False

    def message_count(self) -> int:
        return sum(1 for r in self._rows if r.kind is RowKind.MESSAGE)

    def _number(self, start: int) -> None:
        """Give the rows from ``start`` to the end their serial numbers."""
        first, serial = self._first, self._serial
        for position in range(start, len(self._rows)):
            serial[self._rows[position].key] = first + position

    def _insert(self, at: int, rows: Sequence[ChatRow]) -> None:
        self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
        self._rows[at:at] = rows
        if at == 0:
            self._first -= len(rows)
            for position, row in enumerate(rows):
                self._serial[row.key] = self._first + position
        else:
            self._number(at)
        self.endInsertRows()

    def _remove(self, first: int, last: int) -> None:
        self.beginRemoveRows(QModelIndex(), first, last)
        for row in self._rows[first : last + 1]:
            del self._serial[row.key]
        del self._rows[first : last + 1]
        if first == 0:
            self._first += last + 1
        else:
            self._number(first)
        self.endRemoveRows()

    def _first_pending(self) -> int:
        for position, row in enumerate(self._rows):
            if row.send_state is not SendState.STORED:
                return position
        return len(self._rows)

    # -- changing --------------------------------------------------------------------------------

    def reset(self, rows: Sequence[ChatRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._first = 0
        self._serial = {}
        self._number(0)
        self.highlight_key = None
        self.endResetModel()

    def prepend(self, messages: Sequence[Message]) -> int:
        """Older messages above the window; returns how many rows were added."""
        fresh = [m for m in messages if message_key(m.event_id) not in self._serial]
        if not fresh:
            return 0
        oldest = self.oldest()
        stale_time = (
            oldest is not None
            and self._rows[0].kind is RowKind.TIME
            and same_minute_gap(fresh[-1].timestamp_ms, oldest.timestamp_ms)
        )
        rows = build_rows(fresh)
        self._insert(0, rows)
        if stale_time:  # removed after the insert, so the row below it keeps its place
            self._remove(len(rows), len(rows))
        return len(rows)

    def append(self, messages: Sequence[Message]) -> list[Message]:
        """Newer messages below the window (before pending ones); returns the ones added."""
        added: list[Message] = []
        for message in messages:
            key = message_key(message.event_id)
            if key in self._serial:
                self.update_message(message)
                continue
            added.append(message)
        if not added:
            return added
        previous = self.newest()
        rows = build_rows(added, previous)
        self._insert(self._first_pending(), rows)
        return added

    def update_message(self, message: Message) -> bool:
        position = self.position_of(message_key(message.event_id))
        if position < 0:
            return False
        row = self._rows[position]
        if row.message == message and row.send_state is SendState.STORED:
            return False
        self._rows[position] = row.updated(message)
        index = self.index(position)
        self.dataChanged.emit(index, index)
        return True

    def add_pending(self, row: ChatRow) -> None:
        at = len(self._rows)
        last = next((r for r in reversed(self._rows) if r.kind is RowKind.MESSAGE), None)
        rows = [row]
        if last is None or not same_minute_gap(last.timestamp_ms, row.timestamp_ms):
            assert row.message is not None
            rows.insert(0, time_row(row.timestamp_ms, row.message.event_id))
        self._insert(at, rows)

    def set_send_state(self, key: str, state: SendState) -> None:
        position = self.position_of(key)
        if position >= 0:
            row = self._rows[position]
            self._rows[position] = ChatRow(
                row.kind, row.key, row.timestamp_ms, row.message, state, row.local_files,
                revision=row.revision + 1,
            )  # fmt: skip
            self.dataChanged.emit(self.index(position), self.index(position))

    def resolve_pending(self, key: str, message: Message) -> None:
        """A pending row became a stored message (or is dropped if that is already shown)."""
        position = self.position_of(key)
        if position < 0:
            self.append([message])
            return
        if message_key(message.event_id) in self._serial:
            self.remove_keys([key, "t:" + key[2:]])
            return
        row = self._rows[position]
        stored = message_row(message, SendState.STORED, row.local_files)
        self._rows[position] = stored
        self._serial[stored.key] = self._serial.pop(key)
        self.dataChanged.emit(self.index(position), self.index(position))

    def remove_keys(self, keys: Sequence[str]) -> None:
        for key in keys:
            position = self.position_of(key)
            if position >= 0:
                self._remove(position, position)

    def remove_messages(self, keys: Sequence[str]) -> None:
        """Drop message rows (deleted here), and time separators left with nothing under them."""
        self.selected.difference_update(keys)
        self.remove_keys(keys)
        position = 0
        while position < len(self._rows):
            row = self._rows[position]
            after = self._rows[position + 1] if position + 1 < len(self._rows) else None
            if row.kind is RowKind.TIME and (after is None or after.kind is not RowKind.MESSAGE):
                self._remove(position, position)
                continue
            position += 1

    def trim_top(self, keep_messages: int) -> int:
        """Drop the oldest rows so that ``keep_messages`` messages remain; rows dropped."""
        count = 0
        seen = 0
        for position in range(len(self._rows) - 1, -1, -1):
            if self._rows[position].kind is RowKind.MESSAGE:
                seen += 1
                if seen == keep_messages:
                    count = position
                    break
        while 0 < count < len(self._rows) and self._rows[count - 1].kind is RowKind.TIME:
            count -= 1
        if count <= 0:
            return 0
        # The top may start without its time separator; the next older page brings it back.
        self._remove(0, count - 1)
        return count

    def selectable(self, row: ChatRow) -> bool:
        """A stored message that is not recalled or a system note."""
        message = row.message
        return (
            message is not None
            and row.send_state is SendState.STORED
            and not message.recalled
            and message.system is None
        )

    def set_selecting(self, on: bool, first: str | None = None) -> None:
        """Start choosing messages (``first`` chosen already) or stop (nothing stays chosen)."""
        self.selecting = on
        self.selected = {first} if on and first else set()
        self.touch_all()

    def toggle_selected(self, key: str) -> None:
        position = self.position_of(key)
        if not self.selecting or position < 0 or not self.selectable(self._rows[position]):
            return
        self.selected ^= {key}
        self.dataChanged.emit(self.index(position), self.index(position))

    def selected_messages(self) -> list[Message]:
        """The chosen messages, oldest first."""
        return [r.message for r in self._rows if r.key in self.selected and r.message is not None]

    def set_highlight(self, key: str | None) -> None:
        old = self.highlight_key
        self.highlight_key = key
        for changed in (old, key):
            position = self.position_of(changed or "")
            if position >= 0:
                self.dataChanged.emit(self.index(position), self.index(position))

    def touch_key(self, key: str) -> None:
        """Repaint one row (its progress moved)."""
        position = self.position_of(key)
        if position >= 0:
            self.dataChanged.emit(self.index(position), self.index(position))

    def touch_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
