"""A mini-program's window: the app's name (and its chat's), its page, Close and
"Permissions…", and a bar that says when the app stopped answering or sends too fast.
Closing the window ends the app's session."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import translate
from desktop.miniprograms.host import MiniProgramHost
from desktop.miniprograms.permissions_dialog import PermissionsDialog


class MiniProgramWindow(QWidget):
    closed = Signal()

    def __init__(
        self, host: MiniProgramHost, parent: QWidget | None = None, *, chat: str | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.host = host
        host.dialog_parent = self
        self.setObjectName("miniProgramWindow")
        self.setWindowTitle(
            translate("MiniPrograms", "%1 — %2")
            .replace("%1", host.package.name)
            .replace("%2", chat)
            if chat
            else host.package.name
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view = QWebEngineView(self)
        self.view.setObjectName("miniProgramView")
        self.view.setPage(host.page)
        # No "open in new window", "save page" or "inspect"; nothing dropped becomes a page.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.view.setAcceptDrops(False)
        self.notice = QLabel(self)
        self.notice.setObjectName("miniProgramNotice")
        self.notice.setWordWrap(True)
        self.stop_button = QPushButton(translate("MiniPrograms", "Stop it"), self)
        self.stop_button.setObjectName("miniProgramStop")
        self.stop_button.clicked.connect(host.stop_runaway)
        self.permissions_button = QPushButton(translate("MiniPrograms", "Permissions…"), self)
        self.permissions_button.setObjectName("miniProgramPermissionsButton")
        self.permissions_button.clicked.connect(self.show_permissions)
        self.close_button = QPushButton(translate("MiniPrograms", "Close"), self)
        self.close_button.setObjectName("miniProgramClose")
        self.close_button.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 6)
        bar.addWidget(self.notice, 1)
        bar.addStretch(0)  # the buttons keep their size when there is no notice
        bar.addWidget(self.stop_button)
        bar.addWidget(self.permissions_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.notice.hide()
        self.stop_button.hide()
        host.unresponsive.connect(self._show_unresponsive)
        host.throttled.connect(self._show_throttled)
        host.page.renderProcessTerminated.connect(self._show_ended)

    def run_script(self, source: str) -> None:
        """Automation (tests/e2e): run ``source`` in the app's page; ``script_result`` holds
        its value once it has run (JSON types; None before)."""
        self.script_result: object = None
        self.host.page.runJavaScript(source, 0, self._script_ran)

    def _script_ran(self, result: object) -> None:
        self.script_result = result

    def last_script_result(self) -> object:
        return getattr(self, "script_result", None)

    def show_permissions(self) -> PermissionsDialog:
        api = self.host.hutong.api if self.host.hutong is not None else None
        dialog = PermissionsDialog(self.host.package.name, api, self)
        dialog.open()
        return dialog

    def _show_unresponsive(self) -> None:
        self.notice.setText(translate("MiniPrograms", "This mini-program is not responding."))
        self.notice.show()
        self.stop_button.show()

    def _show_throttled(self, _refused: int) -> None:
        if self.stop_button.isVisible():
            return
        self.notice.setText(
            translate(
                "MiniPrograms", "This mini-program sends updates too fast; some were refused."
            )
        )
        self.notice.show()

    def _show_ended(self, *_args: object) -> None:
        self.notice.setText(translate("MiniPrograms", "This mini-program was stopped."))
        self.notice.show()
        self.stop_button.hide()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.view.setPage(None)  # type: ignore[arg-type]
        self.host.close()
        super().closeEvent(event)
        self.closed.emit()
