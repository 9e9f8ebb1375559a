"""Python text as Qt's text classes count and break it.

Python counts code points; QString (and so QTextLayout's format ranges and cursor positions)
counts UTF-16 units, where an emoji such as 🙂 is two. A span computed with ``len()`` after a
name ending in an emoji lands inside a surrogate pair and breaks the text that follows.
QTextLayout also ignores "\\n": a line break must be U+2028 (QChar::LineSeparator) there.
"""

from __future__ import annotations

LINE_SEPARATOR = "\u2028"


def utf16_length(text: str) -> int:
    """How many UTF-16 units ``text`` is in a QString."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def utf16_span(text: str, start: int, length: int) -> tuple[int, int]:
    """A (start, length) span of Python indices into ``text`` as QString units."""
    return utf16_length(text[:start]), utf16_length(text[start : start + length])


def with_line_breaks(text: str) -> str:
    """``text`` for a QTextLayout: its line breaks kept (one unit each, so spans still fit)."""
    return (
        text.replace("\r\n", " " + LINE_SEPARATOR)
        .replace("\n", LINE_SEPARATOR)
        .replace("\r", LINE_SEPARATOR)
    )
