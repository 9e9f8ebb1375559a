"""Files over the auto-download limit: the limit (a setting of this profile, applied to core,
changed in Me → Network), and the question before fetching one."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QSpinBox, QVBoxLayout, QWidget

from core.chat.transfer import DEFAULT_AUTO_DOWNLOAD_BYTES
from core.facade import Core
from desktop.chats.texts import file_size
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.settings import UiSettings
from desktop.widgets import set_role

AUTO_DOWNLOAD_KEY = "chat/auto_download_mb"
MB = 1024 * 1024
MAX_SETTING_MB = 16 * 1024


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


def ask_to_download(parent: QWidget, size: int, limit: int | None) -> bool:
    """ "Download 120 MB?" — True when the person agrees."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("ChatTexts", "Download file"),
        translate("ChatTexts", "Download %1?").replace("%1", file_size(size)),
        parent=parent,
    )
    box.setInformativeText(
        translate("ChatTexts", "Files over %1 are downloaded only when you ask.").replace(
            "%1", file_size(limit or 0)
        )
    )
    download = box.addButton(translate("ChatTexts", "Download"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is download


class AutoDownloadSetting(QWidget):
    """ "Download files up to [20] MB by themselves": the limit, applied as it changes."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autoDownloadSetting")
        self._context = context
        self.label = QLabel(self)
        self.megabytes = QSpinBox(self)
        self.megabytes.setRange(0, MAX_SETTING_MB)
        self.megabytes.setValue(auto_download_bytes(context.settings) // MB)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        set_role(self.help, "caption")
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.megabytes)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.help)
        self.megabytes.valueChanged.connect(
            lambda value: apply_auto_download(context.settings, context.core, value)
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(translate("ChatTexts", "Download files by themselves up to"))
        self.megabytes.setSuffix(" MB")
        self.help.setText(
            translate(
                "ChatTexts",
                "Larger files in chats wait until you click them (0: always ask first).",
            )
        )
