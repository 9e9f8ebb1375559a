"""Where each part of a message row goes: computed once per row and width, then cached.

Geometry is in "content" coordinates: x = 0 is the left edge of the bubble (or image), y = 0
the top of the row. The delegate shifts it right for our own messages. Text is laid out with
:class:`QTextLayout` (wrapping, emoji fallback, coloured @mentions) and kept with the layout.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from core.chat import Attachment, Message
from desktop.chats.cards import card_size
from desktop.chats.messages.rows import ChatRow, LocalFile
from desktop.text_units import utf16_span, with_line_breaks

ROW_PAD = 5
SIDE_MARGIN = 14
AVATAR = 36
AVATAR_GAP = 10
BUBBLE_PAD_X = 11
BUBBLE_PAD_Y = 8
NAME_HEIGHT = 18
QUOTE_HEIGHT = 40
IMAGE_BOX = 240
IMAGE_MIN = 64
FILE_CARD_W = 250
FILE_CARD_H = 68
PART_GAP = 6
MAX_BUBBLE = 520
TEXT_PX = 14

Shown = Attachment | LocalFile
NameOf = Callable[[bytes], str]


@dataclass
class Part:
    """An image or file card inside a message, with where it is."""

    rect: QRectF
    file: Shown
    message_key: str

    @property
    def is_image(self) -> bool:
        return self.file.kind == "image"

    @property
    def cache_key(self) -> str:
        if isinstance(self.file, Attachment):
            return "b:" + self.file.blob_id.hex()
        return "f:" + self.file.path


@dataclass
class BubbleLayout:
    height: int
    width: float = 0.0
    bubble: QRectF | None = None
    name: str = ""
    quote: QRectF | None = None
    quote_name: str = ""
    quote_text: str = ""
    text: QTextLayout | None = None
    text_origin: QPointF = field(default_factory=QPointF)
    parts: list[Part] = field(default_factory=list)
    centred: str = ""
    centred_rect: QRectF | None = None
    card: QRectF | None = None  # a card message: the card replaces the bubble


def text_font(base: QFont, pixels: int = TEXT_PX, weight: QFont.Weight | None = None) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    if weight is not None:
        font.setWeight(weight)
    return font


def max_bubble_width(viewport_width: int) -> int:
    room = viewport_width - 2 * (SIDE_MARGIN + AVATAR + AVATAR_GAP) - 40
    return max(160, min(MAX_BUBBLE, int(room * 0.86)))


def image_size(width: int, height: int) -> tuple[float, float]:
    if width <= 0 or height <= 0:
        return 200.0, 150.0
    scale = min(IMAGE_BOX / width, IMAGE_BOX / height, 1.0)
    w, h = max(IMAGE_MIN, width * scale), max(IMAGE_MIN, height * scale)
    return min(w, IMAGE_BOX), min(h, IMAGE_BOX)


def mention_spans(message: Message, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where "@Name" for a mentioned person (or "@All") appears in the text, in QString units."""
    text = message.text
    wanted = [n for n in names if n]
    if message.mention_all:
        wanted.append("All")
    spans: list[tuple[int, int]] = []
    for name in sorted(set(wanted), key=len, reverse=True):
        for found in re.finditer(re.escape("@" + name), text):
            if not any(s <= found.start() < s + n for s, n in spans):
                spans.append((found.start(), len(found.group(0))))
    return [utf16_span(text, start, length) for start, length in spans]


def lay_out_text(
    text: str, font: QFont, width: float, spans: Sequence[tuple[int, int]], mention: str
) -> tuple[QTextLayout, float, float]:
    """Wrap ``text`` to ``width`` (its line breaks kept; ``spans`` in QString units); returns
    the layout, its natural width and height."""
    layout = QTextLayout(with_line_breaks(text), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    if spans:
        formats = []
        for start, length in spans:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(mention))
            fmt.setFontWeight(QFont.Weight.DemiBold)
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, length, fmt
            formats.append(span)
        layout.setFormats(formats)
    layout.beginLayout()
    y = 0.0
    natural = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        natural = max(natural, line.naturalTextWidth())
    layout.endLayout()
    return layout, natural, y


def _files(row: ChatRow) -> list[Shown]:
    if row.local_files:
        return list(row.local_files)
    return list(row.message.attachments) if row.message is not None else []


def lay_out_centred(text: str, base: QFont, width: int, pill: bool) -> BubbleLayout:
    """Time separators, system notes and recall notes: a centred line (wrapped if needed)."""
    font = text_font(base, 12)
    metrics = QFontMetricsF(font)
    room = min(width - 80, 440)
    bounds = metrics.boundingRect(QRectF(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text)
    pad_x, pad_y = (10.0, 4.0) if pill else (0.0, 0.0)
    w, h = bounds.width() + 2 * pad_x + 1, bounds.height() + 2 * pad_y
    rect = QRectF((width - w) / 2, 6, w, h)
    return BubbleLayout(height=int(h + 12), centred=text, centred_rect=rect)


def lay_out_message(
    row: ChatRow,
    base: QFont,
    bubble_max: int,
    show_name: bool,
    name_of: NameOf,
    mention_names: Sequence[str],
    quoted: Message | None,
    quote_known: bool,
    mention_colour: str,
    quote_preview: Callable[[Message], str],
    unavailable: str,
) -> BubbleLayout:
    message = row.message
    assert message is not None
    layout = BubbleLayout(height=0)
    y = float(ROW_PAD)
    if show_name:
        layout.name = name_of(message.author)
        y += NAME_HEIGHT
    if message.card is not None:
        width, height = card_size(message.card)
        layout.card = QRectF(0, y, width, height)
        layout.width = width
        layout.height = int(max(y + height, y + AVATAR) + ROW_PAD + 0.999)
        return layout
    files = _files(row)
    images = [f for f in files if f.kind == "image"]
    others = [f for f in files if f.kind != "image"]
    has_text = bool(message.text)
    bare_images = not has_text and not others and message.reply_to is None and bool(images)
    pad_x = 0.0 if bare_images else BUBBLE_PAD_X
    pad_y = 0.0 if bare_images else BUBBLE_PAD_Y
    inner_max = bubble_max - 2 * BUBBLE_PAD_X
    content_w = 0.0
    cursor_y = y + pad_y
    if message.reply_to is not None:
        layout.quote_name = name_of(quoted.author) if quoted is not None else ""
        layout.quote_text = quote_preview(quoted) if quoted is not None else unavailable
        if quoted is None and not quote_known:
            layout.quote_text = "…"
        small = QFontMetricsF(text_font(base, 12))
        wanted = max(
            small.horizontalAdvance(layout.quote_name), small.horizontalAdvance(layout.quote_text)
        )
        quote_w = min(inner_max, wanted + 18)
        layout.quote = QRectF(pad_x, cursor_y, quote_w, QUOTE_HEIGHT)
        content_w = max(content_w, quote_w)
        cursor_y += QUOTE_HEIGHT + PART_GAP
    for image in images:
        w, h = image_size(image.width, image.height)
        layout.parts.append(Part(QRectF(pad_x, cursor_y, w, h), image, row.key))
        content_w = max(content_w, w)
        cursor_y += h + PART_GAP
    for other in others:
        w = min(FILE_CARD_W, inner_max) if not bare_images else FILE_CARD_W
        layout.parts.append(Part(QRectF(pad_x, cursor_y, w, FILE_CARD_H), other, row.key))
        content_w = max(content_w, w)
        cursor_y += FILE_CARD_H + PART_GAP
    if has_text:
        names = mention_names if (message.mentions or message.mention_all) else ()
        spans = mention_spans(message, names) if names or message.mention_all else []
        text, natural, height = lay_out_text(
            message.text, text_font(base), inner_max, spans, mention_colour
        )
        layout.text = text
        layout.text_origin = QPointF(pad_x, cursor_y)
        content_w = max(content_w, natural)
        cursor_y += height + PART_GAP
    cursor_y -= PART_GAP
    content_w = max(content_w, 24.0)
    for part in layout.parts:
        if not part.is_image:
            part.rect.setWidth(max(part.rect.width(), content_w))
    if layout.quote is not None:
        layout.quote.setWidth(content_w)
    layout.width = content_w + 2 * pad_x
    bottom = cursor_y + pad_y
    if not bare_images:
        layout.bubble = QRectF(0, y, layout.width, bottom - y)
    layout.height = int(max(bottom, y + AVATAR) + ROW_PAD + 0.999)
    return layout
