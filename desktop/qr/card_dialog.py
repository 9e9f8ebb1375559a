"""My QR card: the code friends scan to add me, my name and id, copy the card text, save it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.people import AvatarLabel
from desktop.qr.render import Matrix, qr_matrix, qr_pixmap
from desktop.qr.save import save_qr_png
from desktop.widgets import (
    InlineNotice,
    TranslatedDialog,
    id_lines,
    set_role,
)
from desktop.widgets.avatar import decode_avatar
from desktop.widgets.file_choice import choose_png_save_path
from desktop.widgets.guard import run_for

QR_SIDE = 280


@dataclass(frozen=True)
class _CardData:
    text: str
    matrix: Matrix
    avatar: QImage | None


class MyQrCardDialog(TranslatedDialog):
    """Attributes ``card_text`` (once loaded) and ``choose_save_path`` (replaceable in tests)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.card_text = ""
        self._data: _CardData | None = None
        self.choose_save_path: Callable[[QWidget, str], Path | None] = choose_png_save_path
        self.setObjectName("myQrCard")
        self.setModal(True)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(24, 24, 24, 18)
        layout.setSpacing(14)

        self.card = QFrame(self)
        self.card.setProperty("surface", "card")
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(24, 22, 24, 22)
        card_layout.setSpacing(16)
        who = QHBoxLayout()
        who.setSpacing(12)
        self._avatars = context.people.avatars
        self.avatar = AvatarLabel(self._avatars, 52, self.card)
        who.addWidget(self.avatar)
        names = QVBoxLayout()
        names.setSpacing(2)
        self.name = QLabel(self.card)
        set_role(self.name, "heading")
        self.display_id = QLabel(self.card)
        set_role(self.display_id, "caption")
        self.display_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        names.addWidget(self.name)
        names.addWidget(self.display_id)
        who.addLayout(names, 1)
        card_layout.addLayout(who)
        self.code = QLabel(self.card)
        self.code.setObjectName("qrFrame")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setFixedSize(QR_SIDE + 28, QR_SIDE + 28)
        card_layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        self.caption = QLabel(self.card)
        set_role(self.caption, "caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        card_layout.addWidget(self.caption)
        layout.addWidget(self.card)

        self.notice = InlineNotice(self)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.copy_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("qrDone")
        set_role(self.close_button, "primary")
        for button in (self.copy_button, self.save_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.copy_button.clicked.connect(self.copy_text)
        self.save_button.clicked.connect(self.save_image)
        self.close_button.clicked.connect(self.accept)
        context.bridge.profileChanged.connect(self.reload)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My QR code"))
        self.caption.setText(self.tr("Scan this code in Hutong to add me as a friend"))
        self.copy_button.setText(self.tr("Copy card text"))
        self.save_button.setText(self.tr("Save image…"))
        self.close_button.setText(self.tr("Done"))
        core = self._context.core
        self.display_id.setText(self.tr("Hutong ID: %1").replace("%1", id_lines(core.display_id)))

    def reload(self) -> None:
        core = self._context.core

        def work() -> _CardData:
            text = core.card().to_text()
            return _CardData(text, qr_matrix(text), decode_avatar(core.avatar()))

        run_for(self, self._context.runner, work, self._show, self.notice.show_error)

    def _show(self, data: _CardData) -> None:
        core = self._context.core
        self._data = data
        self.card_text = data.text
        self.name.setText(core.name)
        self.avatar.show_person(core.me, core.name)
        logo = data.avatar or _initials_logo(self.avatar)
        ratio = self.devicePixelRatioF() or 1.0
        pixmap = qr_pixmap(data.matrix, QR_SIDE, ratio, logo=logo)
        self.code.setPixmap(pixmap)
        self.code.setFixedSize(pixmap.deviceIndependentSize().toSize() + QSize(28, 28))
        self.copy_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def copy_text(self) -> None:
        if not self.card_text:
            return
        QGuiApplication.clipboard().setText(self.card_text)
        self.notice.show_success(
            self.tr("Card text copied. Paste it to a friend; they add you with “Paste card text”.")
        )

    def save_image(self) -> None:
        data = self._data
        if data is None:
            return
        suggested = f"{self._context.core.name or 'hutong'}-qr.png"
        target = self.choose_save_path(self, suggested)
        if target is None:
            return
        logo = data.avatar or _initials_logo(self.avatar)
        saved = self.tr("Saved to %1")
        save_qr_png(self, self._context, data.matrix, target, self.notice, saved, logo=logo)


def _initials_logo(avatar: AvatarLabel) -> QImage:
    pixmap = avatar.pixmap()
    return pixmap.toImage() if pixmap is not None else QImage()
