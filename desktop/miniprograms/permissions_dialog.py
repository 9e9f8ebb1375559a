"""An app window's "Permissions…": each capability the manifest declares, ticked when granted;
unticking revokes it at once, ticking grants it (through the service, so Me → Mini-programs
shows the same)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from core.errors import HutongError
from core.miniprograms import Capability
from desktop.core_errors import error_text
from desktop.i18n import translate
from desktop.miniprograms.hutong_api import HutongApi
from desktop.miniprograms.prompts import capability_name
from desktop.widgets import sentence


class PermissionsDialog(QDialog):
    def __init__(self, app: str, api: HutongApi | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("miniProgramPermissions")
        self.setWindowTitle(translate("MiniPrograms", "Permissions of %1").replace("%1", app))
        self.api = api
        layout = QVBoxLayout(self)
        declared = sorted(api.declared, key=list(Capability).index) if api else []
        heading = QLabel(self)
        heading.setWordWrap(True)
        heading.setText(
            translate("MiniPrograms", "What “%1” may do beyond its own window:").replace("%1", app)
            if declared
            else translate("MiniPrograms", "“%1” asks for nothing beyond its own window.").replace(
                "%1", app
            )
        )
        layout.addWidget(heading)
        self.boxes: dict[Capability, QCheckBox] = {}
        granted = api.granted() if api else frozenset()
        for capability in declared:
            box = QCheckBox(capability_name(capability), self)
            box.setObjectName(f"permission-{capability.value}")
            box.setChecked(capability in granted)
            box.toggled.connect(lambda on, c=capability: self._toggle(c, on))
            layout.addWidget(box)
            self.boxes[capability] = box
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def _toggle(self, capability: Capability, on: bool) -> None:
        assert self.api is not None
        try:
            self.api.set_granted(capability, on)
        except HutongError as exc:
            self.error.setText(sentence(error_text(str(exc))))
            self.error.show()
