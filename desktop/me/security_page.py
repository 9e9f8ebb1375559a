"""The passphrase that protects this profile's secret keys: set, change or remove it.

Re-sealing runs Argon2 off the GUI thread; the current passphrase is checked first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from core.crypto import KdfParams
from core.errors import WrongPassphrase
from core.identity import is_protected
from desktop.context import AppContext
from desktop.me.page import SettingsPage
from desktop.onboarding.passphrase_fields import PassphraseEdit
from desktop.widgets import InlineNotice, set_role
from desktop.widgets.guard import run_for

MIN_PASSPHRASE = 6


class SecurityPage(SettingsPage):
    def __init__(
        self, context: AppContext, kdf: KdfParams | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self._kdf = kdf
        self.protected: bool | None = None
        self._busy = False
        self.status_title, _card, status_box = self.add_section()
        status_row = QHBoxLayout()
        self.status = QLabel(self)
        set_role(self.status, "heading")
        self.status_pill = QLabel(self)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.status_pill)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "secondary")
        status_box.addLayout(status_row)
        status_box.addWidget(self.explanation)

        self.form_title, _card, form = self.add_section()
        color = "#9aa0a6" if context.themes.effective == "dark" else "#8c8c8c"
        self.current = PassphraseEdit(self, color)
        self.current.setObjectName("currentPassphrase")
        self.new = PassphraseEdit(self, color)
        self.new.setObjectName("newPassphrase")
        self.confirm = PassphraseEdit(self, color)
        self.confirm.setObjectName("confirmPassphrase")
        for field in (self.current, self.new, self.confirm):
            form.addWidget(field)
            field.textChanged.connect(self._on_typing)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        set_role(self.warning, "caption")
        form.addWidget(self.warning)
        self.notice = InlineNotice(self)
        form.addWidget(self.notice)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removePassphrase")
        set_role(self.remove_button, "danger")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePassphrase")
        set_role(self.save_button, "primary")
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addLayout(buttons)
        self.body.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.confirm.returnPressed.connect(self.save)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        profile = self.context.core.profile
        run_for(
            self,
            self.context.runner,
            lambda: is_protected(profile),
            self._loaded,
            self.notice.show_error,
        )

    def _loaded(self, protected: bool) -> None:
        self.protected = protected
        self.retranslate()

    def retranslate(self) -> None:
        self.header.set_title(self.tr("Passphrase"), self.tr("Protect your keys on this computer"))
        self.status_title.setText(self.tr("Status"))
        self.form_title.setText(
            self.tr("Change passphrase") if self.protected else self.tr("Set a passphrase")
        )
        if self.protected:
            self.status.setText(self.tr("This profile is protected"))
            self.status_pill.setText(self.tr("On"))
            set_role(self.status_pill, "pill", tone="")
            self.explanation.setText(
                self.tr(
                    "Your secret keys are encrypted with your passphrase. Hutong asks for it "
                    "each time it starts."
                )
            )
        else:
            self.status.setText(self.tr("This profile is not protected"))
            self.status_pill.setText(self.tr("Off"))
            set_role(self.status_pill, "pill", tone="warn")
            self.explanation.setText(
                self.tr(
                    "Anyone who can open your files on this computer can use your identity. "
                    "Set a passphrase to encrypt your keys."
                )
            )
        self.current.setPlaceholderText(self.tr("Current passphrase"))
        self.new.setPlaceholderText(self.tr("New passphrase"))
        self.confirm.setPlaceholderText(self.tr("Type the new passphrase again"))
        self.warning.setText(
            self.tr("There is no way to reset a forgotten passphrase. Keep it somewhere safe.")
        )
        self.current.setVisible(bool(self.protected))
        self.remove_button.setVisible(bool(self.protected))
        self.remove_button.setText(self.tr("Remove passphrase"))
        self.save_button.setText(
            self.tr("Change passphrase") if self.protected else self.tr("Set passphrase")
        )
        self._on_typing()

    def _on_typing(self, *_text: object) -> None:
        if not self._busy:
            self.notice.clear_notice()
        ready = bool(self.new.text()) and (not self.protected or bool(self.current.text()))
        self.save_button.setEnabled(ready and not self._busy and self.protected is not None)
        self.remove_button.setEnabled(bool(self.current.text()) and not self._busy)

    def save(self) -> None:
        if self._busy or self.protected is None:
            return
        new, again = self.new.text(), self.confirm.text()
        if len(new) < MIN_PASSPHRASE:
            self.notice.show_error(
                self.tr("Use at least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
            )
            return
        if new != again:
            self.notice.show_error(self.tr("The two new passphrases are different."))
            return
        old = self.current.text() if self.protected else None
        self._change(old, new, self.tr("Passphrase saved. Hutong will ask for it next time."))

    def remove(self) -> None:
        if self._busy or not self.protected:
            return
        self._change(self.current.text(), None, self.tr("Passphrase removed."))

    def _change(self, old: str | None, new: str | None, success: str) -> None:
        core, kdf = self.context.core, self._kdf
        self._set_busy(True)

        def work() -> bool:
            try:
                core.change_passphrase(old, new, kdf)
            except WrongPassphrase:
                return False
            return True

        def done(changed: bool) -> None:
            self._set_busy(False)
            if not changed:
                self.notice.show_error(self.tr("The current passphrase is not right."))
                self.current.selectAll()
                self.current.setFocus()
                return
            for field in (self.current, self.new, self.confirm):
                field.clear()
            self.protected = new is not None
            self.retranslate()
            self.notice.show_success(success)

        def failed(message: str) -> None:
            self._set_busy(False)
            self.notice.show_error(message)

        run_for(self, self.context.runner, work, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for field in (self.current, self.new, self.confirm):
            field.setEnabled(not busy)
        if busy:
            self.save_button.setText(self.tr("Saving…"))
            self.save_button.setEnabled(False)
            self.remove_button.setEnabled(False)
        else:
            self.retranslate()
