"""The LAN transport: an instance's updates as events of each member's ``app/…`` feed.

``send`` hands our update to one worker thread, which encrypts it for the conversation
(:mod:`core.miniprograms.instances`) and appends it to our feed (sync then pushes it to the
members); the GUI thread never waits for the database. Every member's updates (ours
included) are folded into ``app_update``; ``listen`` replays the instance's rows, then gives
each new row after a fold
(``UpdateFeeds.poll``, run after events from peers are folded and after our own appends).

On the wire an update's author is the member's identity key in hex (``member_addr``), so
the fold can check it against the event's signer. An app may know itself by another
``selfAddr``; the transport renames our own author (and our entry in the causal context)
between the two, in both directions.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from types import MappingProxyType

from core.authoring import EventWriter
from core.features import People
from core.ids import FeedId, PublicKey
from core.miniprograms.bodies import AppUpdateBody
from core.miniprograms.errors import UpdateRefused
from core.miniprograms.instances import app_feed_id, app_topic, group_key_scope, member_addr
from core.miniprograms.transport import Receiver
from core.miniprograms.updates import AppUpdate, update_from_bytes
from core.projection import Keyring
from core.store import Database

log = logging.getLogger(__name__)
_ROWS_PAGE = 500


class _Listener:
    def __init__(self, feed_id: FeedId, deliver: Callable[[bytes], None]) -> None:
        self.feed_id = feed_id
        self.deliver = deliver
        self.cursor = 0


class UpdateFeeds:
    """The listeners of every open instance, and the worker that appends our updates."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._lock = threading.RLock()
        self._listeners: list[_Listener] = []
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._pending = 0
        self._idle = threading.Condition()
        self._worker: threading.Thread | None = None
        self._closed = False

    # -- listening -------------------------------------------------------------------------

    def listen(self, feed_id: FeedId, deliver: Callable[[bytes], None]) -> Callable[[], None]:
        listener = _Listener(feed_id, deliver)
        with self._lock:
            self._catch_up(listener)  # replay, then registered with no gap before polls
            self._listeners.append(listener)

        def stop() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return stop

    def poll(self) -> None:
        """Give every listener the rows folded since it last heard (any thread)."""
        with self._lock:
            for listener in list(self._listeners):
                self._catch_up(listener)

    def _catch_up(self, listener: _Listener) -> None:
        while True:
            with self._db.read() as connection:
                rows = connection.exec_driver_sql(
                    "SELECT arrival, data FROM app_update WHERE feed_id = ? AND arrival > ?"
                    " ORDER BY arrival LIMIT ?",
                    (listener.feed_id, listener.cursor, _ROWS_PAGE),
                ).all()
            for arrival, data in rows:
                listener.cursor = int(arrival)
                try:
                    listener.deliver(bytes(data))
                except Exception:  # a listener's bug must not stop the others
                    log.exception("an app update listener failed")
            if len(rows) < _ROWS_PAGE:
                return

    # -- appending -------------------------------------------------------------------------

    def submit(self, job: Callable[[], None]) -> None:
        """Run ``job`` on the worker thread, after the jobs submitted before it (dropped once
        the profile is closing: an app window may outlive it by a moment)."""
        with self._idle:
            if self._closed:
                log.warning("an app update was not sent: the profile is closing")
                return
            self._pending += 1
            if self._worker is None:
                self._worker = threading.Thread(
                    target=self._work, name="miniprogram-updates", daemon=True
                )
                self._worker.start()
        self._jobs.put(job)

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until every submitted job has run (tests, closing)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def close(self, timeout: float = 10.0) -> bool:
        """Refuse new jobs and wait for the submitted ones (before the database closes)."""
        with self._idle:
            self._closed = True
        with self._lock:
            self._listeners.clear()
        return self.wait_idle(timeout)

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                job()
            except Exception:
                log.exception("an app update could not be stored")
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()


class LanTransport:
    """One member's link to one instance (implements ``UpdateTransport``)."""

    def __init__(
        self,
        feeds: UpdateFeeds,
        database: Database,
        writer: EventWriter,
        people: People,
        me: PublicKey,
        program_id: bytes,
        scope: str,
        conversation: str | None,
        self_addr: str | None = None,
    ) -> None:
        self._feeds = feeds
        self._database = database
        self._writer = writer
        self._people = people
        self._me = me
        self.program_id = program_id
        self.scope = scope
        self.conversation = conversation
        self.feed_id = app_feed_id(program_id, scope)
        self.wire_addr = member_addr(me)
        self.self_addr = self_addr or self.wire_addr

    def send(self, update: AppUpdate) -> None:
        body = AppUpdateBody(self.program_id, self.scope, self._renamed(update, to_wire=True))
        data = body.encode()  # encoded now: the update is validated in the caller's thread
        self._feeds.submit(lambda: self._append(data))

    def listen(self, receive: Receiver) -> Callable[[], None]:
        def deliver(data: bytes) -> None:
            try:
                update = update_from_bytes(data)
            except UpdateRefused:  # pragma: no cover - rows were checked when folded
                return
            receive(self._renamed(update, to_wire=False))

        return self._feeds.listen(self.feed_id, deliver)

    def _append(self, data: bytes) -> None:
        topic = app_topic(self.program_id, self.scope)
        conversation = self.conversation
        if not conversation:
            self._writer.sealed(topic, data, [])
        elif conversation.startswith("d:"):
            key = self._people.encryption_key_of(bytes.fromhex(conversation[2:]))
            if key is None:
                log.warning("an app update was not sent: the peer is not a contact")
                return
            self._writer.sealed(topic, data, [key])
        else:
            group_key = self._group_key(conversation)
            if group_key is None or self._me not in self.members():
                log.warning("an app update was not sent: we are no longer in this group")
                return
            self._writer.symmetric(topic, data, group_key)
        self._feeds.poll()

    def _group_key(self, conversation: str) -> bytes | None:
        scope = group_key_scope(conversation)
        if scope is None:
            return None
        with self._database.read() as connection:
            latest = Keyring.latest(connection, scope)
        return None if latest is None else latest.key

    def members(self) -> frozenset[PublicKey]:
        if not self.conversation:
            return frozenset({self._me})
        return self._people.conversation_members(self.conversation)

    def _renamed(self, update: AppUpdate, *, to_wire: bool) -> AppUpdate:
        old, new = (self.self_addr, self.wire_addr) if to_wire else (self.wire_addr, self.self_addr)
        if old == new or (update.author != old and old not in update.after):
            return update
        after = {new if a == old else a: n for a, n in update.after.items()}
        author = new if update.author == old else update.author
        return AppUpdate(author, update.seq, MappingProxyType(after), update.body)
