"""One mini-program in the pane: its picture and name (click to open), and small actions
under it: "Share to chat…", and "Uninstall" for installed (not bundled) ones.

Signals:
    openRequested(), shareRequested(), uninstallRequested()
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from desktop.i18n import translate
from desktop.widgets import set_role

ICON_SIZE = 56
TILE_WIDTH = 156


class ProgramTile(QFrame):
    openRequested = Signal()  # noqa: N815 - Qt signal naming
    shareRequested = Signal()  # noqa: N815
    uninstallRequested = Signal()  # noqa: N815

    def __init__(
        self,
        name: str,
        picture: QPixmap,
        parent: QWidget | None = None,
        *,
        caption: str = "",
        share: bool = True,
        uninstall: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("miniProgramTile")
        self.setProperty("surface", "card")
        self.setFixedWidth(TILE_WIDTH)
        self.name = name
        self.open_button = QToolButton(self)
        self.open_button.setObjectName("miniProgramOpen")
        self.open_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.open_button.setIcon(QIcon(picture))
        self.open_button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.open_button.setAutoRaise(True)
        self.open_button.setText(name if not caption else f"{name}\n{caption}")
        self.open_button.setToolTip(translate("MiniPrograms", "Open %1").replace("%1", name))
        self.open_button.clicked.connect(self.openRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 8)
        layout.setSpacing(4)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        actions = QHBoxLayout()
        actions.setSpacing(2)
        self.share_button: QPushButton | None = None
        self.uninstall_button: QPushButton | None = None
        if share:
            self.share_button = self._action(
                translate("MiniPrograms", "Share…"), "miniProgramShare"
            )
            self.share_button.setToolTip(translate("MiniPrograms", "Share to chat…"))
            self.share_button.clicked.connect(self.shareRequested)
            actions.addWidget(self.share_button)
        if uninstall:
            self.uninstall_button = self._action(
                translate("MiniPrograms", "Uninstall"), "miniProgramUninstall"
            )
            self.uninstall_button.clicked.connect(self.uninstallRequested)
            actions.addWidget(self.uninstall_button)
        layout.addLayout(actions)

    def _action(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        set_role(button, "link")
        return button
