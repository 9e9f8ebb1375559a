"""The bar that stands in for the composer while choosing messages: how many, and what to do.

Signals:
    forwardClicked(): forward the chosen messages.
    deleteClicked(): delete the chosen messages on this device.
    cancelled(): stop choosing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.i18n import translate


class SelectionBar(QWidget):
    forwardClicked = Signal()  # noqa: N815
    deleteClicked = Signal()  # noqa: N815
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.count = QLabel(self)
        self.forward = QPushButton(self)
        self.delete = QPushButton(self)
        self.cancel = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.count, 1)
        for button in (self.forward, self.delete, self.cancel):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            layout.addWidget(button)
        self.forward.clicked.connect(self.forwardClicked.emit)
        self.delete.clicked.connect(self.deleteClicked.emit)
        self.cancel.clicked.connect(self.cancelled.emit)
        self._chosen = 0
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.forward.setText(translate("ChatTexts", "Forward…"))
        self.delete.setText(translate("ChatTexts", "Delete for me"))
        self.delete.setToolTip(
            translate("ChatTexts", "Removes the messages from this device only; others keep them.")
        )
        self.cancel.setText(translate("ChatTexts", "Cancel"))
        self.set_count(self._chosen)

    def set_count(self, chosen: int) -> None:
        self._chosen = chosen
        self.count.setText(translate("ChatTexts", "%n selected", None, chosen))
        self.forward.setEnabled(chosen > 0)
        self.delete.setEnabled(chosen > 0)
