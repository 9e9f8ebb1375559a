"""Fixtures for the chats pane: befriended real cores, a shown pane per core, bulk messages."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from core.chat import direct_conversation
from core.chat.bodies import ChatMessage, ChatPlace
from core.clock import ManualClock, SystemClock
from core.facade import Core
from core.feeds import MAIN_FEED, MAIN_TOPIC, RawEvent
from desktop.chats import ChatsPane
from desktop.chats.messages.rows import ChatRow
from desktop.context import AppContext
from tests.support.profiles import befriend


@dataclass
class Shown:
    pane: ChatsPane
    context: AppContext

    @property
    def view(self):  # type: ignore[no-untyped-def]
        return self.pane.view

    def rows(self) -> list[ChatRow]:
        return self.pane.view.session.model.rows()

    def texts(self) -> list[str]:
        return [r.message.text for r in self.rows() if r.message is not None]


@pytest.fixture(autouse=True)
def _none_guard() -> None:
    """PySide6 6.12 on CPython 3.11 drops a reference to None per void call (see the guard)."""


@pytest.fixture
def clock() -> ManualClock:
    """One clock for every core in a test, starting now (so times read naturally)."""
    return ManualClock(SystemClock().now_ms())


@pytest.fixture
def people(make_core: Callable[..., Core], clock: ManualClock) -> Callable[..., list[Core]]:
    """``people("Alice", "Bob", ...)``: cores where the first is friends with every other."""

    def make(*names: str) -> list[Core]:
        cores = [make_core(name, clock) for name in names]
        for other in cores[1:]:
            befriend(cores[0], other)
        return cores

    return make


@pytest.fixture
def show_pane(
    qtbot: QtBot, make_context: Callable[[Core], AppContext]
) -> Iterator[Callable[[Core], Shown]]:
    """A ChatsPane over a core, shown at a desktop size, with its list loaded."""
    shown: list[Shown] = []

    def make(core: Core, context: AppContext | None = None) -> Shown:
        context = context or make_context(core)
        pane = ChatsPane(context)
        qtbot.addWidget(pane)
        pane.resize(1040, 720)
        with qtbot.waitSignal(pane.listRefreshed, timeout=5000):
            pane.show()
        qtbot.waitUntil(lambda: pane.directory.loaded, timeout=5000)
        item = Shown(pane, context)
        shown.append(item)
        return item

    yield make
    for item in shown:
        item.pane.view.flush_draft()
    for item in shown:  # let every answer land while the panes still exist
        qtbot.waitUntil(lambda item=item: not item.context.runner.busy, timeout=10_000)


def open_chat(qtbot: QtBot, shown: Shown, conversation: str) -> None:
    with qtbot.waitSignal(shown.pane.conversationShown, timeout=5000):
        shown.pane.open_conversation(conversation)


def bulk_messages(sender: Core, receiver: Core, count: int, prefix: str = "m") -> list[RawEvent]:
    """``count`` direct messages from ``sender`` to ``receiver`` as raw events to ingest.

    Written through the author directly (no folding on the sender), three times faster than
    ``send_text``: only the receiver's view of them matters in these tests.
    """
    key = sender.contacts.encryption_key(receiver.me)
    assert key is not None
    start = sender.feeds.note(sender.me, MAIN_FEED)
    first_seq = start.seq if start is not None else 0
    for n in range(count):
        body = ChatMessage(ChatPlace(to=receiver.me), f"{prefix} {n}").encode()
        sender._author.sealed(MAIN_TOPIC, body, [key])
    return sender.feeds.events_since(sender.me, MAIN_FEED, first_seq, count + 10)


def conversation_with(core: Core) -> str:
    return direct_conversation(core.me)


def copy_blobs(source: Core, target: Core) -> int:
    """What sync's blob transfer does: fetch every blob ``target`` misses from ``source``."""
    copied = 0
    for blob_id in target.missing_blobs():
        if not source.blobs.has(blob_id):
            continue
        target.blobs.begin_receive(blob_id, source.blobs.manifest_bytes(blob_id))
        for index in target.blobs.missing_chunks(blob_id):
            target.blobs.write_chunk(blob_id, index, source.blobs.read_chunk(blob_id, index))
        copied += 1
    return copied
