"""Choosing one installed or bundled mini-program (the composer's "share a mini-program")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.miniprograms.service import InstalledProgram
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.miniprograms.prompts import alive


class ProgramChoice(QDialog):
    def __init__(self, programs: Sequence[InstalledProgram], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("miniProgramChoice")
        self.setWindowTitle(translate("MiniPrograms", "Share a mini-program"))
        self.resize(340, 380)
        self.programs = list(programs)
        self.list = QListWidget(self)
        for program in self.programs:
            QListWidgetItem(program.name, self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("MiniPrograms", "Share"))
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(lambda row: self.ok.setEnabled(row >= 0))
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def chosen(self) -> InstalledProgram | None:
        row = self.list.currentRow()
        return self.programs[row] if 0 <= row < len(self.programs) else None


def pick_program(
    context: AppContext, parent: QWidget | None, on_chosen: Callable[[InstalledProgram], None]
) -> None:
    service = context.core.miniprograms

    def show(programs: list[InstalledProgram]) -> None:
        dialog = ProgramChoice(programs, alive(parent))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        def finished(result: int) -> None:
            chosen = dialog.chosen()
            if result == QDialog.DialogCode.Accepted and chosen is not None:
                on_chosen(chosen)

        dialog.finished.connect(finished)
        dialog.open()

    context.runner.run(service.installed, show)
