"""The payment PIN dialog: six masked digits, setting a PIN when there is none, the lockout.

With an ``attempt`` (the payment itself, run off the GUI thread with the PIN), a wrong PIN is
told in the dialog and nothing else happens; a locked PIN shows how long it stays locked and
lets nobody type. Without one, the dialog only collects the PIN (:func:`ask_pin`'s contract).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.i18n import translate
from desktop.wallet.pin_field import PinField
from desktop.wallet.pin_lockout import Locked, PinLockout, catching_lock
from desktop.widgets import InlineNotice, TranslatedDialog, set_role, theme_colors
from desktop.widgets.guard import run_for


@dataclass(frozen=True)
class _PinState:
    has_pin: bool
    locked_until_ms: int | None


class PinDialog(TranslatedDialog):
    """After ``exec()``: ``pin`` (the PIN typed) and ``outcome`` (what ``attempt`` returned)."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None,
        title: str,
        detail: str,
        attempt: Callable[[str], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._title = title
        self._detail = detail
        self._attempt = attempt
        self._setting: str | None = None  # the first entry of a new PIN, waiting for the second
        self._has_pin: bool | None = None
        self.pin: str | None = None
        self.outcome: Any = None
        self.setObjectName("walletPin")
        self.setModal(True)
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        self.heading = QLabel(self)
        self.heading.setObjectName("pinHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        set_role(self.heading, "heading")
        self.detail = QLabel(self)
        self.detail.setObjectName("pinDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("font-size: 26px; font-weight: 600;")
        self.explanation = QLabel(self)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "secondary")
        self.field = PinField(theme_colors(context), self)
        self.field.setEnabled(False)
        self.notice = InlineNotice(self)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.heading, self.detail, self.explanation):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addWidget(self.field, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("pinCancel")
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.field.completed.connect(self._on_completed)
        self.field.edited.connect(self._on_edited)
        self.lockout = PinLockout(context, self.notice, self.field, self)
        self.lockout.ended.connect(self._ready)
        context.themes.changed.connect(lambda _t: self.field.set_colors(theme_colors(context)))
        self.retranslate()
        self._load()

    def start(self) -> None:
        """Open window-modal over a flow that reads ``outcome`` when accepted. The dialog
        stays (hidden) with the flow's dialog after it closes, so ``pin_dialog`` can still
        be asked about; it goes with the flow's dialog."""
        self.open()

    # -- state -----------------------------------------------------------------------------

    def _load(self) -> None:
        wallet = self._context.core.wallet

        def work() -> _PinState:
            return _PinState(wallet.has_pin(), wallet.pin_locked_until())

        run_for(self, self._context.runner, work, self._loaded, self._failed)

    def _loaded(self, state: _PinState) -> None:
        self._has_pin = state.has_pin
        self.retranslate()
        if state.locked_until_ms is not None:
            self.lockout.lock(state.locked_until_ms)
        else:
            self._ready()

    def _ready(self) -> None:
        self.field.setEnabled(True)
        self.field.setFocus()

    def _failed(self, message: str) -> None:
        self.field.clear()
        self.notice.show_error(message)
        self._ready()

    @property
    def setting_pin(self) -> bool:
        return self._has_pin is False

    @property
    def locked(self) -> bool:
        return self.lockout.locked

    @property
    def lock_text(self) -> str:
        return self.lockout.text

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Wallet", "Payment PIN"))
        self.cancel_button.setText(translate("Wallet", "Cancel"))
        if self.setting_pin:
            if self._setting is None:
                self.heading.setText(translate("Wallet", "Set a payment PIN"))
                self.explanation.setText(
                    translate(
                        "Wallet",
                        "Six digits that Hutong asks for before every payment from this "
                        "computer. Choose one others cannot guess.",
                    )
                )
            else:
                self.heading.setText(translate("Wallet", "Enter the new PIN again"))
                self.explanation.setText("")
            self.detail.setVisible(False)
        else:
            self.heading.setText(self._title)
            self.detail.setText(self._detail)
            self.detail.setVisible(bool(self._detail))
            self.explanation.setText(translate("Wallet", "Enter your 6-digit payment PIN"))
        self.explanation.setVisible(bool(self.explanation.text()))

    # -- typing ----------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self.field.text() and not self.locked:
            self.notice.clear_notice()

    def _on_completed(self, pin: str) -> None:
        if self.setting_pin:
            self._set_pin_step(pin)
            return
        self._use(pin)

    def _set_pin_step(self, pin: str) -> None:
        self.field.clear()
        if self._setting is None:
            self._setting = pin
            self.retranslate()
            return
        first, self._setting = self._setting, None
        if pin != first:
            self.retranslate()
            self.notice.show_error(
                translate("Wallet", "The two PINs are not the same. Start again.")
            )
            return
        self.field.setEnabled(False)
        wallet = self._context.core.wallet

        def saved(_none: object) -> None:
            self._has_pin = True
            self.retranslate()
            self.notice.show_success(translate("Wallet", "Payment PIN set."))
            self._use(pin)

        run_for(self, self._context.runner, lambda: wallet.set_pin(pin), saved, self._failed)

    def _use(self, pin: str) -> None:
        attempt = self._attempt
        if attempt is None:
            self.pin = pin
            self.accept()
            return
        self.field.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.notice.show_info(translate("Wallet", "Checking…"))

        def done(result: Any) -> None:
            self.cancel_button.setEnabled(True)
            if isinstance(result, Locked):
                self.field.clear()
                self.lockout.lock(result.until_ms)
                return
            self.pin = pin
            self.outcome = result
            self.accept()

        def failed(message: str) -> None:
            self.cancel_button.setEnabled(True)
            self._failed(message)
            self.lockout.learn()  # this wrong PIN may be the one that locks: say so now

        run_for(self, self._context.runner, catching_lock(lambda: attempt(pin)), done, failed)
