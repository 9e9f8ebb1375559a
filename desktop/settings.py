"""Interface preferences of one profile (theme, language, notifications), in ``ui.ini`` there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

NOTIFY_FULL = "full"
NOTIFY_NAME_ONLY = "name"
NOTIFY_NOTHING = "none"


class UiSettings:
    def __init__(self, profile: Path) -> None:
        self._settings = QSettings(str(profile / "ui.ini"), QSettings.Format.IniFormat)

    def _get(self, key: str, default: str) -> str:
        value = self._settings.value(key, default)
        return str(value) if value is not None else default

    def _set(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()

    @property
    def theme(self) -> str:
        return self._get("theme", "system")

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("theme", value)

    @property
    def language(self) -> str:
        return self._get("language", "")

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value)

    @property
    def notifications(self) -> str:
        return self._get("notifications", NOTIFY_FULL)

    @notifications.setter
    def notifications(self, value: str) -> None:
        self._set("notifications", value)

    def value(self, key: str, default: str = "") -> str:
        return self._get(key, default)

    def set_value(self, key: str, value: str) -> None:
        self._set(key, value)
