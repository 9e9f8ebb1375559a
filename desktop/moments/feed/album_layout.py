"""Where the parts of an album entry go (WeChat's album: a date column on the left, then a
picture mosaic and a snippet of the text, or the text alone on a grey block)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QTextLayout

from core.moments import Post
from desktop.moments.feed.layout import SIDE, font_px, wrap

DATE_W = 92
THUMB = 84
YEAR_H = 48
SNIPPET_LINES = 3
BLOCK_PAD = 8


@dataclass
class EntryLayout:
    height: int
    year_rect: QRectF | None = None
    date_rect: QRectF | None = None
    tiles: list[QRectF] = field(default_factory=list)
    block: QRectF = field(default_factory=QRectF)
    text: QTextLayout | None = None
    text_origin: QPointF = field(default_factory=QPointF)
    text_lines: int = 0
    count_origin: QPointF | None = None


def mosaic(x: float, y: float, count: int) -> list[QRectF]:
    """Up to four tiles filling one square: 1 whole, 2 halves, 3 half + quarters, 4 quarters."""
    half, gap = (THUMB - 2) / 2, 2.0
    if count <= 1:
        return [QRectF(x, y, THUMB, THUMB)]
    if count == 2:
        return [QRectF(x, y, half, THUMB), QRectF(x + half + gap, y, half, THUMB)]
    right = x + half + gap
    if count == 3:
        return [
            QRectF(x, y, half, THUMB),
            QRectF(right, y, half, half),
            QRectF(right, y + half + gap, half, half),
        ]
    return [
        QRectF(x, y, half, half),
        QRectF(right, y, half, half),
        QRectF(x, y + half + gap, half, half),
        QRectF(right, y + half + gap, half, half),
    ]


def lay_out_entry(
    post: Post, base: QFont, width: float, show_date: bool, show_year: bool
) -> EntryLayout:
    out = EntryLayout(height=0)
    y = 0.0
    if show_year:
        out.year_rect = QRectF(SIDE, 12, width - 2 * SIDE, YEAR_H - 12)
        y += YEAR_H
    y += 18 if show_date else 6
    if show_date:
        out.date_rect = QRectF(SIDE, y - 4, DATE_W - 8, 40)
    x = SIDE + DATE_W
    room = width - x - SIDE
    font = font_px(base, 14)
    if post.images:
        out.tiles = mosaic(x, y, min(4, len(post.images)))
        text_x = x + THUMB + 10
        text_w = max(60.0, room - THUMB - 10)
        out.block = QRectF(x, y, room, THUMB)
        if post.text.strip():
            layout, _h, lines = wrap(" ".join(post.text.split()), font, text_w, (), 0.0, 3.0)
            out.text, out.text_lines = layout, min(lines, SNIPPET_LINES)
            out.text_origin = QPointF(text_x, y + 1)
        if len(post.images) > 1:
            out.count_origin = QPointF(text_x, y + THUMB - 4)
        bottom = y + THUMB
    else:
        text_w = room - 2 * BLOCK_PAD
        layout, _h, lines = wrap(" ".join(post.text.split()), font, text_w, (), 0.0, 3.0)
        shown = min(lines, SNIPPET_LINES)
        last = layout.lineAt(shown - 1) if shown else None
        text_h = (last.y() + last.height()) if last is not None else 18
        out.text, out.text_lines = layout, shown
        out.text_origin = QPointF(x + BLOCK_PAD, y + BLOCK_PAD)
        out.block = QRectF(x, y, room, text_h + 2 * BLOCK_PAD)
        bottom = out.block.bottom()
    out.height = int(bottom + 6 + 0.999)
    return out
