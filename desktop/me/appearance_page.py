"""Theme (follow the system, light, dark) and interface language, both applied live."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QToolButton,
    QWidget,
)

from desktop.context import AppContext
from desktop.i18n import LANGUAGES
from desktop.me.page import SettingsPage
from desktop.widgets import set_role, themed_icon

THEME_ICONS = {"system": "monitor", "light": "sun", "dark": "moon"}


class AppearancePage(SettingsPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.theme_title, _card, theme_box = self.add_section()
        row = QHBoxLayout()
        row.setSpacing(12)
        self.theme_group = QButtonGroup(self)
        self.theme_buttons: dict[str, QToolButton] = {}
        for key in THEME_ICONS:
            button = QToolButton(self)
            button.setObjectName(f"theme-{key}")
            set_role(button, "choice")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(32, 32))
            button.setMinimumSize(QSize(120, 86))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, key=key: self.choose_theme(key))
            self.theme_group.addButton(button)
            row.addWidget(button)
            self.theme_buttons[key] = button
        row.addStretch(1)
        theme_box.addLayout(row)
        self.theme_help = QLabel(self)
        set_role(self.theme_help, "caption")
        theme_box.addWidget(self.theme_help)

        self.language_title, _card, language_box = self.add_section()
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for key in ("", *LANGUAGES):
            radio = QRadioButton(self)
            radio.setObjectName(f"language-{key or 'system'}")
            self.language_group.addButton(radio)
            language_box.addWidget(radio)
            self.language_buttons[key] = radio
        self.body.addStretch(1)
        chosen_theme = context.settings.theme
        self.theme_buttons.get(chosen_theme, self.theme_buttons["system"]).setChecked(True)
        chosen_language = context.settings.language
        self.language_buttons.get(chosen_language, self.language_buttons[""]).setChecked(True)
        # Connected only now: showing the saved choice must not re-apply it.
        self.language_group.buttonToggled.connect(self._on_language_toggled)
        context.themes.changed.connect(self._retint)
        self._retint()
        self.retranslate()

    def retranslate(self) -> None:
        self.header.set_title(self.tr("Appearance"), self.tr("Theme and language"))
        self.theme_title.setText(self.tr("Theme"))
        self.theme_buttons["system"].setText(self.tr("System"))
        self.theme_buttons["light"].setText(self.tr("Light"))
        self.theme_buttons["dark"].setText(self.tr("Dark"))
        self.theme_help.setText(self.tr("“System” follows your computer's light or dark setting."))
        self.language_title.setText(self.tr("Language"))
        self.language_buttons[""].setText(self.tr("Same as the system"))
        for key, name in LANGUAGES.items():
            self.language_buttons[key].setText(name)

    def _retint(self, *_theme: object) -> None:
        for key, button in self.theme_buttons.items():
            button.setIcon(themed_icon(self.context, THEME_ICONS[key]))

    def choose_theme(self, choice: str) -> None:
        self.context.settings.theme = choice
        self.context.themes.apply(choice)
        self.theme_buttons[choice].setChecked(True)

    def _on_language_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if not checked:
            return
        for key, radio in self.language_buttons.items():
            if radio is button:
                self.choose_language(key)

    def choose_language(self, language: str) -> None:
        """Switch now (every window re-translates itself) and remember the choice."""
        self.context.settings.language = language
        self.context.translations.install(language or None)
