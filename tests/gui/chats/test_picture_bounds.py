"""Pictures from peers are decoded within a memory bound (issue 9, item 9 of security)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from core.chat import OutgoingFile
from core.errors import InvalidInput
from desktop.chats.messages.thumbnails import PartState, decode_thumbnail
from desktop.images import MAX_PIXELS, PictureProblem, decode_picture
from desktop.moments.compose.images import prepare_image
from desktop.moments.viewer import decode_bytes
from desktop.widgets.avatar import decode_avatar
from tests.gui.chats.conftest import conversation_with, copy_blobs, open_chat
from tests.support.profiles import sync_all

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/clear_refs").exists(), reason="peak memory is read from Linux /proc"
)

BOUND = 96 * 1024 * 1024


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 200)).save(out, "PNG")
    return out.getvalue()


def _jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 90, 30)).save(out, "JPEG")
    return out.getvalue()


def _peak_rss_growth(work) -> int:  # type: ignore[no-untyped-def]
    """Bytes the peak resident size grew by while ``work`` ran (Linux: VmHWM reset first)."""

    def read(field: str) -> int:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
        raise AssertionError(field)

    Path("/proc/self/clear_refs").write_text("5")  # peak := current
    before = read("VmRSS")
    work()
    return read("VmHWM") - before


@pytest.fixture(scope="module")
def huge_png() -> bytes:
    data = _png(8000, 8000)
    assert len(data) < 400_000  # small on the wire, 256 MB when decoded whole
    return data


def test_a_huge_png_from_a_peer_is_refused_without_decoding_it(qapp, huge_png: bytes) -> None:
    results = []
    growth = _peak_rss_growth(lambda: results.append(decode_picture(huge_png, 480)))
    (picture,) = results
    assert picture.image is None and picture.problem is PictureProblem.TOO_LARGE
    assert picture.full == QSize(8000, 8000)
    assert growth < BOUND, f"decoding grew the process by {growth >> 20} MB"


def test_every_reader_of_peer_pictures_stays_within_the_bound(qapp, huge_png: bytes) -> None:
    readers = [
        lambda: decode_thumbnail(huge_png, 480),  # chat bubbles
        lambda: decode_bytes(huge_png),  # Moments viewer
        lambda: decode_avatar(huge_png),  # avatars
    ]
    for read in readers:
        results = []
        growth = _peak_rss_growth(lambda read=read, results=results: results.append(read()))
        assert results == [None]
        assert growth < BOUND, f"{read} grew the process by {growth >> 20} MB"


def test_a_huge_png_chosen_for_a_moment_is_refused_within_the_bound(
    qapp, huge_png: bytes, tmp_path: Path
) -> None:
    chosen = tmp_path / "huge.png"
    chosen.write_bytes(huge_png)
    errors = []

    def prepare() -> None:
        try:
            prepare_image(str(chosen), tmp_path, 1)
        except InvalidInput as exc:
            errors.append(str(exc))

    growth = _peak_rss_growth(prepare)
    assert errors == ["“huge.png” is too large in pixels."]
    assert growth < BOUND, f"preparing grew the process by {growth >> 20} MB"


def test_a_large_jpeg_decodes_straight_to_the_needed_size(qapp) -> None:
    data = _jpeg(8000, 6000)
    results = []
    growth = _peak_rss_growth(lambda: results.append(decode_picture(data, 480)))
    (picture,) = results
    assert picture.image is not None
    assert (picture.image.width(), picture.image.height()) == (480, 360)
    assert growth < BOUND


def test_anything_decoded_is_within_the_pixel_cap(qapp) -> None:
    picture = decode_picture(_jpeg(8000, 6000))  # no size asked: the largest the cap allows
    assert picture.image is not None
    assert picture.image.width() * picture.image.height() <= MAX_PIXELS
    assert abs(picture.image.width() / picture.image.height() - 8000 / 6000) < 0.01
    small = decode_picture(_png(640, 400), 240)
    assert small.image is not None and small.image.size() == QSize(240, 150)
    assert decode_picture(b"not a picture at all").problem is PictureProblem.NOT_A_PICTURE


def test_the_chat_shows_a_huge_peer_picture_as_broken_not_decoded(
    qtbot: QtBot, people, show_pane, tmp_path: Path, huge_png: bytes, screenshot
) -> None:
    alice, bob = people("Alice", "Bob")
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(huge_png)
    bob.chat.send_text(
        conversation_with(alice), "", files=[OutgoingFile(str(bomb), "bomb.png", "image/png",
                                                           "image", 8000, 8000)]
    )  # fmt: skip
    sync_all([alice, bob])
    copy_blobs(bob, alice)
    shown = show_pane(alice)
    open_chat(qtbot, shown, conversation_with(bob))
    row = shown.rows()[-1]
    view = shown.view
    layout = view.delegate.layout_for(row, view.list_view.viewport().width(), view.session.model)
    (part,) = layout.parts
    view.thumbnails.state(part)
    qtbot.waitUntil(lambda: view.thumbnails.state(part) is not PartState.LOADING, timeout=10_000)
    assert view.thumbnails.state(part) is PartState.TOO_LARGE
    view.list_view.viewport().update()
    qtbot.wait(50)
    screenshot(shown.pane, "chats-picture-too-large")
    viewer = view.view_image(row, part)
    qtbot.waitUntil(lambda: not shown.context.runner.busy, timeout=10_000)
    viewer.close()
