"""One open conversation: loads its pages off the GUI thread into a :class:`MessageListModel`,
follows new messages, sends (with a pending row while the runner works) and jumps to hits.

Signals:
    opened(): the first window is in the model; the view should scroll (see ``scroll_target``).
    arrived(int): this many messages from others were appended live.
    missed(int): messages arrived below a detached window (the total since it detached).
    groupLoaded(object): the conversation's :class:`core.chat.GroupInfo` (groups only).
    jumped(str): a window around a message was loaded; the key of that message's row.
    failed(str): something went wrong; the text is for the user.

Sends run one at a time, in the order they were made: a message sent after a large file is
stored after it (its time is taken when it is written), so both sides list them alike.
While a message's files go into the blob store, ``model.send_progress`` follows them.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from core.chat import Delivery, GroupInfo, Message, OutgoingFile, parse_conversation
from core.facade import Core
from core.ids import PublicKey
from desktop.chats.messages.model import MessageListModel
from desktop.chats.messages.rows import (
    ChatRow,
    LocalFile,
    SendState,
    build_rows,
    message_key,
    message_row,
)
from desktop.chats.scoped_runner import Runner

PAGE = 50
LIVE_BATCH = 20  # rows laid out per GUI update while messages stream in
TAIL = 30
JUMP_CONTEXT = 25


@dataclass
class _Window:
    messages: list[Message]
    quotes: dict[bytes, Message | None]
    at_start: bool
    at_live_end: bool
    first_unread: Message | None = None
    group: GroupInfo | None = None
    tail: list[Message] = field(default_factory=list)


def _quotes(core: Core, messages: Sequence[Message], known: set[bytes]) -> dict[bytes, Any]:
    wanted = {m.reply_to for m in messages if m.reply_to and m.reply_to not in known}
    here = {m.event_id: m for m in messages}
    return {rid: here.get(rid) or core.chat.message(rid) for rid in wanted}


def _mime(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


class ConversationSession(QObject):
    _progressed = Signal(str, int)  # from the worker: a pending row's bytes written so far
    opened = Signal()
    arrived = Signal(int)
    missed = Signal(int)
    groupLoaded = Signal(object)  # noqa: N815
    jumped = Signal(str)
    failed = Signal(str)

    def __init__(self, core: Core, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self._runner = runner
        self.model = MessageListModel()
        self.conversation_id = ""
        self.is_group = False
        self.group: GroupInfo | None = None
        self.first_unread: Message | None = None
        self.unread_at_open = 0
        self.at_start = True
        self.at_live_end = True
        self.missed_count = 0
        self._generation = 0
        self._loading_older = False
        self._loading_newer = False
        self._refreshing = False
        self._refresh_again = False
        self._pending_sends: dict[str, dict[str, Any]] = {}
        self._pending_serial = 0
        self._send_queue: list[str] = []
        self._sending: str | None = None
        self._progressed.connect(self._note_progress)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(30)
        self._refresh_timer.timeout.connect(self._refresh_now)

    # -- opening ---------------------------------------------------------------------------------

    def open(self, conversation_id: str, unread_hint: int = 0) -> None:
        """Show the newest page of a conversation (with the unread divider if it falls there)."""
        self._generation += 1
        generation = self._generation
        self.conversation_id = conversation_id
        kind, raw = parse_conversation(conversation_id)
        self.is_group = kind == "group"
        self.group = None
        self.first_unread = None
        self.unread_at_open = unread_hint
        self.missed_count = 0
        self._loading_older = self._loading_newer = self._refreshing = False
        self._refresh_again = False
        self.model.reset([])
        self.model.quotes = {}
        core = self._core

        def work() -> _Window:
            page = core.chat.history(conversation_id, limit=PAGE)
            first = core.chat.first_unread(conversation_id)
            group = core.groups.info(raw) if kind == "group" else None
            return _Window(page, _quotes(core, page, set()), len(page) < PAGE, True, first, group)

        self._runner.run(work, lambda window: self._opened(generation, window), self._fail)

    def _opened(self, generation: int, window: _Window) -> None:
        if generation != self._generation:
            return
        self.at_start, self.at_live_end = window.at_start, window.at_live_end
        self.first_unread = window.first_unread
        shown = {m.event_id for m in window.messages}
        divider = None
        if self.first_unread is not None and self.first_unread.event_id in shown:
            divider = self.first_unread.event_id
            position = [m.event_id for m in window.messages].index(divider)
            self.unread_at_open = sum(
                1 for m in window.messages[position:] if not m.outgoing and m.system is None
            )
        self.model.quotes = dict(window.quotes)
        self.model.reset(build_rows(window.messages, None, divider, self.unread_at_open))
        for job in self._pending_sends.values():
            if job["conversation"] == self.conversation_id:
                self.model.add_pending(job["row"])
        if window.group is not None:
            self.group = window.group
            self.groupLoaded.emit(window.group)
        self.opened.emit()

    def has_unseen_divider(self) -> bool:
        """Whether the first unread message lies above the loaded window."""
        return (
            self.first_unread is not None
            and self.model.position_of(message_key(self.first_unread.event_id)) < 0
            and self.unread_at_open > 0
        )

    # -- paging ----------------------------------------------------------------------------------

    def load_older(self) -> None:
        oldest = self.model.oldest()
        if self.at_start or self._loading_older or oldest is None:
            return
        self._loading_older = True
        generation, conversation, core = self._generation, self.conversation_id, self._core
        known = set(self.model.quotes)

        def work() -> tuple[list[Message], dict[bytes, Any]]:
            page = core.chat.history(conversation, before=oldest.cursor, limit=PAGE)
            return page, _quotes(core, page, known)

        def done(result: tuple[list[Message], dict[bytes, Any]]) -> None:
            if generation != self._generation:
                return  # open() and jump_to() cleared the flag for the new window
            page, quotes = result
            try:
                self.at_start = len(page) < PAGE
                self.model.quotes.update(quotes)
                self.model.prepend(page)
            finally:  # only now: the view may ask for the next page while rows go in
                self._loading_older = False

        self._runner.run(work, done, self._fail)

    def load_newer(self) -> None:
        """Below a detached window (after a jump), fetch the next page towards the present."""
        newest = self.model.newest()
        if self.at_live_end or self._loading_newer or newest is None:
            return
        self._loading_newer = True
        generation, conversation, core = self._generation, self.conversation_id, self._core
        known = set(self.model.quotes)

        def work() -> tuple[list[Message], dict[bytes, Any]]:
            page = core.chat.history_after(conversation, newest.cursor, PAGE)
            return page, _quotes(core, page, known)

        def done(result: tuple[list[Message], dict[bytes, Any]]) -> None:
            if generation != self._generation:
                return
            page, quotes = result
            try:
                self.model.quotes.update(quotes)
                self.model.append(page)
            finally:
                self._loading_newer = False
            if len(page) < PAGE:
                self.at_live_end = True
                self.missed_count = 0
                self.missed.emit(0)

        self._runner.run(work, done, self._fail)

    def jump_to(self, message: Message, divider: bool = False) -> None:
        """Load a window around ``message`` (a search hit, a quote, the first unread)."""
        key = message_key(message.event_id)
        if self.model.position_of(key) >= 0:
            self.jumped.emit(key)
            return
        self._generation += 1
        generation, conversation, core = self._generation, self.conversation_id, self._core
        self._loading_older = self._loading_newer = False

        def work() -> _Window:
            before = core.chat.history(conversation, before=message.cursor, limit=JUMP_CONTEXT)
            after = core.chat.history_after(conversation, message.cursor, PAGE)
            shown = [*before, message, *after]
            return _Window(
                shown, _quotes(core, shown, set()), len(before) < JUMP_CONTEXT, len(after) < PAGE
            )

        def done(window: _Window) -> None:
            if generation != self._generation:
                return
            self.at_start, self.at_live_end = window.at_start, window.at_live_end
            self.model.quotes = dict(window.quotes)
            mark = message.event_id if divider else None
            self.model.reset(build_rows(window.messages, None, mark, self.unread_at_open))
            self.jumped.emit(key)

        self._runner.run(work, done, self._fail)

    def jump_to_latest(self) -> None:
        """Back to the newest page (the jump-to-bottom button on a detached window)."""
        self.missed_count = 0
        self.missed.emit(0)
        if self.at_live_end:
            return
        self.open(self.conversation_id, 0)

    # -- live changes ----------------------------------------------------------------------------

    def note_change(self, new_messages: int) -> None:
        """The bridge said this conversation changed (new messages, delivery, read state)."""
        if not self.conversation_id:
            return
        if not self.at_live_end:
            if new_messages:
                self.missed_count += new_messages
                self.missed.emit(self.missed_count)
            return
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _refresh_now(self) -> None:
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        self._refresh_again = False
        generation, conversation, core = self._generation, self.conversation_id, self._core
        newest = self.model.newest()
        known = set(self.model.quotes)
        kind, raw = parse_conversation(conversation)

        def work() -> _Window:
            if newest is None:
                newer = core.chat.history(conversation, limit=PAGE)
            else:
                newer = core.chat.history_after(conversation, newest.cursor, LIVE_BATCH)
            tail = core.chat.history(conversation, limit=TAIL) if len(newer) < TAIL else []
            group = core.groups.info(raw) if kind == "group" else None
            return _Window(
                newer, _quotes(core, newer, known), False, len(newer) < LIVE_BATCH,
                group=group, tail=tail,
            )  # fmt: skip

        def done(window: _Window) -> None:
            self._refreshing = False
            if generation != self._generation:
                return
            for message in window.tail:
                self.model.update_message(message)
            self.model.quotes.update(window.quotes)
            added = self.model.append(window.messages)
            if window.group is not None and window.group != self.group:
                self.group = window.group
                self.groupLoaded.emit(window.group)
            incoming = sum(1 for m in added if not m.outgoing)
            if incoming:
                self.arrived.emit(incoming)
            if (
                self._refresh_again or not window.at_live_end
            ) and not self._refresh_timer.isActive():
                self._refresh_timer.start()

        def fail(message: str) -> None:
            self._refreshing = False
            self._fail(message)

        self._runner.run(work, done, fail)

    def note_message_updated(self, event_id: bytes) -> None:
        if self.model.position_of(message_key(event_id)) < 0:
            return
        core = self._core
        self._runner.run(
            lambda: core.chat.message(event_id),
            lambda message: message is not None and self.model.update_message(message),
            self._fail,
        )

    # -- sending ---------------------------------------------------------------------------------

    def send(
        self,
        text: str,
        files: Sequence[LocalFile] = (),
        reply_to: bytes | None = None,
        mentions: Sequence[bytes] = (),
        mention_all: bool = False,
    ) -> str:
        """Show a pending bubble at once and send in the background; returns its row key."""
        self._pending_serial += 1
        event_id = b"\x00pending" + self._pending_serial.to_bytes(8, "big")
        pending = Message(
            id=-self._pending_serial,
            event_id=event_id,
            conversation_id=self.conversation_id,  # type: ignore[arg-type]
            author=PublicKey(self._core.me),
            timestamp_ms=self._core.clock.now_ms(),
            text=text,
            reply_to=reply_to,
            mentions=tuple(PublicKey(m) for m in mentions),
            mention_all=mention_all,
            mention_me=False,
            attachments=(),
            recalled=False,
            outgoing=True,
            delivery=Delivery.SENT,
        )
        row = message_row(pending, SendState.SENDING, tuple(files))
        if not self.at_live_end:
            self.open(self.conversation_id)
        self.model.add_pending(row)
        self._pending_sends[row.key] = {
            "row": row,
            "conversation": self.conversation_id,
            "text": text,
            "reply_to": reply_to,
            "mentions": list(mentions),
            "mention_all": mention_all,
            "files": [
                OutgoingFile(f.path, f.name, _mime(f.name), f.kind, f.width, f.height)
                for f in files
            ],
        }
        self._queue_send(row.key)
        return row.key

    def _queue_send(self, key: str) -> None:
        self._send_queue.append(key)
        self._next_send()

    def _next_send(self) -> None:
        """Start the oldest queued send unless one is running (the runner has two threads)."""
        if self._sending is None and self._send_queue:
            self._sending = self._send_queue.pop(0)
            self._start_send(self._sending)

    def _start_send(self, key: str) -> None:
        job = self._pending_sends[key]
        core = self._core
        total = sum(f.size for f in job["row"].local_files)
        if total:
            self.model.send_progress[key] = (0, total)
        report = (lambda done: self._progressed.emit(key, done)) if total else None

        def work() -> Message:
            return core.chat.send_text(
                job["conversation"],
                job["text"],
                reply_to=job["reply_to"],
                mentions=job["mentions"],
                mention_all=job["mention_all"],
                files=job["files"],
                progress=report,
            )

        def done(message: Message) -> None:
            self._pending_sends.pop(key, None)
            self.model.send_progress.pop(key, None)
            if self.conversation_id == job["conversation"]:
                self.model.resolve_pending(key, message)
            self._sent(key)

        def fail(error: str) -> None:
            self.model.send_progress.pop(key, None)
            job["row"] = replace(job["row"], send_state=SendState.FAILED)
            if self.conversation_id == job["conversation"]:
                self.model.set_send_state(key, SendState.FAILED)
            self.failed.emit(error)
            self._sent(key)

        self._runner.run(work, done, fail)

    def _sent(self, key: str) -> None:
        if self._sending == key:
            self._sending = None
        self._next_send()

    def _note_progress(self, key: str, done: int) -> None:
        known = self.model.send_progress.get(key)
        if known is not None and key in self._pending_sends:
            self.model.send_progress[key] = (min(done, known[1]), known[1])
            self.model.touch_key(key)

    def retry(self, key: str) -> None:
        if key in self._pending_sends and key not in self._send_queue and key != self._sending:
            job = self._pending_sends[key]
            job["row"] = replace(job["row"], send_state=SendState.SENDING)
            self.model.set_send_state(key, SendState.SENDING)
            self._queue_send(key)

    def discard(self, key: str) -> None:
        if key in self._send_queue:
            self._send_queue.remove(key)
        self._pending_sends.pop(key, None)
        self.model.remove_keys([key])

    def failed_texts(self) -> list[tuple[str, str]]:
        """(conversation, text) of each message that failed and waits for a retry."""
        return [
            (job["conversation"], job["text"])
            for job in self._pending_sends.values()
            if job["row"].send_state is SendState.FAILED and job["text"].strip()
        ]

    def row_for(self, event_id: bytes) -> ChatRow | None:
        position = self.model.position_of(message_key(event_id))
        return self.model.row(position) if position >= 0 else None

    def _fail(self, message: str) -> None:
        self._loading_older = self._loading_newer = False
        self.failed.emit(message)
