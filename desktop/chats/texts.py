"""Words the chats pane shows for times, previews, system notes and file sizes.

Plain functions (no widget needed), translated in the ``ChatTexts`` context.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QLocale

from core.chat import Message, SystemNote
from desktop.chats.cards.texts import card_preview
from desktop.i18n import translate

NameOf = Callable[[bytes], str]


def _local(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000)


def _days_between(earlier: datetime, later: datetime) -> int:
    return (later.date() - earlier.date()).days


def list_time(ms: int, now_ms: int) -> str:
    """Conversation list: "14:32" today, "Yesterday", a weekday this week, else a date."""
    if ms <= 0:
        return ""
    when, now = _local(ms), _local(now_ms)
    days = _days_between(when, now)
    if days <= 0:
        return when.strftime("%H:%M")
    if days == 1:
        return translate("ChatTexts", "Yesterday")
    if days < 7:
        return QLocale().dayName(when.isoweekday(), QLocale.FormatType.ShortFormat)
    return when.strftime("%Y/%m/%d") if when.year != now.year else when.strftime("%m/%d")


def separator_time(ms: int, now_ms: int) -> str:
    """Between messages: "14:32", "Yesterday 14:32", "Monday 14:32" or "2023/11/14 14:32"."""
    when, now = _local(ms), _local(now_ms)
    clock = when.strftime("%H:%M")
    days = _days_between(when, now)
    if days <= 0:
        return clock
    if days == 1:
        return translate("ChatTexts", "Yesterday %1").replace("%1", clock)
    if days < 7:
        day = QLocale().dayName(when.isoweekday(), QLocale.FormatType.LongFormat)
        return f"{day} {clock}"
    return when.strftime("%Y/%m/%d ") + clock


def full_time(ms: int) -> str:
    """Tooltips: the whole date and time."""
    return _local(ms).strftime("%Y/%m/%d %H:%M:%S")


def same_minute_gap(earlier_ms: int, later_ms: int) -> bool:
    """Whether two messages sit close enough to share one time separator (5 minutes)."""
    return later_ms - earlier_ms < timedelta(minutes=5).total_seconds() * 1000


def file_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def _names(subjects: tuple[bytes, ...], name_of: NameOf) -> str:
    return translate("ChatTexts", ", ").join(name_of(s) for s in subjects)


def system_note(note: SystemNote, name_of: NameOf) -> str:
    """A group event as a sentence: "Ann added Bob, Carl"."""
    if note.kind == "invited" and note.subjects == (note.actor,):
        return translate("ChatTexts", "You created the group")
    actor = name_of(note.actor)
    subjects = _names(note.subjects, name_of)
    patterns = {
        "invited": translate("ChatTexts", "%1 invited you to the group"),
        "added": translate("ChatTexts", "%1 added %2 to the group"),
        "removed": translate("ChatTexts", "%1 removed %2 from the group"),
        "renamed": translate("ChatTexts", '%1 renamed the group to "%3"'),
        "announcement": translate("ChatTexts", "%1 updated the group announcement"),
        "left": translate("ChatTexts", "%1 left the group"),
        "roles": translate("ChatTexts", "%1 changed the admin role of %2"),
    }
    pattern = patterns.get(note.kind, translate("ChatTexts", "%1 changed the group"))
    return pattern.replace("%1", actor).replace("%2", subjects).replace("%3", note.text)


def recalled_note(message: Message, name_of: NameOf) -> str:
    if message.outgoing:
        return translate("ChatTexts", "You recalled a message")
    return translate("ChatTexts", "%1 recalled a message").replace("%1", name_of(message.author))


def content_preview(message: Message) -> str:
    """A message as one line: its text, "[Image]", "[File] name" or "[Transfer] title"."""
    if message.card is not None:
        return card_preview(message.card)
    parts: list[str] = []
    for attachment in message.attachments:
        if attachment.kind == "image":
            parts.append(translate("ChatTexts", "[Image]"))
        else:
            parts.append(translate("ChatTexts", "[File] %1").replace("%1", attachment.name))
    text = " ".join(message.text.split())
    if text:
        parts.append(text)
    return " ".join(parts)


def message_preview(message: Message, name_of: NameOf, in_group: bool) -> str:
    """The conversation list's second line for a last message."""
    if message.system is not None:
        return system_note(message.system, name_of)
    if message.recalled:
        return recalled_note(message, name_of)
    body = content_preview(message)
    if in_group and not message.outgoing:
        return f"{name_of(message.author)}: {body}"
    return body


def new_messages(count: int) -> str:
    """The unread divider's words ("1 new message", "5 new messages")."""
    return (
        translate("ChatTexts", "1 new message")
        if count == 1
        else translate("ChatTexts", "%n new messages", None, count)
    )
