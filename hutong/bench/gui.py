"""GUI figures (DESIGN §10): cold start, opening and scrolling a 100,000-message chat,
scrolling a 5,000-post Moments timeline, idle memory of the app and of a headless node, and
search over 1,000,000 messages.

- **cold start**: ``python -m hutong --profile DIR`` on the 100,000-message profile, under Xvfb
  when it is installed (offscreen otherwise), from ``Popen`` until the main window is shown and
  the chats list holds its rows — asked through the automation socket every 5 ms. The limit
  beside it is a bare PySide6 process showing an empty main window, measured the same way.
- **opening a chat**: in this process (offscreen), a ``ChatsPane`` on that profile, from
  ``open_conversation(id)`` to ``conversationShown``; opens alternate with a small chat so that
  each one is a real open.
- **scrolling**: the same view scrolled towards older messages at 60 frames a second, 240 px a
  frame, through 1,000 rows. A frame's cost is all the GUI thread did in its period: the
  events it handled (older pages arriving, layout) plus the scroll and a synchronous repaint.
- **Moments**: a timeline of 5,000 of our posts with 0 to 9 real pictures each (thumbnails
  and originals stored as blobs), in a ``MomentsPane`` scrolled down through 1,000 posts the
  same way; older pages load and thumbnails decode on workers while it scrolls.
- **idle memory**: the real app with the big chat open, and ``hutong node`` on the biggest
  profile, resident memory (``/proc/<pid>/status``) after a few seconds idle.
- **search**: ``core.chat.search(word)`` as the search box calls it (the newest 50 hits) over
  1,000,000 messages, for a word in one message in 3,000. Building that profile takes minutes,
  so ``--quick`` skips it.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from core.clock import SystemClock
from core.facade import Core
from hutong.bench.app_process import AppProcess, VirtualDisplay, process_rss_mb
from hutong.bench.gui_flood import flood_figure
from hutong.bench.nodes import NodeProcess
from hutong.bench.report import Figure, Report
from hutong.bench.workload import group_history, moments_history

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.chats.pane import ChatsPane
    from desktop.context import AppContext

BIG_CHAT = "History"
SMALL_CHAT = "Small talk"
RARE_WORD = "zebra"
RARE_EVERY = 3000
IDLE_SECONDS = 5.0
FRAME_S = 1 / 60
SCROLL_PX = 240
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1080, 720)
window.show()
QTimer.singleShot(0, lambda: print("ready", flush=True))
app.exec()
"""


def bench_gui(report: Report, quick: bool) -> None:
    count = 20_000 if quick else 100_000
    posts = 1_500 if quick else 5_000
    with tempfile.TemporaryDirectory(prefix="hutong-bench-gui-") as folder:
        root = Path(folder)
        profile = root / "gui"
        print(f"gui: building a chat of {count:,} messages…", flush=True)
        big, small = build_chat_profile(profile, count)
        display = VirtualDisplay() if VirtualDisplay.available() else None
        where = "Xvfb" if display is not None else "offscreen"
        try:
            screen = display.start() if display is not None else None
            cold_start(report, profile, screen, where)
            gui_memory(report, profile, screen, count)
        finally:
            if display is not None:
                display.stop()
        chat_figures(report, profile, big, small, count)
        flood_figure(report, root / "flood", 2_000 if quick else 10_000)
        print(f"gui: building a Moments timeline of {posts:,} posts…", flush=True)
        (root / "pictures").mkdir()
        build_moments_profile(root / "moments", posts, root / "pictures")
        moments_figure(report, root / "moments", posts)
        node_profile = profile
        if quick:
            print("search over 1,000,000 messages: skipped in --quick (building takes minutes)")
        else:
            node_profile = root / "search"
            search_figure(report, node_profile, 1_000_000)
        node_memory(report, node_profile)


# -- profiles ----------------------------------------------------------------------------------


def build_chat_profile(profile: Path, count: int) -> tuple[str, str]:
    """A profile with a group of ``count`` messages and a small one; their conversation ids."""
    with Core.open(profile, name="Bench", clock=SystemClock()) as core:
        big = core.groups.create(BIG_CHAT, [])
        group_history(core, big, count)
        small = core.groups.create(SMALL_CHAT, [])
        group_history(core, small, 30, start_ms=1_600_000_000_000)
    return big, small


def _rare_text(index: int) -> str:
    text = f"message {index}: the quick brown fox"
    return text + f" jumps over the {RARE_WORD}" if index % RARE_EVERY == 0 else text


# -- the real app ------------------------------------------------------------------------------


def _app_ready(app: AppProcess, rows: int) -> bool:
    return app.visible("mainWindow") and len(app.rows("chatsList")) >= rows


def launch_ready(profile: Path, screen: str | None, log: Path) -> tuple[AppProcess, float]:
    """Start the app; returns it and the seconds until its window is usable."""
    app = AppProcess(profile, log, display=screen)
    started = app.start()
    app.connect(every=0.005)
    app.wait_for(lambda: _app_ready(app, 2), "a usable window", 60, every=0.005)
    return app, time.perf_counter() - started


def bare_window(screen: str | None, idle: float = 0.0) -> tuple[float, float]:
    """Seconds until a bare PySide6 main window is shown, and its RSS (MB) after ``idle``."""
    env = dict(os.environ)
    if screen:
        env.update(DISPLAY=screen, QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", BARE_WINDOW], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        if process.stdout.readline().strip() != "ready":
            raise RuntimeError("a bare Qt window did not start")
        elapsed = time.perf_counter() - started
        time.sleep(idle)
        return elapsed, process_rss_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=10)


def cold_start(
    report: Report, profile: Path, screen: str | None, where: str, runs: int = 3
) -> None:
    times, floors = [], []
    for run in range(runs):
        app, elapsed = launch_ready(profile, screen, profile.parent / f"cold-{run}.log")
        try:
            times.append(elapsed * 1000)
        finally:
            app.quit()
            app.stop()
        floors.append(bare_window(screen)[0] * 1000)
    value, limit = statistics.median(times), statistics.median(floors)
    report.add(
        Figure(
            f"cold start to a usable window ({where})",
            value,
            "ms",
            "< 1,500 ms",
            value < 1500,
            limit=limit,
            note=f"runs {', '.join(f'{t:,.0f}' for t in times)}; limit: a bare Qt window",
        )
    )


def gui_memory(
    report: Report, profile: Path, screen: str | None, count: int, idle: float = IDLE_SECONDS
) -> None:
    app, _elapsed = launch_ready(profile, screen, profile.parent / "memory.log")
    try:
        app.request("click", name="chatsList", item=BIG_CHAT)
        app.wait_for(lambda: len(app.rows("messageView")) >= 20, "the big chat open", 60)
        app.request("wait_idle")
        time.sleep(idle)
        rss = process_rss_mb(app.pid)
    finally:
        app.quit()
        app.stop()
    floor = bare_window(screen, idle)[1]
    report.add(
        Figure(
            f"GUI idle memory, a {count:,}-message chat open",
            rss,
            "MB",
            "< 250 MB",
            rss < 250,
            limit=floor,
            note="limit: a bare Qt window",
        )
    )


def node_memory(report: Report, profile: Path, idle: float = IDLE_SECONDS) -> None:
    node = NodeProcess(profile, "Bench", discovery=True)
    node.start()
    try:
        time.sleep(idle)
        rss = process_rss_mb(node.process.pid) if node.process else 0.0
    finally:
        node.stop()
    report.add(Figure("headless node idle memory", rss, "MB", "< 80 MB", rss < 80))


# -- in this process ---------------------------------------------------------------------------


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication([])


def _spin(app: QApplication, until: object, timeout: float) -> None:
    """Let the app run (sleeping between rounds, so workers get the GIL) until ``until()``."""
    deadline = time.monotonic() + timeout
    while not until():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the chats pane did not get there")
        app.processEvents()
        time.sleep(0.001)


def open_time(pane: ChatsPane, conversation: str, timeout_ms: int = 30_000) -> float:
    """Milliseconds from ``open_conversation`` to ``conversationShown`` for it."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    shown: list[float] = []

    def on_shown(conversation_id: str) -> None:
        if conversation_id == conversation and not shown:
            shown.append(time.perf_counter())
            loop.quit()

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    pane.conversationShown.connect(on_shown)
    started = time.perf_counter()
    pane.open_conversation(conversation)
    if not shown:
        guard.start(timeout_ms)
        loop.exec()
    guard.stop()
    pane.conversationShown.disconnect(on_shown)
    if not shown:
        raise TimeoutError(f"{conversation} was not shown")
    return (shown[0] - started) * 1000


def paced_frames(
    app: QApplication, scroll: Callable[[], None], done: Callable[[], bool], timeout: float = 120
) -> list[float]:
    """Frame costs (ms) while calling ``scroll()`` at 60 frames a second until ``done()``.

    A frame's cost is everything the GUI thread did in its period: the events it handled
    between frames (pages arriving, decoded pictures, layout) plus the scroll itself.
    """
    frames: list[float] = []
    busy = 0.0
    next_frame = time.perf_counter()
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("scrolling did not get there in time")
        while time.perf_counter() < next_frame:
            started = time.perf_counter()
            app.processEvents()
            busy += time.perf_counter() - started
            time.sleep(0.0005)
        started = time.perf_counter()
        scroll()
        busy += time.perf_counter() - started
        frames.append(busy * 1000)
        busy = 0.0
        next_frame = max(next_frame + FRAME_S, time.perf_counter())
    return frames


def scroll_frames(app: QApplication, pane: ChatsPane, rows: int) -> list[float]:
    """Frame costs (ms) while scrolling a chat up through ``rows`` rows."""
    from PySide6.QtCore import QPoint

    view = pane.view.list_view
    bar, model, viewport = view.verticalScrollBar(), view.message_model(), view.viewport()
    seen: set[str] = set()
    at_start = False

    def scroll() -> None:
        nonlocal at_start
        bar.setValue(bar.value() - SCROLL_PX)
        viewport.repaint()
        top = view.indexAt(QPoint(8, 1)).row()
        bottom = view.indexAt(QPoint(8, viewport.height() - 2)).row()
        if top >= 0:
            last = bottom if bottom >= 0 else model.rowCount() - 1
            seen.update(model.row(position).key for position in range(top, last + 1))
        at_start = pane.view.session.at_start and bar.value() == 0

    frames = paced_frames(app, scroll, lambda: len(seen) >= rows or at_start)
    if len(seen) < rows:
        raise RuntimeError(f"scrolled through only {len(seen)} rows")
    return frames


@contextmanager
def shown_pane(
    profile: Path, make: Callable[[AppContext], QWidget], ready: Callable[[QWidget], bool]
) -> Iterator[tuple[QApplication, QWidget]]:
    """A pane over ``profile`` in this process (offscreen), shown at the app's default size
    and tuned like the app once ``ready(pane)``; closed, drained and untuned afterwards."""
    from desktop.app import build_context, tune_for_responsiveness

    app = _application()
    core = Core.open(profile, clock=SystemClock())
    context = build_context(app, core, profile)
    pane = make(context)
    switch_interval = sys.getswitchinterval()
    try:
        pane.resize(1016, 720)  # the app's default window less the navigation rail
        pane.show()
        _spin(app, lambda: ready(pane), 30)
        tune_for_responsiveness()
        yield app, pane
    finally:
        gc.unfreeze()  # undo tune_for_responsiveness: this process goes on
        sys.setswitchinterval(switch_interval)
        pane.close()
        context.runner.wait_for_done()
        context.bridge.detach()
        pane.deleteLater()
        app.processEvents()
        core.close()


def chat_figures(
    report: Report,
    profile: Path,
    big: str,
    small: str,
    count: int,
    opens: int = 7,
    rows: int = 1000,
) -> None:
    from desktop.chats.pane import ChatsPane

    def has_both_chats(pane: QWidget) -> bool:
        return isinstance(pane, ChatsPane) and pane.model.rowCount() >= 2

    with shown_pane(profile, ChatsPane, has_both_chats) as (app, shown):
        assert isinstance(shown, ChatsPane)
        times = []
        for _ in range(opens):
            open_time(shown, small)
            times.append(open_time(shown, big))
        frames = scroll_frames(app, shown, rows)
    value = statistics.median(times)
    report.add(
        Figure(
            f"opening a chat of {count:,} messages",
            value,
            "ms",
            "< 150 ms",
            value < 150,
            note=f"{opens} opens, first {times[0]:,.0f} ms, slowest {max(times):,.0f} ms",
        )
    )
    report.add(worst_frame(f"scrolling {rows:,} rows: worst frame", frames))


def worst_frame(name: str, frames: list[float]) -> Figure:
    ordered = sorted(frames)
    worst = ordered[-1]
    return Figure(
        name,
        worst,
        "ms",
        "no frame over 16 ms",
        worst <= 16,
        note=f"{len(frames)} frames, median {statistics.median(frames):.1f} ms,"
        f" p99 {ordered[int(len(ordered) * 0.99) - 1]:.1f} ms",
    )


def build_moments_profile(profile: Path, posts: int, scratch: Path) -> None:
    """A profile whose timeline holds ``posts`` posts with 0 to 9 real pictures each."""
    from PySide6.QtGui import QColor, QImage

    from core.moments import NewImage

    _application()  # QImage needs a GUI application for its image plugins
    with Core.open(profile, name="Bench", clock=SystemClock()) as core:
        seeds = []
        for n, colour in enumerate(["#ef4444", "#10b981", "#3b82f6"]):
            images = []
            for m in range(3):
                original = QImage(1200, 900, QImage.Format.Format_RGB32)
                original.fill(QColor(colour).darker(100 + 20 * m))
                original_path, thumb_path = scratch / f"{n}{m}.png", scratch / f"{n}{m}.jpg"
                original.save(str(original_path))
                original.scaled(240, 180).save(str(thumb_path))  # JPEG, from the suffix
                images.append(NewImage(str(original_path), str(thumb_path), 1200, 900, "image/png"))
            seeds.append(core.moments.post(f"pictures {n}", images))
        start = SystemClock().now_ms() - (posts + 1) * 60_000
        moments_history(core, posts, seeds, start)


def moments_figure(report: Report, profile: Path, posts: int, rows: int = 1000) -> None:
    """Scrolling the Moments timeline down through ``rows`` posts (pages load on the way,
    thumbnails decode on workers) at 60 frames a second."""
    from PySide6.QtCore import QPoint

    from desktop.moments import MomentsPane

    def first_page_shown(pane: QWidget) -> bool:
        return isinstance(pane, MomentsPane) and len(pane.timeline.model.posts()) > 0

    with shown_pane(profile, MomentsPane, first_page_shown) as (app, shown):
        assert isinstance(shown, MomentsPane)
        view = shown.timeline.view
        bar, viewport = view.verticalScrollBar(), view.viewport()

        def scroll() -> None:
            bar.setValue(bar.value() + SCROLL_PX)
            viewport.repaint()

        frames = paced_frames(app, scroll, lambda: view.indexAt(QPoint(10, 10)).row() >= rows)
    report.add(worst_frame(f"Moments: scrolling {rows:,} of {posts:,} posts: worst frame", frames))


def search_figure(report: Report, profile: Path, count: int, runs: int = 9) -> None:
    with Core.open(profile, name="Bench", clock=SystemClock()) as core:
        archive = core.groups.create("Archive", [])
        print(f"search: building {count:,} messages (a few minutes)…", flush=True)
        started = time.perf_counter()
        group_history(core, archive, count, text_of=_rare_text)
        print(f"search: built in {time.perf_counter() - started:,.0f} s", flush=True)
        first = _timed_search(core)
        matches = len(core.chat.search(RARE_WORD, None, count))
        times = [_timed_search(core) for _ in range(runs)]
    value = statistics.median(times)
    report.add(
        Figure(
            f"search over {count:,} messages",
            value,
            "ms",
            "< 50 ms",
            value < 50,
            note=f"'{RARE_WORD}' in {matches} messages, newest 50; first search {first:.1f} ms",
        )
    )


def _timed_search(core: Core) -> float:
    started = time.perf_counter()
    hits = core.chat.search(RARE_WORD)
    elapsed = (time.perf_counter() - started) * 1000
    if not hits:
        raise RuntimeError("the search found nothing")
    return elapsed
