"""Me: my profile, passphrase, notifications, appearance and network, as settings pages."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.crypto import KdfParams
from desktop.context import AppContext
from desktop.me.appearance_page import AppearancePage
from desktop.me.miniprograms_page import MiniProgramsPage
from desktop.me.network_page import NetworkPage
from desktop.me.notifications_page import NotificationsPage
from desktop.me.profile_page import ProfilePage
from desktop.me.security_page import SecurityPage
from desktop.people import AvatarLabel
from desktop.shell.pane import Pane
from desktop.widgets import set_role, short_id, themed_icon

SECTIONS = (
    ("profile", "me"),
    ("security", "lock"),
    ("notifications", "bell"),
    ("appearance", "appearance"),
    ("network", "network"),
    ("miniprograms", "miniprograms"),
)


class MePane(Pane):
    pane_id = "me"
    icon_name = "settings"

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, kdf: KdfParams | None = None
    ) -> None:
        super().__init__(context, parent)
        context.navigator.my_profile = self
        self.avatars = context.people.avatars
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(1)
        layout.addWidget(splitter)

        side = QWidget(self)
        side.setObjectName("settingsSide")
        side.setProperty("surface", "side")
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        side.setMinimumWidth(210)
        side.setMaximumWidth(320)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 20, 0, 12)
        column.setSpacing(12)
        summary = QHBoxLayout()
        summary.setContentsMargins(20, 0, 16, 6)
        summary.setSpacing(12)
        self.summary_avatar = AvatarLabel(self.avatars, 48, side)
        names = QVBoxLayout()
        names.setSpacing(2)
        self.summary_name = QLabel(side)
        set_role(self.summary_name, "heading")
        self.summary_id = QLabel(side)
        set_role(self.summary_id, "caption")
        names.addWidget(self.summary_name)
        names.addWidget(self.summary_id)
        summary.addWidget(self.summary_avatar)
        summary.addLayout(names, 1)
        column.addLayout(summary)
        self.nav = QListWidget(side)
        self.nav.setObjectName("settingsNav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column.addWidget(self.nav, 1)
        splitter.addWidget(side)

        self.stack = QStackedWidget(self)
        self.stack.setProperty("surface", "content")
        self.profile = ProfilePage(context, self.avatars, self.stack)
        self.security = SecurityPage(context, kdf, self.stack)
        self.notifications = NotificationsPage(context, self.stack)
        self.appearance = AppearancePage(context, self.stack)
        self.network = NetworkPage(context, self.stack)
        self.pages = {
            "profile": self.profile,
            "security": self.security,
            "notifications": self.notifications,
            "appearance": self.appearance,
            "network": self.network,
            "miniprograms": MiniProgramsPage(context, self.stack),
        }
        for key, _icon in SECTIONS:
            self.stack.addWidget(self.pages[key])
            item = QListWidgetItem(self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([236, 800])
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        context.bridge.profileChanged.connect(self._refresh_summary)
        context.themes.changed.connect(self._retint)
        self._retint()
        self._refresh_summary()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Me")

    def retranslate(self) -> None:
        names = {
            "profile": self.tr("My profile"),
            "security": self.tr("Passphrase"),
            "notifications": self.tr("Notifications"),
            "appearance": self.tr("Appearance"),
            "network": self.tr("Network"),
            "miniprograms": self.tr("Mini-programs"),
        }
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setText(names[str(item.data(Qt.ItemDataRole.UserRole))])
        self._refresh_summary()

    def _retint(self, *_theme: object) -> None:
        for row, (_key, icon_name) in enumerate(SECTIONS):
            self.nav.item(row).setIcon(themed_icon(self.context, icon_name))

    def _refresh_summary(self) -> None:
        core = self.context.core
        self.summary_avatar.show_person(core.me, core.name)
        self.summary_name.setText(core.name)
        self.summary_id.setText(self.tr("ID %1").replace("%1", short_id(core.display_id, 1)))

    def show_section(self, key: str) -> None:
        keys = [k for k, _icon in SECTIONS]
        self.nav.setCurrentRow(keys.index(key))

    def show_profile(self) -> None:
        self.show_section("profile")
