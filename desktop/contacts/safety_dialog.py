"""Comparing safety numbers: 60 digits in 12 groups of 5, the same number as a QR code, and
"Mark as verified" once both people have checked them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.qr import qr_matrix, qr_pixmap
from desktop.widgets import InlineNotice, TranslatedDialog, set_role
from desktop.widgets.guard import run_for

QR_SIDE = 168


def digit_groups(number: str) -> list[str]:
    """The 60 digits as twelve groups of five."""
    return [number[start : start + 5] for start in range(0, len(number), 5)]


def grouped_lines(number: str) -> str:
    """Three lines of four groups, for reading aloud."""
    groups = digit_groups(number)
    return "\n".join("  ".join(groups[row : row + 4]) for row in range(0, len(groups), 4))


class SafetyNumberDialog(TranslatedDialog):
    def __init__(
        self,
        context: AppContext,
        identity: bytes,
        name: str,
        verified: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._identity = identity
        self._name = name
        self.verified = verified
        self.number = ""
        self.setObjectName("safetyNumber")
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "secondary")
        self.explanation.setMinimumWidth(420)
        self.code = QLabel(self)
        self.code.setObjectName("qrFrame")
        self.code.setFixedSize(QR_SIDE + 20, QR_SIDE + 20)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits = QLabel(self)
        set_role(self.digits, "digits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.digits.setText(grouped_lines("·" * 60))
        self.status = QLabel(self)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = InlineNotice(self)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self)
        self.verify_button = QPushButton(self)
        self.verify_button.setEnabled(False)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.verify_button)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.digits)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.accept)
        self.verify_button.clicked.connect(self.toggle_verified)
        self.retranslate()
        contacts = context.core.contacts
        run_for(
            self,
            context.runner,
            lambda: contacts.safety_number(identity),
            self._show_number,
            self.notice.show_error,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Safety number"))
        self.heading.setText(self.tr("Verify %1").replace("%1", self._name))
        self.explanation.setText(
            self.tr(
                "Compare these numbers with %1, side by side or on a call. If they match, "
                "your messages are encrypted for the right person and nobody is in between."
            ).replace("%1", self._name)
        )
        self.close_button.setText(self.tr("Close"))
        self._render_state()

    def _show_number(self, number: str) -> None:
        self.number = number
        self.digits.setText(grouped_lines(number))
        ratio = self.devicePixelRatioF() or 1.0
        matrix = qr_matrix(number, with_logo=False)
        pixmap = qr_pixmap(matrix, QR_SIDE, ratio)
        self.code.setPixmap(pixmap)
        self.code.setFixedSize(pixmap.deviceIndependentSize().toSize() + QSize(20, 20))
        self.verify_button.setEnabled(True)

    def _render_state(self) -> None:
        if self.verified:
            self.status.setText(self.tr("✓ Verified"))
            set_role(self.status, "pill", tone="")
            self.verify_button.setText(self.tr("Clear verification"))
            set_role(self.verify_button, "")
        else:
            self.status.setText(self.tr("Not verified"))
            set_role(self.status, "pill", tone="neutral")
            self.verify_button.setText(self.tr("Mark as verified"))
            set_role(self.verify_button, "primary")

    def toggle_verified(self) -> None:
        wanted = not self.verified
        contacts = self._context.core.contacts
        identity = self._identity
        self.verify_button.setEnabled(False)

        def done(_contact: object) -> None:
            self.verified = wanted
            self.verify_button.setEnabled(True)
            self._render_state()

        def failed(message: str) -> None:
            self.verify_button.setEnabled(True)
            self.notice.show_error(message)

        run_for(
            self,
            self._context.runner,
            lambda: contacts.set_verified(identity, wanted),
            done,
            failed,
        )
