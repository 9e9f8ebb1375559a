"""Big chats: only the newest page loads, older pages load on scrolling and lay out only their
own rows however many are loaded, the screen stays right though pages above repaint nothing,
and a flood of 10,000 incoming messages is followed and trimmed.

No clock here: how long the GUI thread stalls during the flood, and how long frames take while
scrolling, are figures of ``hutong bench gui`` (a busy machine would fail a timed test)."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Sequence

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.chat import Message
from desktop.app import tune_for_responsiveness
from desktop.chats.messages.rows import ChatRow
from tests.gui.chats.conftest import bulk_messages, conversation_with, open_chat


def _on_screen(widget: QWidget) -> QImage:
    """What the window's backing store holds for ``widget`` (not a fresh paint)."""
    window = widget.window().windowHandle()
    shot = window.screen().grabWindow(window.winId())
    corner = widget.mapTo(widget.window(), QPoint(0, 0))
    return shot.copy(corner.x(), corner.y(), widget.width(), widget.height()).toImage()


def _shows_a_fresh_paint(widget: QWidget) -> bool:
    shown = _on_screen(widget).convertToFormat(QImage.Format.Format_RGB32)
    fresh = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    # The first and last pixel rows differ by antialiasing after any scroll (a Qt blit).
    width, height = shown.width(), shown.height() - 2
    return shown.copy(0, 1, width, height) == fresh.copy(0, 1, width, height)


def test_a_long_chat_loads_pages_lazily_and_keeps_order(qtbot: QtBot, people, show_pane) -> None:
    alice, bob = people("Alice", "Bob")
    alice.ingest(bulk_messages(bob, alice, 3000))
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    model = shown.view.session.model
    assert model.message_count() == 50
    assert shown.texts()[-1] == "m 2999"
    view = shown.view.list_view
    for pages in (2, 3, 4):
        view.verticalScrollBar().setValue(5)
        view.verticalScrollBar().setValue(0)  # near the top: the next page is asked for
        top = view.indexAt(view.viewport().rect().topLeft())
        first_message = next(r for r in range(top.row(), model.rowCount()) if model.row(r).message)
        anchor_key = model.row(first_message).key
        qtbot.waitUntil(lambda n=pages: model.message_count() >= 50 * n, timeout=15_000)
        # The row that was at the top is still on screen: the position was kept.
        still = view.visualRect(model.index(model.position_of(anchor_key)))
        assert view.viewport().rect().intersects(still)
    numbers = [int(t.split()[1]) for t in shown.texts()]
    assert len(numbers) % 50 == 0 and len(numbers) < 3000  # whole pages, not everything
    assert numbers == list(range(3000 - len(numbers), 3000))


def test_an_older_page_lays_out_only_its_own_rows_however_many_are_loaded(
    qtbot: QtBot, people, show_pane, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The work of a page is counted, not timed: rows measured per page stay the page's own
    (a QListView would lay out every loaded row again on each insertion)."""
    alice, bob = people("Alice", "Bob")
    alice.ingest(bulk_messages(bob, alice, 2100))
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    model, view = shown.view.session.model, shown.view.list_view
    delegate = view.message_delegate()
    prepend, row_height = model.prepend, delegate.row_height
    measured = [0]
    pages: list[tuple[int, int]] = []  # (rows added, rows measured) per page

    def counted_row_height(row: ChatRow, width: int) -> int:
        measured[0] += 1
        return row_height(row, width)

    def counted_prepend(messages: Sequence[Message]) -> int:
        measured[0] = 0
        added = prepend(messages)
        view.indexAt(QPoint(8, 1))  # and any layout the view put off until asked
        pages.append((added, measured[0]))
        return added

    monkeypatch.setattr(delegate, "row_height", counted_row_height)
    monkeypatch.setattr(model, "prepend", counted_prepend)
    while model.message_count() < 2000:
        view.verticalScrollBar().setValue(0)  # at the top: the next page is asked for
        top = view.indexAt(QPoint(8, 0)).row()
        anchor = next(r for r in range(top, model.rowCount()) if model.row(r).message)
        key, y = model.row(anchor).key, view.visualRect(model.index(anchor)).top()
        seen = len(pages)
        qtbot.waitUntil(lambda seen=seen: len(pages) > seen, timeout=30_000)
        # The row that was at the top has not moved a pixel.
        assert view.visualRect(model.index(model.position_of(key))).top() == y
    numbers = [int(t.split()[1]) for t in shown.texts()]
    assert numbers == list(range(2100 - len(numbers), 2100))
    assert len(pages) >= 39
    # A page of 50 messages adds up to ~100 rows (time separators): never all loaded rows.
    assert all(measured <= added + 2 for added, measured in pages), pages


def test_the_screen_stays_right_as_pages_and_messages_arrive(
    qtbot: QtBot, people, show_pane, clock
) -> None:
    alice, bob = people("Alice", "Bob")
    for group in range(40):  # messages of many lengths, a time separator every seven
        alice.ingest(bulk_messages(bob, alice, 7, prefix=f"g{group}" + " word" * (group % 23)))
        clock.advance(90_000)
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    model, view = shown.view.session.model, shown.view.list_view
    bar, wrong = view.verticalScrollBar(), []

    def check(step: str) -> None:
        # A region left stale stays stale however long we wait; a repaint that is merely
        # late (a loaded machine) lands within the wait.
        try:
            qtbot.waitUntil(lambda: _shows_a_fresh_paint(view), timeout=10_000)
        except qtbot.TimeoutError:
            wrong.append(step)

    for step in range(200):  # up through the older pages, which arrive above
        if shown.view.session.at_start and bar.value() == 0:
            break
        bar.setValue(bar.value() - 150 - step % 90)
        check(f"scrolling up, {model.rowCount()} rows")
    assert model.message_count() == 280
    model.set_highlight(model.row(view.indexAt(QPoint(8, 100)).row()).key)
    check("a highlight")
    shown.view.jump_to_bottom()
    bar.setValue(bar.maximum() - 150)  # scrolled up a little: new messages arrive below
    alice.ingest(bulk_messages(bob, alice, 30, prefix="live"))
    qtbot.waitUntil(lambda: shown.texts()[-1] == "live 29")
    check("new messages below")
    shown.view.jump_to_bottom()
    for burst in range(6):  # at the bottom: followed, with the top trimmed
        alice.ingest(bulk_messages(bob, alice, 25, prefix=f"burst{burst}"))
        qtbot.waitUntil(lambda burst=burst: shown.texts()[-1] == f"burst{burst} 24")
        check(f"burst {burst}, {model.rowCount()} rows")
    assert view.is_at_bottom()
    assert model.message_count() < 280 + 180  # trimmed while following
    assert not wrong, wrong


@pytest.mark.slow
def test_ten_thousand_arriving_messages_are_followed_and_trimmed(
    qtbot: QtBot, people, show_pane
) -> None:
    """Behaviour only; the GUI thread's longest stall during this flood is a bench figure."""
    alice, bob = people("Alice", "Bob")
    alice.ingest(bulk_messages(bob, alice, 1, prefix="first"))
    flood = bulk_messages(bob, alice, 10_000)
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    done = threading.Event()

    def ingest() -> None:
        try:
            for start in range(0, len(flood), 250):
                alice.ingest(flood[start : start + 250])
        finally:
            done.set()

    switch_interval = sys.getswitchinterval()
    tune_for_responsiveness()  # as the composition root does once the window is up
    worker = threading.Thread(target=ingest)
    worker.start()
    try:
        qtbot.waitUntil(done.is_set, timeout=240_000)
        qtbot.waitUntil(lambda: shown.texts()[-1:] == ["m 9999"], timeout=120_000)
    finally:
        worker.join()
        sys.setswitchinterval(switch_interval)
        gc.unfreeze()
    assert shown.view.session.model.message_count() <= 400  # trimmed while following
    assert shown.view.list_view.is_at_bottom()
