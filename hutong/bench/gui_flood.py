"""GUI figure: the longest stall of the GUI thread while 10,000 messages arrive in an open chat.

A friend's 10,000 direct messages (signed beforehand) are ingested from a worker thread, 250 at
a time as sync would, into the profile of a ``ChatsPane`` (offscreen, in this process) that has
the friend's chat open at its newest message. A 5 ms heartbeat timer on the GUI thread records
the time between its beats; the figure is the longest gap, i.e. the longest time the GUI thread
could not run (issue 4's "no GUI-thread stall over 50 ms"). It moved here from the test suite,
which keeps the behaviour (every message shown, the view trimmed and following) without a clock.
"""

from __future__ import annotations

import statistics
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from core.chat import direct_conversation
from core.clock import SystemClock
from core.facade import Core
from core.feeds import MAIN_FEED, RawEvent
from hutong.bench.report import Figure, Report

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

STALL_LIMIT_MS = 50.0


def build_flood(folder: Path, count: int) -> tuple[Path, str, list[RawEvent]]:
    """Our profile (friends with Bob, one message from him), and ``count`` more to arrive.

    Bob sends through his own chat service (a minute for 10,000, but the public way).
    """
    from hutong.bench.sync import befriend

    with (
        Core.open(folder / "me", name="Me", clock=SystemClock()) as me,
        Core.open(folder / "bob", name="Bob", clock=SystemClock()) as bob,
    ):
        befriend(me, bob)
        conversation = direct_conversation(me.me)
        bob.chat.send_text(conversation, "first")
        me.ingest(bob.feeds.events_since(bob.me, MAIN_FEED, 0, 1_000))
        start = bob.feeds.note(bob.me, MAIN_FEED)
        assert start is not None
        for n in range(count):
            bob.chat.send_text(conversation, f"m {n}")
        flood = bob.feeds.events_since(bob.me, MAIN_FEED, start.seq, count + 10)
        return folder / "me", direct_conversation(bob.me), flood


def flood_figure(report: Report, folder: Path, count: int = 10_000) -> None:
    from PySide6.QtCore import QTimer

    from desktop.chats.pane import ChatsPane
    from hutong.bench.gui import _spin, open_time, shown_pane

    print(f"gui: {count:,} messages from a friend, signed…", flush=True)
    profile, conversation, flood = build_flood(folder, count)

    def has_the_chat(pane: QWidget) -> bool:
        return isinstance(pane, ChatsPane) and pane.model.rowCount() >= 1

    with shown_pane(profile, ChatsPane, has_the_chat) as (app, shown):
        assert isinstance(shown, ChatsPane)
        open_time(shown, conversation)
        core = shown.context.core
        gaps: list[float] = []
        last = [time.perf_counter()]

        def beat() -> None:
            now = time.perf_counter()
            gaps.append((now - last[0]) * 1000)
            last[0] = now

        heartbeat = QTimer()
        heartbeat.setInterval(5)
        heartbeat.timeout.connect(beat)
        done = threading.Event()

        def arrive() -> None:
            try:
                for start in range(0, len(flood), 250):
                    core.ingest(flood[start : start + 250])
            finally:
                done.set()

        heartbeat.start()
        worker = threading.Thread(target=arrive, name="bench-flood")
        worker.start()
        try:
            _spin(app, done.is_set, 300)
            model, last_text = shown.view.session.model, f"m {count - 1}"
            _spin(app, lambda: getattr(model.newest(), "text", None) == last_text, 60)
        finally:
            heartbeat.stop()
            worker.join()
    worst = max(gaps[1:])
    report.add(
        Figure(
            f"{count:,} messages arriving in an open chat: longest GUI-thread stall",
            worst,
            "ms",
            f"< {STALL_LIMIT_MS:.0f} ms",
            worst < STALL_LIMIT_MS,
            note=f"{len(gaps)} beats of 5 ms, median gap {statistics.median(gaps):.1f} ms",
        )
    )
