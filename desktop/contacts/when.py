"""Short wording for when something happened: "14:05", "Yesterday", "03-14", "2023-11-14"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime


def when_text(ms: int, now: datetime | None = None) -> str:
    if ms <= 0:
        return ""
    moment = datetime.fromtimestamp(ms / 1000)
    today = (now or datetime.now()).date()
    days = (today - moment.date()).days
    stamp = QDateTime.fromMSecsSinceEpoch(ms)
    if days == 0:
        return stamp.toString("HH:mm")
    if days == 1:
        return QCoreApplication.translate("When", "Yesterday")
    if moment.year == today.year:
        return stamp.toString("MM-dd")
    return stamp.toString("yyyy-MM-dd")
