"""Fixtures for the Moments pane: befriended real cores, a shown pane per core, pictures on
disk, thumbnails copied between cores the way sync's blob transfer does, bulk posts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from core.clock import ManualClock, SystemClock
from core.facade import Core
from core.moments import NewImage, Post
from desktop.context import AppContext
from desktop.moments import MomentsPane
from desktop.moments.feed.page import FeedPage
from hutong.bench.workload import moments_history
from tests.support.profiles import befriend


@dataclass
class Shown:
    pane: MomentsPane
    context: AppContext

    @property
    def page(self) -> FeedPage:
        return self.pane.timeline

    def texts(self, page: FeedPage | None = None) -> list[str]:
        return [p.text for p in (page or self.page).model.posts()]


@pytest.fixture
def clock() -> ManualClock:
    """One clock for every core in a test, starting now (so times read naturally)."""
    return ManualClock(SystemClock().now_ms())


@pytest.fixture
def people(make_core: Callable[..., Core], clock: ManualClock) -> Callable[..., list[Core]]:
    """``people("Ann", "Ben", ...)``: cores where the first is friends with every other."""

    def make(*names: str) -> list[Core]:
        cores = [make_core(name, clock) for name in names]
        for other in cores[1:]:
            befriend(cores[0], other)
        return cores

    return make


@pytest.fixture
def show_pane(
    qtbot: QtBot, make_context: Callable[[Core], AppContext]
) -> Iterator[Callable[..., Shown]]:
    """A MomentsPane over a core, shown at a desktop size, with its first page loaded."""
    shown: list[Shown] = []

    def make(core: Core, theme: str = "light", size: tuple[int, int] = (860, 760)) -> Shown:
        context = make_context(core)
        context.themes.apply(theme)
        pane = MomentsPane(context)
        qtbot.addWidget(pane)
        pane.resize(*size)
        with qtbot.waitSignal(pane.timelineShown, timeout=10_000):
            pane.show()
        item = Shown(pane, context)
        shown.append(item)
        return item

    yield make
    for item in shown:  # let every answer land while the panes still exist
        qtbot.waitUntil(lambda item=item: not item.context.runner.busy, timeout=10_000)
    for item in shown:
        item.context.themes.apply("light")


def picture(path: Path, width: int, height: int, colour: str = "#3b82f6") -> Path:
    """A real PNG: a colour with a lighter disc and stripes, so thumbnails are recognisable."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour).lighter(150))
    painter.drawEllipse(QPointF(width * 0.65, height * 0.4), width * 0.22, width * 0.22)
    painter.setBrush(QColor(colour).darker(130))
    for y in range(0, height, max(8, height // 9)):
        painter.drawRect(0, y + height // 2, width, max(2, height // 40))
    painter.end()
    assert image.save(str(path))
    return path


def new_image(folder: Path, name: str, width: int = 640, height: int = 480,
              colour: str = "#3b82f6") -> NewImage:  # fmt: skip
    """A NewImage as the compose dialog makes one (original PNG, JPEG thumbnail)."""
    original = picture(folder / f"{name}.png", width, height, colour)
    thumb = folder / f"{name}-thumb.jpg"
    small = QImage(str(original)).scaled(240, 240, Qt.AspectRatioMode.KeepAspectRatio)
    assert small.save(str(thumb), "JPEG")
    return NewImage(str(original), str(thumb), width, height, "image/png")


def copy_blobs(source: Core, target: Core) -> int:
    """What sync's blob transfer does: fetch every blob ``target`` misses from ``source``."""
    copied = 0
    for blob_id in target.missing_blobs():
        if not source.blobs.has(blob_id):
            continue
        target.blobs.begin_receive(blob_id, source.blobs.manifest_bytes(blob_id))
        for index in target.blobs.missing_chunks(blob_id):
            target.blobs.write_chunk(blob_id, index, source.blobs.read_chunk(blob_id, index))
        target.blob_arrived(blob_id)
        copied += 1
    return copied


def bulk_posts(core: Core, count: int, images: list[Post], clock: ManualClock) -> None:
    """``count`` posts (to all friends) reusing the pictures of ``images``' posts, a minute
    apart, written in bulk (as ``hutong bench gui`` does): seconds instead of a minute."""
    moments_history(core, count, images, clock.now_ms() + 60_000)
    clock.advance(count * 60_000)


def click_part(qtbot: QtBot, page: FeedPage, post_id: bytes, kind: str, number: int = 0) -> None:
    """Click a part of a post ("more", "image", "comment", "delete", "author", "fold")."""
    rect = page.view.part_rect(post_id, kind, number)
    assert rect is not None, f"no {kind} in that post"
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())


def wait_idle(qtbot: QtBot, shown: Shown) -> None:
    qtbot.waitUntil(lambda: not shown.context.runner.busy, timeout=10_000)
