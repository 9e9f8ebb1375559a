"""Words the Moments pane shows for times, audiences, windows and notifications.

Plain functions (no widget needed), translated in the ``Moments`` context, so painted text
follows the interface language as soon as the layouts are recomputed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale

from core.moments import Audience, NotificationKind
from desktop.i18n import translate

MINUTE_MS = 60_000
HOUR_MS = 60 * MINUTE_MS


def _local(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000)


def _date(when: datetime, now: datetime) -> str:
    locale = QLocale()
    month = locale.monthName(when.month, QLocale.FormatType.ShortFormat)
    if when.year == now.year:
        return translate("Moments", "%1 %2").replace("%1", str(when.day)).replace("%2", month)
    return when.strftime("%Y/%m/%d")


def post_time(ms: int, now_ms: int) -> str:
    """WeChat's wording: "Just now", "5 min ago", "3 hr ago", "Yesterday", "12 Mar"."""
    age = now_ms - ms
    when, now = _local(ms), _local(now_ms)
    days = (now.date() - when.date()).days
    if age < MINUTE_MS:
        return translate("Moments", "Just now")
    if age < HOUR_MS:
        minutes = age // MINUTE_MS  # kept out of the call: lupdate reads "//" as a comment
        return translate("Moments", "%n min ago", None, minutes)
    if days <= 0:
        hours = age // HOUR_MS
        return translate("Moments", "%n hr ago", None, hours)
    if days == 1:
        return translate("Moments", "Yesterday")
    return _date(when, now)


def full_time(ms: int) -> str:
    return _local(ms).strftime("%Y/%m/%d %H:%M")


def album_day(ms: int, now_ms: int) -> tuple[str, str]:
    """The album's date column: ("Today", "") or ("12", "Mar")."""
    when, now = _local(ms), _local(now_ms)
    days = (now.date() - when.date()).days
    if days <= 0:
        return translate("Moments", "Today"), ""
    if days == 1:
        return translate("Moments", "Yesterday"), ""
    month = QLocale().monthName(when.month, QLocale.FormatType.ShortFormat)
    return f"{when.day:02d}", month


def album_year(ms: int) -> int:
    return _local(ms).year


def same_day(a_ms: int, b_ms: int) -> bool:
    return _local(a_ms).date() == _local(b_ms).date()


def audience_name(kind: Audience) -> str:
    return {
        Audience.ALL_FRIENDS: translate("Moments", "Public"),
        Audience.ONLY_ME: translate("Moments", "Private"),
        Audience.CHOSEN: translate("Moments", "Share with"),
        Audience.ALL_EXCEPT: translate("Moments", "Don't share"),
    }[kind]


def audience_description(kind: Audience) -> str:
    return {
        Audience.ALL_FRIENDS: translate("Moments", "All friends"),
        Audience.ONLY_ME: translate("Moments", "Only me"),
        Audience.CHOSEN: translate("Moments", "Chosen friends or tags"),
        Audience.ALL_EXCEPT: translate("Moments", "All friends except the ones chosen"),
    }[kind]


def audience_tooltip(kind: Audience) -> str:
    return {
        Audience.ALL_FRIENDS: translate("Moments", "Visible to all friends"),
        Audience.ONLY_ME: translate("Moments", "Private: only you can see this post"),
        Audience.CHOSEN: translate("Moments", "Visible to the friends you chose"),
        Audience.ALL_EXCEPT: translate("Moments", "Hidden from the friends you chose"),
    }[kind]


AUDIENCE_ICONS = {
    Audience.ALL_FRIENDS: "moments/public",
    Audience.ONLY_ME: "moments/private",
    Audience.CHOSEN: "moments/chosen",
    Audience.ALL_EXCEPT: "moments/except",
}


def window_name(days: int | None) -> str:
    return {
        3: translate("Moments", "Last 3 days"),
        30: translate("Moments", "Last month"),
        180: translate("Moments", "Last 6 months"),
        None: translate("Moments", "All"),
    }.get(days, translate("Moments", "All"))


def window_footer(name: str, days: int | None) -> str:
    """Under a friend's album: how far back they let friends see."""
    if days is None:
        return ""
    return {
        3: translate("Moments", "%1 lets friends see only the last 3 days of posts."),
        30: translate("Moments", "%1 lets friends see only the last month of posts."),
        180: translate("Moments", "%1 lets friends see only the last 6 months of posts."),
    }[days].replace("%1", name)


def notification_line(kind: NotificationKind, text: str) -> str:
    if kind is NotificationKind.LIKE:
        return translate("Moments", "Liked your post")
    if kind is NotificationKind.REPLY:
        return translate("Moments", "Replied: %1").replace("%1", text)
    return text


def new_messages(count: int) -> str:
    """The bar above the timeline: "1 new message", "3 new messages"."""
    return (
        translate("Moments", "1 new message")
        if count == 1
        else translate("Moments", "%n new messages", None, count)
    )


def best_effort_note() -> str:
    return translate(
        "Moments",
        "It disappears here at once. Friends' computers delete it when they next sync; "
        "a copy someone already saved cannot be called back.",
    )
