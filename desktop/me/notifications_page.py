"""What message notifications may show: the sender and the message, the sender only, or
nothing but "New message" (for screens others can see)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.me.page import SettingsPage
from desktop.settings import NOTIFY_FULL, NOTIFY_NAME_ONLY, NOTIFY_NOTHING
from desktop.widgets import set_role, svg_pixmap

CHOICES = (NOTIFY_FULL, NOTIFY_NAME_ONLY, NOTIFY_NOTHING)


class NotificationsPage(SettingsPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.choice_title, _card, choices = self.add_section()
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key in CHOICES:
            button = QRadioButton(self)
            button.setObjectName(f"notify-{key}")
            self.group.addButton(button)
            choices.addWidget(button)
            self.buttons[key] = button
        self.muted_help = QLabel(self)
        self.muted_help.setWordWrap(True)
        set_role(self.muted_help, "caption")
        choices.addWidget(self.muted_help)

        self.preview_title, _card, preview = self.add_section()
        self.sample = QFrame(self)
        self.sample.setObjectName("notificationSample")
        self.sample.setProperty("surface", "card")
        row = QHBoxLayout(self.sample)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(12)
        icon = QLabel(self.sample)
        icon.setPixmap(svg_pixmap(("icons", "app.svg"), "", 36, self.devicePixelRatioF() or 1.0))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.sample_title = QLabel(self.sample)
        set_role(self.sample_title, "heading")
        self.sample_body = QLabel(self.sample)
        set_role(self.sample_body, "secondary")
        texts.addWidget(self.sample_title)
        texts.addWidget(self.sample_body)
        row.addWidget(icon)
        row.addLayout(texts, 1)
        preview.addWidget(self.sample)
        self.body.addStretch(1)
        current = context.settings.notifications
        self.buttons.get(current, self.buttons[NOTIFY_FULL]).setChecked(True)
        self.group.buttonToggled.connect(self._on_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.header.set_title(
            self.tr("Notifications"),
            self.tr("Alerts for new messages from others"),
        )
        self.choice_title.setText(self.tr("Show in notifications"))
        self.buttons[NOTIFY_FULL].setText(self.tr("Sender and message"))
        self.buttons[NOTIFY_NAME_ONLY].setText(self.tr("Sender only"))
        self.buttons[NOTIFY_NOTHING].setText(self.tr("Nothing, just “New message”"))
        self.muted_help.setText(
            self.tr("Muted chats never notify, and neither does the chat you are looking at.")
        )
        self.preview_title.setText(self.tr("Preview"))
        self._render_sample()

    def _on_toggled(self, toggled: QAbstractButton, checked: bool) -> None:
        if not checked:
            return
        for key, button in self.buttons.items():
            if button is toggled:
                self.choose(key)

    def choose(self, key: str) -> None:
        if self.context.settings.notifications != key:
            self.context.settings.notifications = key
        self._render_sample()

    def _render_sample(self) -> None:
        key = self.context.settings.notifications
        if key == NOTIFY_NOTHING:
            title, body = self.tr("Hutong"), self.tr("You have a new message")
        elif key == NOTIFY_NAME_ONLY:
            title, body = self.tr("Lin Mei"), self.tr("1 new message")
        else:
            title, body = self.tr("Lin Mei"), self.tr("Lunch at the canteen at 12:30?")
        self.sample_title.setText(title)
        self.sample_body.setText(body)
