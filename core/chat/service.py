"""Chat: send, reply, mention, recall, read marks, drafts, history pages and search."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from core.bodies import MAX_TEXT_CHARS, TypedBody
from core.changes import ConversationChanged
from core.chat import local_view, message_deletion, transfer
from core.chat.bodies import (
    MAX_FILES,
    MAX_MENTIONS,
    ChatCardMessage,
    ChatMessage,
    ChatPlace,
    ChatRecall,
    FileRef,
)
from core.chat.cards import MAX_TITLE_CHARS, Card, UnsupportedCard
from core.chat.group_fold import group_scope
from core.chat.queries import MESSAGE_COLUMNS, MESSAGE_FROM, messages_from_rows, select_messages
from core.chat.values import (
    RECALL_WINDOW_MS,
    Attachment,
    ConversationId,
    ConversationSummary,
    Message,
    OutgoingFile,
    SearchHit,
    parse_conversation,
)
from core.errors import InvalidInput, NotAllowed, NotFound
from core.features import Kit
from core.feeds import MAIN_TOPIC, group_topic
from core.ids import BlobId, GroupId, PublicKey
from core.projection import Keyring

HISTORY_PAGE = 50


class ChatService:
    """Conversations and messages. Groups are managed by :class:`GroupsService`."""

    def __init__(self, kit: Kit) -> None:
        self._db = kit.database
        self._writer = kit.writer
        self._me = kit.me
        self._clock = kit.clock
        self._blobs = kit.blobs
        self._encryption_key_of = kit.people.encryption_key_of
        self._publish = kit.publish
        # None: every attachment is fetched (a headless node has nobody to ask); the desktop
        # sets its limit (transfer.DEFAULT_AUTO_DOWNLOAD_BYTES unless the person changes it).
        self.auto_download_bytes: int | None = None

    # -- sending -------------------------------------------------------------------------

    def _send(self, conversation: str, build: Callable[[ChatPlace], TypedBody]) -> bytes:
        """Publish a chat body into the right feed with the right encryption; its event id."""
        try:
            where, target = parse_conversation(conversation)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from exc
        if where == "direct":
            key = self._encryption_key_of(target)
            if key is None:
                raise NotAllowed("you can only message your contacts")
            body = build(ChatPlace(to=PublicKey(target))).encode()
            return self._writer.sealed(MAIN_TOPIC, body, [key]).id
        with self._db.read() as connection:
            active = connection.exec_driver_sql(
                "SELECT 1 FROM group_member WHERE group_id = ? AND identity = ? AND active",
                (target, self._me),
            ).first()
            scoped = Keyring.latest(connection, group_scope(target))
        if active is None or scoped is None:
            raise NotAllowed("you are no longer a member of this group")
        body = build(ChatPlace(group=GroupId(target))).encode()
        return self._writer.symmetric(group_topic(GroupId(target)), body, scoped.key).id

    def send_text(
        self,
        conversation: str,
        text: str,
        *,
        reply_to: bytes | None = None,
        mentions: Sequence[bytes] = (),
        mention_all: bool = False,
        files: Sequence[OutgoingFile] = (),
        progress: Callable[[int], None] | None = None,
    ) -> Message:
        """Send a message (text and/or files); returns it as stored. ``progress`` hears how
        many bytes of the files went into the blob store so far."""
        if len(text) > MAX_TEXT_CHARS:
            raise InvalidInput(f"a message has at most {MAX_TEXT_CHARS} characters")
        if not text.strip() and not files:
            raise InvalidInput("a message cannot be empty")
        if len(files) > MAX_FILES or len(mentions) > MAX_MENTIONS:
            raise InvalidInput(f"at most {MAX_FILES} files and {MAX_MENTIONS} mentions per message")
        total = transfer.TotalProgress(progress) if progress is not None else None
        attachments = [self._attach(f, total.next_file() if total else None) for f in files]
        event_id = self._send(
            conversation,
            lambda place: ChatMessage(
                place,
                text,
                reply_to,
                tuple(PublicKey(m) for m in mentions),
                mention_all,
                tuple(attachments),
            ),
        )
        self.set_draft(conversation, "")
        return self.require_message(event_id)

    def send_card(self, conversation: str, card: Card) -> Message:
        """Send a card (a transfer, a red envelope, a mini-program); returns it as stored.

        The feature that makes the card (the wallet, mini-programs) has done its own part
        first (signed the transfer, stored the package); the chat only carries the card.
        """
        if isinstance(card, UnsupportedCard):
            raise InvalidInput("this card cannot be sent")
        if not card.title.strip() or len(card.title) > MAX_TITLE_CHARS:
            raise InvalidInput(f"a card's title has 1 to {MAX_TITLE_CHARS} characters")
        ChatCardMessage.decode(ChatCardMessage(ChatPlace(to=self._me), card).fields())  # checks
        event_id = self._send(conversation, lambda place: ChatCardMessage(place, card))
        return self.require_message(event_id)

    def _attach(self, file: OutgoingFile, report: Callable[[int], None] | None = None) -> FileRef:
        if file.kind not in ("image", "file"):
            raise InvalidInput("an attachment is an image or a file")
        try:
            with Path(file.path).open("rb") as source:
                ref = self._blobs.add_stream(transfer.reading_with_progress(source, report))
        except FileNotFoundError as exc:
            raise InvalidInput(f"the file {file.name} cannot be read") from exc
        return FileRef(
            ref.blob_id,
            ref.key,
            ref.size,
            file.name[:255],
            file.mime[:100],
            file.kind,
            file.width,
            file.height,
        )

    def recall(self, message_event_id: bytes) -> Message:
        """Recall one of our messages within two minutes of sending it."""
        message = self.require_message(message_event_id)
        if not message.outgoing or message.system is not None:
            raise NotAllowed("you can only recall your own messages")
        if message.recalled:
            return message
        if self._clock.now_ms() - message.timestamp_ms > RECALL_WINDOW_MS:
            raise NotAllowed("messages can be recalled within two minutes only")
        self._send(
            message.conversation_id,
            lambda place: ChatRecall(place, message_event_id, message.timestamp_ms),
        )
        return self.require_message(message_event_id)

    # -- reading messages ------------------------------------------------------------------

    def message(self, event_id: bytes) -> Message | None:
        with self._db.read() as connection:
            found = select_messages(connection, "m.event_id = ?", (event_id,), "m.id", 1)
        return found[0] if found else None

    def messages(self, event_ids: Sequence[bytes]) -> list[Message]:
        """Several messages at once (reply quotes), in no particular order; unknown ids skipped."""
        found: list[Message] = []
        unique = list(dict.fromkeys(event_ids))
        with self._db.read() as connection:
            for start in range(0, len(unique), 500):
                chunk = unique[start : start + 500]
                marks = ",".join("?" * len(chunk))
                found.extend(
                    select_messages(
                        connection, f"m.event_id IN ({marks})", chunk, "m.id", len(chunk)
                    )
                )
        return found

    def require_message(self, event_id: bytes) -> Message:
        found = self.message(event_id)
        if found is None:
            raise NotFound("no such message")
        return found

    def history(
        self, conversation: str, before: tuple[int, int] | None = None, limit: int = HISTORY_PAGE
    ) -> list[Message]:
        """The ``limit`` messages before the cursor (newest page when None), oldest first."""
        with self._db.read() as connection:
            if before is None:
                page = select_messages(
                    connection,
                    "m.conversation_id = ?",
                    (conversation,),
                    "m.timestamp_ms DESC, m.id DESC",
                    limit,
                )
            else:
                page = select_messages(
                    connection,
                    "m.conversation_id = ? AND (m.timestamp_ms, m.id) < (?, ?)",
                    (conversation, *before),
                    "m.timestamp_ms DESC, m.id DESC",
                    limit,
                )
        page.reverse()
        return page

    def history_after(
        self, conversation: str, after: tuple[int, int], limit: int = HISTORY_PAGE
    ) -> list[Message]:
        """The ``limit`` messages after the cursor, oldest first (for jumping to a search hit)."""
        with self._db.read() as connection:
            return select_messages(
                connection,
                "m.conversation_id = ? AND (m.timestamp_ms, m.id) > (?, ?)",
                (conversation, *after),
                "m.timestamp_ms, m.id",
                limit,
            )

    def message_count(self, conversation: str) -> int:
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT COUNT(*) FROM message WHERE conversation_id = ?", (conversation,)
            ).first()
        return int(row[0]) if row else 0

    def first_unread(self, conversation: str) -> Message | None:
        """The oldest unread message from others (where the "new messages" divider goes)."""
        with self._db.read() as connection:
            found = select_messages(
                connection,
                "m.conversation_id = ? AND NOT m.outgoing AND m.id > COALESCE((SELECT read_upto"
                " FROM conversation_state WHERE conversation_id = ?), 0)",
                (conversation, conversation),
                "m.timestamp_ms, m.id",
                1,
            )
        return found[0] if found else None

    # -- conversations ---------------------------------------------------------------------

    def conversations(self) -> list[ConversationSummary]:
        """Every conversation with a message or a draft: pinned first, then newest first."""
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT c.id, c.kind, c.peer, c.group_id, c.last_message, c.last_ms,"
                " COALESCE(s.pinned, 0), COALESCE(s.muted, 0), COALESCE(s.draft, ''),"
                " COALESCE(s.draft_ms, 0), g.name,"
                " (SELECT COUNT(*) FROM message m WHERE m.conversation_id = c.id AND m.outgoing = 0"
                "  AND NOT m.recalled AND m.system IS NULL AND m.id > COALESCE(s.read_upto, 0)),"
                " (SELECT COUNT(*) FROM message m"
                "  WHERE m.conversation_id = c.id AND m.mention_me = 1"
                "  AND NOT m.recalled AND m.id > COALESCE(s.read_upto, 0))"
                " FROM conversation c LEFT JOIN conversation_state s ON s.conversation_id = c.id"
                " LEFT JOIN chat_group g ON g.group_id = c.group_id"
                " UNION ALL SELECT s.conversation_id, substr(s.conversation_id, 1, 1), NULL, NULL,"
                " NULL, 0, s.pinned, s.muted, s.draft, s.draft_ms, NULL, 0, 0"
                " FROM conversation_state s WHERE (s.draft != '' OR s.pinned)"
                " AND s.conversation_id NOT IN (SELECT id FROM conversation)"
            ).all()
            last_ids = [int(row[4]) for row in rows if row[4] is not None]
            last = {m.id: m for m in self._by_ids(connection, last_ids)}
        summaries = []
        for row in rows:
            conversation = ConversationId(str(row[0]))
            kind, raw = parse_conversation(conversation)
            summaries.append(
                ConversationSummary(
                    id=conversation,
                    kind=kind,
                    peer=PublicKey(raw) if kind == "direct" else None,
                    group_id=GroupId(raw) if kind == "group" else None,
                    group_name=str(row[10] or ""),
                    last_message=last.get(int(row[4])) if row[4] is not None else None,
                    unread=int(row[11]),
                    unread_mention=int(row[12]) > 0,
                    pinned=bool(row[6]),
                    muted=bool(row[7]),
                    draft=str(row[8]),
                    sort_ms=max(int(row[5]), int(row[9])),
                )
            )
        summaries.sort(key=lambda s: (not s.pinned, -s.sort_ms))
        return summaries

    def conversation(self, conversation: str) -> ConversationSummary | None:
        for summary in self.conversations():
            if summary.id == conversation:
                return summary
        return None

    @staticmethod
    def _by_ids(connection: Any, ids: Sequence[int]) -> list[Message]:
        found: list[Message] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = connection.exec_driver_sql(
                f"SELECT {MESSAGE_COLUMNS} FROM {MESSAGE_FROM} WHERE m.id IN ({marks})",
                tuple(chunk),
            ).all()
            found.extend(messages_from_rows(connection, rows))
        return found

    def unread_total(self, include_muted: bool = False, exclude: str | None = None) -> int:
        """Unread messages in every conversation (but muted ones and ``exclude``)."""
        return sum(
            s.unread
            for s in self.conversations()
            if (include_muted or not s.muted) and s.id != exclude
        )

    # -- local state -------------------------------------------------------------------------

    def _set_state(self, conversation: str, **values: Any) -> None:
        columns = ", ".join(values)
        marks = ", ".join("?" * len(values))
        updates = ", ".join(f"{column} = excluded.{column}" for column in values)
        with self._db.write() as connection:
            connection.exec_driver_sql(
                f"INSERT INTO conversation_state (conversation_id, {columns}) VALUES (?, {marks})"
                f" ON CONFLICT(conversation_id) DO UPDATE SET {updates}",
                (conversation, *values.values()),
            )
        self._publish([ConversationChanged(conversation)])

    def mark_read(self, conversation: str, upto: int | None = None) -> None:
        """Mark read everything (or everything up to message ``upto``, a Message.id) in a chat."""
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT MAX(id), (SELECT read_upto FROM conversation_state"
                " WHERE conversation_id = ?) FROM message WHERE conversation_id = ?",
                (conversation, conversation),
            ).first()
        newest = int(row[0]) if row and row[0] is not None else 0
        current = int(row[1]) if row and row[1] is not None else 0
        target = newest if upto is None else min(upto, newest)
        if target > current:
            self._set_state(conversation, read_upto=target)

    def unread_count(self, conversation: str) -> int:
        """Messages from others not read yet in one conversation."""
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT COUNT(*) FROM message m WHERE m.conversation_id = ? AND NOT m.outgoing"
                " AND NOT m.recalled AND m.system IS NULL AND m.id > COALESCE((SELECT read_upto"
                " FROM conversation_state WHERE conversation_id = ?), 0)",
                (conversation, conversation),
            ).first()
        return int(row[0]) if row else 0

    def set_draft(self, conversation: str, text: str) -> None:
        if len(text) > MAX_TEXT_CHARS:
            raise InvalidInput("this draft is too long")
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT draft FROM conversation_state WHERE conversation_id = ?", (conversation,)
            ).first()
        if (row[0] if row else "") == text:
            return
        self._set_state(conversation, draft=text, draft_ms=self._clock.now_ms() if text else 0)

    def draft(self, conversation: str) -> str:
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT draft FROM conversation_state WHERE conversation_id = ?", (conversation,)
            ).first()
        return str(row[0]) if row else ""

    def set_pinned(self, conversation: str, pinned: bool) -> None:
        self._set_state(conversation, pinned=pinned)

    def set_muted(self, conversation: str, muted: bool) -> None:
        self._set_state(conversation, muted=muted)

    def mark_unread(self, conversation: str) -> bool:
        """Show a conversation as unread again (its newest message from others is new)."""
        return local_view.mark_unread(self._db, self._publish, conversation)

    def delete_chat(self, conversation: str) -> None:
        """Delete a chat on this device only (messages, draft, pin); nothing is sent."""
        local_view.delete_chat(self._db, self._publish, conversation)

    def delete_for_me(self, message_event_ids: Sequence[bytes]) -> int:
        """Delete messages on this device only (others keep them); how many were deleted."""
        return message_deletion.delete_for_me(self._db, self._publish, message_event_ids)

    def forward(self, message_event_id: bytes, conversation: str) -> Message:
        """Send a copy of a message (its text and files; not its quote or mentions) to
        ``conversation``. Its files are referenced, not copied: they must have arrived here."""
        message = self.require_message(message_event_id)
        if message.recalled or message.system is not None:
            raise NotAllowed("this message cannot be forwarded")
        if any(not self._blobs.has(a.blob_id) for a in message.attachments):
            raise NotAllowed("a file of this message has not arrived yet")
        files = tuple(
            FileRef(a.blob_id, a.key, a.size, a.name, a.mime, a.kind, a.width, a.height)
            for a in message.attachments
        )
        event_id = self._send(
            conversation, lambda place: ChatMessage(place, message.text, files=files)
        )
        return self.require_message(event_id)

    def note_delivered(self, peer: bytes, feed_id: bytes, seq: int) -> bool:
        """Record that ``peer`` holds our feed up to ``seq``; True when that is news."""
        with self._db.write() as connection:
            result = connection.exec_driver_sql(
                "INSERT INTO delivery (feed_id, peer, seq) VALUES (?, ?, ?)"
                " ON CONFLICT(feed_id, peer) DO UPDATE SET seq = excluded.seq"
                " WHERE excluded.seq > delivery.seq",
                (feed_id, peer, seq),
            )
            if not result.rowcount:
                return False
            rows = connection.exec_driver_sql(
                "SELECT DISTINCT conversation_id FROM message WHERE feed_id = ? AND author = ?"
                " AND outgoing AND seq <= ?",
                (feed_id, self._me, seq),
            ).all()
        self._publish([ConversationChanged(str(row[0])) for row in rows])
        return True

    def attachment_blob_ids(self) -> list[BlobId]:
        """The blobs our messages reference that sync may fetch: attachments up to
        :attr:`auto_download_bytes` and larger ones the person asked for."""
        with self._db.read() as connection:
            wanted = transfer.fetchable_attachments(connection, self.auto_download_bytes)
            rows = connection.exec_driver_sql(
                "SELECT blob_id FROM message_card WHERE blob_id IS NOT NULL"
            ).all()
        return wanted + [BlobId(bytes(row[0])) for row in rows]

    def approve_download(self, blob_id: bytes) -> None:
        """Fetch an attachment over the auto-download limit after all (the person asked)."""
        with self._db.write() as connection:
            conversations = transfer.approve_download(connection, blob_id)
        # A change wakes sync's blob fetching, which now takes this one too.
        self._publish([ConversationChanged(c) for c in conversations])

    def download_waits(self, attachment: Attachment) -> bool:
        """Whether an attachment not here waits for the person (over the limit, not asked)."""
        limit = self.auto_download_bytes
        if limit is None or attachment.size <= limit or self._blobs.has(attachment.blob_id):
            return False
        with self._db.read() as connection:
            return not transfer.is_approved(connection, attachment.blob_id)

    def arrival(self, blob_id: BlobId) -> tuple[int, int] | None:
        """(chunks here, chunks in all) of an attachment being received; None before any."""
        return transfer.arrival(self._blobs, blob_id)

    # -- search ------------------------------------------------------------------------------

    def search(
        self, query: str, conversation: str | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Messages containing ``query`` (any language), newest first."""
        needle = query.strip()
        if not needle:
            return []
        scope = "" if conversation is None else " AND m.conversation_id = ?"
        scope_params: tuple[Any, ...] = () if conversation is None else (conversation,)
        with self._db.read() as connection:
            if len(needle) >= 3:
                # Trigram FTS: a quoted phrase matches any substring of three or more characters.
                phrase = '"' + needle.replace('"', '""') + '"'
                if conversation is None:
                    # Newest first by arrival (the FTS rowid): FTS5 walks its index backwards
                    # and stops after ``limit`` hits instead of sorting every match.
                    rows = connection.exec_driver_sql(
                        f"SELECT {MESSAGE_COLUMNS} FROM {MESSAGE_FROM} WHERE m.id IN"
                        " (SELECT rowid FROM message_fts WHERE message_fts MATCH ?"
                        " ORDER BY rowid DESC LIMIT ?) ORDER BY m.id DESC",
                        (phrase, limit),
                    ).all()
                else:
                    rows = _search_chunks(connection, phrase, conversation, limit)
            else:
                pattern = (
                    "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                )
                rows = connection.exec_driver_sql(
                    f"SELECT {MESSAGE_COLUMNS} FROM {MESSAGE_FROM}"
                    f" WHERE m.text LIKE ? ESCAPE '\\'{scope} AND NOT m.recalled"
                    " ORDER BY m.timestamp_ms DESC LIMIT ?",
                    (pattern, *scope_params, limit),
                ).all()
            messages = messages_from_rows(connection, rows)
        return [SearchHit(message, _snippet(message.text, needle)) for message in messages]


def _search_chunks(connection: Any, phrase: str, conversation: str, limit: int) -> list[Any]:
    """Hits in one conversation, newest first: walk the index backwards in chunks, filter."""
    found: list[Any] = []
    below = 1 << 62
    chunk = 500
    while len(found) < limit:
        ids = [
            int(row[0])
            for row in connection.exec_driver_sql(
                "SELECT rowid FROM message_fts WHERE message_fts MATCH ? AND rowid < ?"
                " ORDER BY rowid DESC LIMIT ?",
                (phrase, below, chunk),
            )
        ]
        if not ids:
            break
        below = ids[-1]
        chunk *= 4  # rare in this chat: look further back each round
        marks = ",".join("?" * len(ids))
        found.extend(
            connection.exec_driver_sql(
                f"SELECT {MESSAGE_COLUMNS} FROM {MESSAGE_FROM} WHERE m.id IN ({marks})"
                " AND m.conversation_id = ? ORDER BY m.id DESC",
                (*ids, conversation),
            ).all()
        )
    return found[:limit]


def _snippet(text: str, needle: str, width: int = 40) -> str:
    """A short piece of ``text`` around the first match."""
    at = text.casefold().find(needle.casefold())
    if at < 0:
        return text[: 2 * width]
    start = max(0, at - width)
    end = min(len(text), at + len(needle) + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
