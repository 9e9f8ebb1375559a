"""Panes whose features land in a later release show a clear "coming" state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.icons import icon
from desktop.shell.pane import Pane


class ComingSoonPane(Pane):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self._picture = QLabel(self)
        self._picture.setPixmap(icon(self.icon_name, "#9aa0a6").pixmap(96, 96))
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._headline = QLabel(self)
        self._headline.setObjectName("comingHeadline")
        self._headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body = QLabel(self)
        self._body.setWordWrap(True)
        self._body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body.setObjectName("comingBody")
        for widget in (self._picture, self._headline, self._body):
            layout.addWidget(widget)
        layout.addStretch(2)
        self.retranslate()

    def description(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self._headline.setText(self.tr("%1 is coming").replace("%1", self.title()))
        self._body.setText(self.description())


class WalletPane(ComingSoonPane):
    pane_id = "wallet"
    icon_name = "wallet"

    def title(self) -> str:
        return self.tr("Wallet")

    def description(self) -> str:
        return self.tr(
            "Community currencies, transfers, red envelopes and QR payments between nearby "
            "machines arrive in a coming release."
        )


class MiniProgramsPane(ComingSoonPane):
    pane_id = "miniprograms"
    icon_name = "miniprograms"

    def title(self) -> str:
        return self.tr("Mini-programs")

    def description(self) -> str:
        return self.tr(
            "Small apps that run inside Hutong (group buys, bill splitting, polls) arrive in a "
            "coming release."
        )
