"""Where each part of a post goes: computed once per post revision and width, then cached.

Geometry is in column coordinates: x = 0 is the left edge of the feed column (the delegate
centres the column in the view), y = 0 the top of the row. Text is laid out with
:class:`QTextLayout` (wrapping, emoji fallback, coloured names) and kept with the layout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextCharFormat, QTextLayout, QTextOption

from core.moments import Comment, Post
from desktop.text_units import utf16_length, with_line_breaks

COLUMN_MAX = 680
SIDE = 20
TOP = 18
AVATAR = 44
GAP = 12
CONTENT_X = SIDE + AVATAR + GAP
NAME_PX = 15
TEXT_PX = 15
SMALL_PX = 13
COMMENT_PX = 14
CELL = 104
CELL_GAP = 5
SINGLE_BOX = 230
SINGLE_MIN = 90
FOLD_LINES = 6
META_H = 22
MORE_W, MORE_H = 34, 22
BOX_PAD_X, BOX_PAD_Y = 10, 6
POINTER = 6
HEART = 15
TEXT_LEADING = 5.0

NameOf = Callable[[bytes], str]


@dataclass
class CommentLine:
    comment: Comment
    layout: QTextLayout
    origin: QPointF
    rect: QRectF


@dataclass
class PostLayout:
    height: int
    avatar: QRectF = field(default_factory=QRectF)
    name: str = ""
    name_rect: QRectF = field(default_factory=QRectF)
    text: QTextLayout | None = None
    text_origin: QPointF = field(default_factory=QPointF)
    text_lines: int = 0
    fold_rect: QRectF | None = None
    folded: bool = False
    images: list[QRectF] = field(default_factory=list)
    single: bool = False
    meta_y: float = 0.0
    more_rect: QRectF = field(default_factory=QRectF)
    box: QRectF | None = None
    likes: QTextLayout | None = None
    likes_origin: QPointF = field(default_factory=QPointF)
    heart: QRectF | None = None
    divider_y: float | None = None
    comments: list[CommentLine] = field(default_factory=list)


def font_px(base: QFont, pixels: int, weight: QFont.Weight | None = None) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    if weight is not None:
        font.setWeight(weight)
    return font


def column(width: int) -> tuple[float, float]:
    """The feed column's left edge and width inside a view ``width`` wide."""
    inner = float(min(width, COLUMN_MAX))
    return (width - inner) / 2, inner


def _span(start: int, length: int, colour: str, weight: QFont.Weight) -> QTextLayout.FormatRange:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    fmt.setFontWeight(weight)
    span = QTextLayout.FormatRange()
    span.start, span.length, span.format = start, length, fmt
    return span


def wrap(
    text: str,
    font: QFont,
    width: float,
    spans: Sequence[QTextLayout.FormatRange] = (),
    indent: float = 0.0,
    leading: float = 0.0,
) -> tuple[QTextLayout, float, int]:
    """Wrap ``text`` to ``width`` (its line breaks kept, the first line indented, ``leading``
    pixels between lines; ``spans`` in QString units); returns the layout, its height and its
    number of lines."""
    layout = QTextLayout(with_line_breaks(text), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    if spans:
        layout.setFormats(list(spans))
    layout.beginLayout()
    y, lines = 0.0, 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        first = lines == 0
        line.setLineWidth(max(10.0, width - (indent if first else 0.0)))
        line.setPosition(QPointF(indent if first else 0.0, y))
        y += line.height() + leading
        lines += 1
    layout.endLayout()
    return layout, y, lines


def image_rects(post: Post, x: float, y: float, room: float) -> tuple[list[QRectF], bool]:
    """The nine-grid: one picture large (its shape kept), four as 2 x 2, others 3 across;
    cells shrink when ``room`` (the content width) is narrower than three cells."""
    count = len(post.images)
    if count == 0:
        return [], False
    if count == 1:
        image = post.images[0]
        w, h = max(1, image.width), max(1, image.height)
        scale = min(SINGLE_BOX / w, SINGLE_BOX / h)
        shown_w = min(SINGLE_BOX, max(SINGLE_MIN, w * scale))
        shown_h = min(SINGLE_BOX, max(SINGLE_MIN, h * scale))
        return [QRectF(x, y, shown_w, shown_h)], True
    columns = 2 if count == 4 else 3
    cell = max(48.0, min(float(CELL), (room - 2 * CELL_GAP) / 3))
    return [
        QRectF(
            x + (n % columns) * (cell + CELL_GAP),
            y + (n // columns) * (cell + CELL_GAP),
            cell,
            cell,
        )
        for n in range(count)
    ], False


def comment_text(comment: Comment, name_of: NameOf, replied: str) -> tuple[str, list[int]]:
    """ "Ann: nice" or "Ann replied to Ben: nice", and where the names start and end (in QString
    units: a name may end in an emoji, two units there)."""
    author = name_of(comment.author)
    if comment.reply_to_author is None:
        return f"{author}: {comment.text}", [0, utf16_length(author)]
    target = name_of(comment.reply_to_author)
    head = replied.replace("%1", "\x00").replace("%2", "\x01")
    before, _, rest = head.partition("\x00")
    middle, _, after = rest.partition("\x01")
    text = f"{before}{author}{middle}{target}{after}: {comment.text}"
    first = utf16_length(before)
    second = first + utf16_length(author) + utf16_length(middle)
    return text, [first, first + utf16_length(author), second, second + utf16_length(target)]


def lay_out_post(
    post: Post,
    base: QFont,
    width: float,
    name_of: NameOf,
    link: str,
    expanded: bool,
    words: dict[str, str],
) -> PostLayout:
    """Lay out one post in a column ``width`` wide (``words``: "replied", "full", "less")."""
    out = PostLayout(height=0)
    content_w = max(120.0, width - CONTENT_X - SIDE)
    out.avatar = QRectF(SIDE, TOP, AVATAR, AVATAR)
    out.name = name_of(post.author)
    name_font = font_px(base, NAME_PX, QFont.Weight.DemiBold)
    name_w = min(content_w, QFontMetricsF(name_font).horizontalAdvance(out.name) + 2)
    out.name_rect = QRectF(CONTENT_X, TOP - 1, name_w, 22)
    y = TOP + 24.0
    if post.text.strip():
        layout, _height, lines = wrap(
            post.text, font_px(base, TEXT_PX), content_w, (), 0.0, TEXT_LEADING
        )
        out.text, out.text_origin = layout, QPointF(CONTENT_X, y + 2)
        shown = lines if expanded or lines <= FOLD_LINES else FOLD_LINES
        out.text_lines, out.folded = shown, shown < lines
        last = layout.lineAt(shown - 1)
        y += 2 + last.y() + last.height()
        if lines > FOLD_LINES:
            label = words["less"] if expanded else words["full"]
            label_w = QFontMetricsF(font_px(base, TEXT_PX)).horizontalAdvance(label) + 4
            out.fold_rect = QRectF(CONTENT_X, y + 4, label_w, 22)
            y += 26
    out.images, out.single = image_rects(post, CONTENT_X, y + 8, content_w)
    if out.images:
        y = out.images[-1].bottom()
    y += 8
    out.meta_y = y
    out.more_rect = QRectF(CONTENT_X + content_w - MORE_W, y, MORE_W, MORE_H)
    y += META_H
    if post.likes or post.comments:
        y = _lay_out_box(out, post, base, content_w, y + 4, name_of, link, words["replied"])
    out.height = int(y + TOP + 0.999)
    return out


def _lay_out_box(
    out: PostLayout,
    post: Post,
    base: QFont,
    content_w: float,
    top: float,
    name_of: NameOf,
    link: str,
    replied: str,
) -> float:
    inner = content_w - 2 * BOX_PAD_X
    font = font_px(base, COMMENT_PX)
    medium = QFont.Weight.DemiBold
    y = top + POINTER + BOX_PAD_Y
    if post.likes:
        names = [name_of(like.author) for like in post.likes]
        text = ", ".join(names)
        spans, at = [], 0
        for name in names:
            spans.append(_span(at, utf16_length(name), link, medium))
            at += utf16_length(name) + 2
        indent = HEART + 6
        layout, height, _lines = wrap(text, font, inner, spans, indent, 2.0)
        out.likes, out.likes_origin = layout, QPointF(CONTENT_X + BOX_PAD_X, y)
        first_h = layout.lineAt(0).height() if layout.lineCount() else 18
        out.heart = QRectF(CONTENT_X + BOX_PAD_X, y + (first_h - HEART) / 2, HEART, HEART)
        y += height + BOX_PAD_Y
    if post.likes and post.comments:
        out.divider_y = y
        y += BOX_PAD_Y
    for comment in post.comments:
        text, marks = comment_text(comment, name_of, replied)
        spans = [
            _span(marks[i], marks[i + 1] - marks[i], link, medium)
            for i in (0, 2)[: len(marks) // 2]
        ]
        layout, height, _lines = wrap(text, font, inner, spans, 0.0, 2.0)
        rect = QRectF(CONTENT_X, y - 2, content_w, height + 4)
        out.comments.append(CommentLine(comment, layout, QPointF(CONTENT_X + BOX_PAD_X, y), rect))
        y += height + 3
    if post.comments:
        y += BOX_PAD_Y - 3
    out.box = QRectF(CONTENT_X, top + POINTER, content_w, y - top - POINTER)
    return y
