"""The first start: a welcome, a name, an optional picture and passphrase, then the new
identity is created (keys, Argon2 when protected) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.crypto import KdfParams
from core.errors import HutongError
from core.facade import Core
from desktop.onboarding.passphrase_fields import PassphraseEdit
from desktop.people import AvatarLabel
from desktop.runner import OperationRunner
from desktop.widgets import (
    InlineNotice,
    TranslatedDialog,
    avatar_png_from_file,
    set_role,
    svg_pixmap,
)
from desktop.widgets.file_choice import choose_picture_file
from desktop.widgets.guard import run_for

MIN_PASSPHRASE = 6
MAX_NAME_CHARS = 32


class FirstRunDialog(TranslatedDialog):
    """Accepted once the profile exists; then ``core`` is the opened :class:`Core`.

    ``choose_image_file`` is an attribute so tests can stand in for the file dialog.
    """

    def __init__(
        self,
        profile: Path,
        runner: OperationRunner,
        *,
        dark: bool = False,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._runner = runner
        self._kdf = kdf
        self._busy = False
        self.core: Core | None = None
        self.avatar_png: bytes | None = None
        self._avatar_image: QImage | None = None
        self.choose_image_file: Callable[[QWidget], Path | None] = choose_picture_file
        self.setObjectName("firstRun")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(44, 36, 44, 26)
        layout.setSpacing(10)

        logo = QLabel(self)
        logo.setPixmap(svg_pixmap(("icons", "app.svg"), "", 64, self.devicePixelRatioF() or 1.0))
        layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        self.heading = QLabel(self)
        set_role(self.heading, "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome = QLabel(self)
        self.welcome.setWordWrap(True)
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.welcome, "secondary")
        layout.addWidget(self.heading)
        layout.addWidget(self.welcome)
        layout.addSpacing(12)

        self.avatar = AvatarLabel(None, 84, self)
        layout.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        picture_row = QHBoxLayout()
        picture_row.addStretch(1)
        self.choose_picture = QPushButton(self)
        set_role(self.choose_picture, "link")
        self.choose_picture.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove_picture = QPushButton(self)
        set_role(self.remove_picture, "link")
        self.remove_picture.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove_picture.hide()
        picture_row.addWidget(self.choose_picture)
        picture_row.addWidget(self.remove_picture)
        picture_row.addStretch(1)
        layout.addLayout(picture_row)
        layout.addSpacing(6)

        self.name_label = QLabel(self)
        set_role(self.name_label, "secondary")
        self.name = QLineEdit(self)
        self.name.setObjectName("nameField")
        self.name.setMaxLength(MAX_NAME_CHARS)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name)
        layout.addSpacing(6)

        self.protect = QCheckBox(self)
        self.protect.setObjectName("protectProfile")
        layout.addWidget(self.protect)
        self.passphrase = PassphraseEdit(self, "#9aa0a6" if dark else "#8c8c8c")
        self.passphrase.setObjectName("passphraseField")
        self.confirm = PassphraseEdit(self, "#9aa0a6" if dark else "#8c8c8c")
        self.confirm.setObjectName("confirmField")
        self.passphrase_help = QLabel(self)
        self.passphrase_help.setWordWrap(True)
        set_role(self.passphrase_help, "caption")
        for widget in (self.passphrase, self.confirm, self.passphrase_help):
            layout.addWidget(widget)
            widget.hide()

        self.notice = InlineNotice(self)
        layout.addWidget(self.notice)
        layout.addSpacing(8)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startButton")
        set_role(self.start_button, "primary")
        self.start_button.setEnabled(False)
        self.start_button.setDefault(True)
        layout.addWidget(self.start_button)
        self.folder = QLabel(self)
        set_role(self.folder, "faint")
        self.folder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.folder)

        self.name.textChanged.connect(self._on_name)
        self.protect.toggled.connect(self._on_protect)
        self.passphrase.textChanged.connect(lambda _text: self.notice.clear_notice())
        self.confirm.textChanged.connect(lambda _text: self.notice.clear_notice())
        self.confirm.returnPressed.connect(self.start)
        self.name.returnPressed.connect(self.start)
        self.choose_picture.clicked.connect(self.pick_picture)
        self.remove_picture.clicked.connect(self.clear_picture)
        self.start_button.clicked.connect(self.start)
        self.retranslate()
        self._on_name("")
        self.name.setFocus()  # the one thing to type first (not the picture link above it)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Hutong"))
        self.heading.setText(self.tr("Welcome to Hutong"))
        self.welcome.setText(
            self.tr(
                "Chat and share with the people on your network. There is no server and no "
                "account: your messages stay on your computers, encrypted end to end."
            )
        )
        self.choose_picture.setText(self.tr("Choose a picture…"))
        self.remove_picture.setText(self.tr("Remove"))
        self.name_label.setText(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("How friends will see you"))
        self.protect.setText(self.tr("Protect this profile with a passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.confirm.setPlaceholderText(self.tr("Type it again"))
        self.passphrase_help.setText(
            self.tr(
                "Hutong asks for it at every start. If you forget it, this profile cannot be "
                "opened again: there is no reset."
            )
        )
        self._set_start_text()
        folder = self.tr("Profile folder: %1").replace("%1", str(self._profile))
        metrics = self.folder.fontMetrics()
        self.folder.setText(metrics.elidedText(folder, Qt.TextElideMode.ElideMiddle, 372))
        self.folder.setToolTip(str(self._profile))

    def _set_start_text(self) -> None:
        self.start_button.setText(
            self.tr("Creating your identity…") if self._busy else self.tr("Get started")
        )

    def _on_name(self, text: str) -> None:
        self.notice.clear_notice()
        self.start_button.setEnabled(bool(text.strip()) and not self._busy)
        name = text.strip()
        self.avatar.show_image(self._avatar_image, name.encode("utf-8"), name or "?")

    def _on_protect(self, checked: bool) -> None:
        for widget in (self.passphrase, self.confirm, self.passphrase_help):
            widget.setVisible(checked)
        self.notice.clear_notice()
        if checked:
            self.passphrase.setFocus()
        self.adjustSize()

    # -- the picture ---------------------------------------------------------------------------

    def pick_picture(self) -> None:
        path = self.choose_image_file(self)
        if path is None:
            return

        def work() -> tuple[bytes, QImage]:
            png = avatar_png_from_file(path)
            return png, QImage.fromData(png)

        run_for(self, self._runner, work, self._picture_ready, self.notice.show_error)

    def _picture_ready(self, result: tuple[bytes, QImage]) -> None:
        self.avatar_png, self._avatar_image = result
        self.remove_picture.show()
        self.choose_picture.setText(self.tr("Change picture…"))
        self._on_name(self.name.text())

    def clear_picture(self) -> None:
        self.avatar_png = None
        self._avatar_image = None
        self.remove_picture.hide()
        self.choose_picture.setText(self.tr("Choose a picture…"))
        self._on_name(self.name.text())

    # -- creating ------------------------------------------------------------------------------

    def _chosen_passphrase(self) -> tuple[bool, str | None]:
        if not self.protect.isChecked():
            return True, None
        first, second = self.passphrase.text(), self.confirm.text()
        if len(first) < MIN_PASSPHRASE:
            self.notice.show_error(
                self.tr("Use at least %1 characters for the passphrase.").replace(
                    "%1", str(MIN_PASSPHRASE)
                )
            )
            self.passphrase.setFocus()
            return False, None
        if first != second:
            self.notice.show_error(self.tr("The two passphrases are different."))
            self.confirm.selectAll()
            self.confirm.setFocus()
            return False, None
        return True, first

    def start(self) -> None:
        name = self.name.text().strip()
        if self._busy or not name:
            return
        ok, passphrase = self._chosen_passphrase()
        if not ok:
            return
        self._set_busy(True)
        profile, kdf, avatar = self._profile, self._kdf, self.avatar_png

        def work() -> Core:
            core = Core.open(profile, name=name, passphrase=passphrase, kdf=kdf)
            if avatar is not None:
                # The identity exists either way; a picture can be chosen again in Me.
                with suppress(HutongError):
                    core.set_avatar(avatar)
            return core

        run_for(self, self._runner, work, self._created, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.name,
            self.protect,
            self.passphrase,
            self.confirm,
            self.choose_picture,
            self.remove_picture,
        ):
            widget.setEnabled(not busy)
        self.start_button.setEnabled(not busy and bool(self.name.text().strip()))
        self._set_start_text()

    def _created(self, core: Core) -> None:
        self.core = core
        self._busy = False
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.notice.show_error(message)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self._busy:
            return
        super().keyPressEvent(event)
