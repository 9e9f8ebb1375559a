"""My profile: picture, name, Hutong ID, my QR code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.me.page import SettingsPage
from desktop.people import AvatarCache, AvatarLabel
from desktop.qr import MyQrCardDialog
from desktop.widgets import (
    InlineNotice,
    avatar_png_from_file,
    id_lines,
    set_role,
)
from desktop.widgets.file_choice import choose_picture_file
from desktop.widgets.guard import run_for

MAX_NAME_CHARS = 32


class ProfilePage(SettingsPage):
    """``choose_image_file`` is an attribute so tests can stand in for the file dialog."""

    def __init__(
        self, context: AppContext, avatars: AvatarCache, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.choose_image_file: Callable[[QWidget], Path | None] = choose_picture_file
        self.qr_dialog: MyQrCardDialog | None = None
        self.picture_title, _card, picture = self.add_section()
        row = QHBoxLayout()
        row.setSpacing(20)
        self.avatar = AvatarLabel(avatars, 88, self)
        row.addWidget(self.avatar)
        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        self.picture_help = QLabel(self)
        self.picture_help.setWordWrap(True)
        set_role(self.picture_help, "secondary")
        picture_buttons = QHBoxLayout()
        self.change_picture = QPushButton(self)
        self.change_picture.setObjectName("changePicture")
        self.remove_picture = QPushButton(self)
        set_role(self.remove_picture, "danger")
        picture_buttons.addWidget(self.change_picture)
        picture_buttons.addWidget(self.remove_picture)
        picture_buttons.addStretch(1)
        buttons.addWidget(self.picture_help)
        buttons.addLayout(picture_buttons)
        row.addLayout(buttons, 1)
        picture.addLayout(row)

        self.name_title, _card, name_box = self.add_section()
        name_row = QHBoxLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("profileName")
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.save_name = QPushButton(self)
        self.save_name.setObjectName("saveName")
        set_role(self.save_name, "primary")
        self.save_name.setEnabled(False)
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.save_name)
        self.name_help = QLabel(self)
        set_role(self.name_help, "caption")
        self.name_help.setWordWrap(True)
        name_box.addLayout(name_row)
        name_box.addWidget(self.name_help)

        self.id_title, _card, id_box = self.add_section()
        id_row = QHBoxLayout()
        self.display_id = QLabel(self)
        set_role(self.display_id, "mono")
        self.display_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_id = QPushButton(self)
        id_row.addWidget(self.display_id, 1)
        id_row.addWidget(self.copy_id)
        self.id_help = QLabel(self)
        set_role(self.id_help, "caption")
        self.id_help.setWordWrap(True)
        qr_row = QHBoxLayout()
        self.show_qr = QPushButton(self)
        self.show_qr.setObjectName("showMyQr")
        set_role(self.show_qr, "primary")
        qr_row.addWidget(self.show_qr)
        qr_row.addStretch(1)
        id_box.addLayout(id_row)
        id_box.addWidget(self.id_help)
        id_box.addLayout(qr_row)

        self.notice = InlineNotice(self)
        self.body.addWidget(self.notice)
        self.body.addStretch(1)
        self.name.textChanged.connect(self._on_name_typed)
        self.name.returnPressed.connect(self.save)
        self.save_name.clicked.connect(self.save)
        self.change_picture.clicked.connect(self.pick_picture)
        self.remove_picture.clicked.connect(self.clear_picture)
        self.copy_id.clicked.connect(self.copy_display_id)
        self.show_qr.clicked.connect(self.open_qr)
        context.bridge.profileChanged.connect(self.refresh)
        avatars.changed.connect(self._on_avatar)
        self._avatars = avatars
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.header.set_title(self.tr("My profile"), self.tr("What friends see when they add you"))
        self.picture_title.setText(self.tr("Picture"))
        self.picture_help.setText(
            self.tr("A square picture works best. Friends see it next to your name.")
        )
        self.change_picture.setText(self.tr("Change picture…"))
        self.remove_picture.setText(self.tr("Remove"))
        self.name_title.setText(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("Your name"))
        self.save_name.setText(self.tr("Save"))
        self.name_help.setText(
            self.tr("Friends can give you a remark name of their own; they see yours otherwise.")
        )
        self.id_title.setText(self.tr("Hutong ID"))
        self.copy_id.setText(self.tr("Copy"))
        self.id_help.setText(
            self.tr(
                "Your ID comes from your keys and never changes. Friends can compare it to be "
                "sure they added the real you."
            )
        )
        self.show_qr.setText(self.tr("Show my QR code"))

    def refresh(self) -> None:
        core = self.context.core
        self.avatar.show_person(core.me, core.name)
        if not self.name.hasFocus() or not self.save_name.isEnabled():
            self.name.setText(core.name)
        self.display_id.setText(id_lines(core.display_id))
        self._on_name_typed(self.name.text())
        self._refresh_picture_buttons(self._avatars)

    def _on_avatar(self, *_identity: object) -> None:
        self._refresh_picture_buttons(self._avatars)

    def _refresh_picture_buttons(self, avatars: AvatarCache) -> None:
        self.remove_picture.setVisible(avatars.has_picture(self.context.core.me))

    def _on_name_typed(self, text: str) -> None:
        cleaned = text.strip()
        self.save_name.setEnabled(bool(cleaned) and cleaned != self.context.core.name)

    def save(self) -> None:
        name = self.name.text().strip()
        if not name or name == self.context.core.name:
            return
        core = self.context.core
        self.save_name.setEnabled(False)
        run_for(
            self,
            self.context.runner,
            lambda: core.set_name(name),
            lambda _result: self.notice.show_success(self.tr("Name saved.")),
            self._failed,
        )

    def pick_picture(self) -> None:
        path = self.choose_image_file(self)
        if path is None:
            return
        core = self.context.core
        self.notice.clear_notice()

        def work() -> None:
            core.set_avatar(avatar_png_from_file(path))

        run_for(
            self,
            self.context.runner,
            work,
            lambda _result: self.notice.show_success(self.tr("Picture updated.")),
            self._failed,
        )

    def clear_picture(self) -> None:
        core = self.context.core
        run_for(self, self.context.runner, lambda: core.set_avatar(None), None, self._failed)

    def copy_display_id(self) -> None:
        QGuiApplication.clipboard().setText(self.context.core.display_id)
        self.notice.show_success(self.tr("Hutong ID copied."))

    def open_qr(self) -> MyQrCardDialog:
        dialog = MyQrCardDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.qr_dialog = dialog
        dialog.open()
        return dialog

    def _failed(self, message: str) -> None:
        self._on_name_typed(self.name.text())
        self.notice.show_error(message)
