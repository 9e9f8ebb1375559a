"""Files over the auto-download limit: the limit (a setting of this profile, applied to core)
and the question before fetching one."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from core.chat.transfer import DEFAULT_AUTO_DOWNLOAD_BYTES
from core.facade import Core
from desktop.chats.texts import file_size
from desktop.i18n import translate
from desktop.settings import UiSettings

AUTO_DOWNLOAD_KEY = "chat/auto_download_mb"
MB = 1024 * 1024


def auto_download_bytes(settings: UiSettings) -> int:
    """The limit in bytes: files up to it arrive by themselves (default 20 MB)."""
    raw = settings.value(AUTO_DOWNLOAD_KEY, str(DEFAULT_AUTO_DOWNLOAD_BYTES // MB))
    try:
        return max(0, int(raw)) * MB
    except ValueError:
        return DEFAULT_AUTO_DOWNLOAD_BYTES


def apply_auto_download(settings: UiSettings, core: Core, megabytes: int | None = None) -> None:
    """Set (when given) and apply the limit: sync fetches attachments up to it by itself."""
    if megabytes is not None:
        settings.set_value(AUTO_DOWNLOAD_KEY, str(max(0, megabytes)))
    core.chat.auto_download_bytes = auto_download_bytes(settings)


def ask_to_download(parent: QWidget, size: int, limit: int) -> bool:
    """ "Download 120 MB?" — True when the person agrees."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ChatTexts", "Download file"),
        translate("ChatTexts", "Download %1?").replace("%1", file_size(size)),
        parent=parent,
    )
    box.setInformativeText(
        translate("ChatTexts", "Files over %1 are downloaded only when you ask.").replace(
            "%1", file_size(limit)
        )
    )
    download = box.addButton(translate("ChatTexts", "Download"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is download
