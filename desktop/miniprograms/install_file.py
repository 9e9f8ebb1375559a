"""Installing a mini-program from a .xdc (or .zip) file: a refused package shows its reason in
one message and installs nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from core.errors import InvalidInput
from core.miniprograms import MAX_PACKAGE_BYTES
from core.miniprograms.service import InstalledProgram
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.miniprograms.launcher import show_error


def start_folder() -> Path:
    downloads = Path.home() / "Downloads"
    return downloads if downloads.is_dir() else Path.home()


def choose_package_file(
    context: AppContext,
    parent: QWidget | None,
    on_installed: Callable[[InstalledProgram], None] = lambda _program: None,
) -> QFileDialog:
    dialog = QFileDialog(
        parent, translate("MiniPrograms", "Install a mini-program"), str(start_folder())
    )
    dialog.setObjectName("installMiniProgramDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(translate("MiniPrograms", "Mini-programs (*.xdc *.zip)"))

    def finished(result: int) -> None:
        files = dialog.selectedFiles() if result else []
        dialog.deleteLater()
        if files:
            install_file(context, Path(files[0]), parent, on_installed)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def install_file(
    context: AppContext,
    path: Path,
    parent: QWidget | None,
    on_installed: Callable[[InstalledProgram], None] = lambda _program: None,
) -> None:
    service = context.core.miniprograms

    def work() -> InstalledProgram:
        # One byte past the limit is enough for the service to refuse it with the reason.
        try:
            with path.open("rb") as file:
                data = file.read(MAX_PACKAGE_BYTES + 1)
        except OSError as exc:
            raise InvalidInput(f"the file cannot be read ({exc.strerror})") from None
        return service.install(data, path.name)

    def failed(message: str) -> None:
        show_error(
            parent,
            translate("MiniPrograms", "“%1” was not installed: %2")
            .replace("%1", path.name)
            .replace("%2", message),
        )

    context.runner.run(work, on_installed, failed)
