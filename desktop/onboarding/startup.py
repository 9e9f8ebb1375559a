"""Deciding, before the main window, how a profile opens: new (first run), protected (unlock),
or plain (opened straight away, off the GUI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from core.crypto import KdfParams
from core.errors import ProfileError
from core.facade import Core
from core.identity import has_keys, is_protected
from desktop.core_errors import error_text
from desktop.onboarding.first_run import FirstRunDialog
from desktop.onboarding.unlock import UnlockDialog
from desktop.onboarding.waiting import run_and_wait
from desktop.runner import OperationRunner
from desktop.widgets.notice import sentence

EXIT_FAILED = 1


def open_profile(
    profile: Path, runner: OperationRunner, *, dark: bool = False, kdf: KdfParams | None = None
) -> tuple[Core | None, int]:
    """The opened core and 0, or None and the exit code (0: the person chose to quit)."""
    try:
        new = not has_keys(profile)
        protected = not new and is_protected(profile)
    except ProfileError as exc:
        _show_error(error_text(str(exc)))
        return None, EXIT_FAILED
    if new or protected:
        dialog: FirstRunDialog | UnlockDialog = (
            FirstRunDialog(profile, runner, dark=dark, kdf=kdf)
            if new
            else UnlockDialog(profile, runner, dark=dark)
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.core is not None:
            return dialog.core, 0
        return None, 0
    core, error = run_and_wait(runner, lambda: Core.open(profile))
    if error is not None or core is None:
        _show_error(error or "")
        return None, EXIT_FAILED
    return core, 0


def _show_error(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Hutong", sentence(message))
    box.setInformativeText(
        QCoreApplication.translate(
            "Startup",
            "Hutong cannot open this profile. Close the other Hutong using it, or choose "
            "another folder with --profile.",
        )
    )
    box.exec()
