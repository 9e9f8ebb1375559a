"""Unlocking a protected profile: the passphrase opens the secret keys (Argon2, off the GUI
thread). A wrong one says so plainly, changes nothing, and can be retried."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.errors import ProfileError, WrongPassphrase
from core.facade import Core
from core.identity import display_id, public_identity
from desktop.onboarding.passphrase_fields import PassphraseEdit
from desktop.runner import OperationRunner
from desktop.widgets import InlineNotice, TranslatedDialog, id_lines, set_role, svg_pixmap
from desktop.widgets.guard import run_for


def _open_or_none(profile: Path, passphrase: str) -> Core | None:
    """The opened core, or None when the passphrase is wrong (other errors propagate)."""
    try:
        return Core.open(profile, passphrase=passphrase)
    except WrongPassphrase:
        return None


class UnlockDialog(TranslatedDialog):
    """Accepted once unlocked; then ``core`` is the opened :class:`Core`."""

    def __init__(
        self,
        profile: Path,
        runner: OperationRunner,
        *,
        dark: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._runner = runner
        self._busy = False
        self.attempts = 0
        self.core: Core | None = None
        self.setObjectName("unlock")
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 34, 40, 24)
        layout.setSpacing(10)
        logo = QLabel(self)
        logo.setPixmap(svg_pixmap(("icons", "app.svg"), "", 60, self.devicePixelRatioF() or 1.0))
        layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        self.heading = QLabel(self)
        set_role(self.heading, "title")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.explanation, "secondary")
        self.identity = QLabel(self)
        self.identity.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.identity.setWordWrap(True)
        set_role(self.identity, "caption")
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.identity)
        layout.addSpacing(12)
        self.passphrase = PassphraseEdit(self, "#9aa0a6" if dark else "#8c8c8c")
        self.passphrase.setObjectName("unlockPassphrase")
        layout.addWidget(self.passphrase)
        self.notice = InlineNotice(self)
        layout.addWidget(self.notice)
        layout.addSpacing(6)
        buttons = QHBoxLayout()
        self.quit_button = QPushButton(self)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockButton")
        set_role(self.unlock_button, "primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.setEnabled(False)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.passphrase.textChanged.connect(self._on_typing)
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.quit_button.clicked.connect(self.reject)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock Hutong"))
        self.heading.setText(self.tr("Welcome back"))
        self.explanation.setText(
            self.tr("This profile is protected. Enter your passphrase to open it.")
        )
        try:
            who = display_id(public_identity(self._profile))
            self.identity.setText(self.tr("Hutong ID: %1").replace("%1", id_lines(who)))
        except ProfileError:
            self.identity.setText(str(self._profile))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.quit_button.setText(self.tr("Quit"))
        self.unlock_button.setText(self.tr("Unlocking…") if self._busy else self.tr("Unlock"))

    def _on_typing(self, text: str) -> None:
        self.unlock_button.setEnabled(bool(text) and not self._busy)

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        if self._busy or not passphrase:
            return
        self._set_busy(True)
        profile = self._profile
        run_for(
            self,
            self._runner,
            lambda: _open_or_none(profile, passphrase),
            self._opened,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.passphrase.setEnabled(not busy)
        self.quit_button.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and bool(self.passphrase.text()))
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))

    def _opened(self, core: Core | None) -> None:
        self._set_busy(False)
        if core is None:
            self.attempts += 1
            self.notice.show_error(
                self.tr("That passphrase is not right. Check Caps Lock and try again.")
            )
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.core = core
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
