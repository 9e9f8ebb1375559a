"""Changing the payment PIN: the current PIN, the new one twice; or setting one when none is set.

The three PINs are typed into one six-box field, one step after the other. The current PIN
is checked as soon as it is typed and again when the new one is stored
(``wallet.set_pin(new, old)``); core counts every check and locks out as for a payment, and
every call runs off the GUI thread. A wrong current PIN or a repeat that differs is
said in the dialog and changes nothing; while the PIN is locked the dialog counts down and
takes no digits.

A forgotten PIN cannot be reset here, and the dialog says why: there is no server that could
confirm who is asking, and a reset that needs no secret would let anyone at the unlocked
computer pay (docs/desktop-wallet.md, "A forgotten payment PIN").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.context import AppContext
from desktop.i18n import translate
from desktop.wallet.pin_field import PinField
from desktop.wallet.pin_lockout import Locked, PinLockout, catching_lock
from desktop.wallet.themed import WalletDialog
from desktop.widgets import InlineNotice, set_role, theme_colors
from desktop.widgets.guard import run_for


class Step(Enum):
    LOADING = "loading"
    CURRENT = "current"
    CHECKING = "checking"
    NEW = "new"
    REPEAT = "repeat"
    SAVING = "saving"
    DONE = "done"


@dataclass(frozen=True)
class _Start:
    has_pin: bool
    locked_until_ms: int | None


class PinChangeDialog(WalletDialog):
    """``changed`` is True once core stored the new PIN."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.step = Step.LOADING
        self.has_pin: bool | None = None
        self.changed = False
        self._current: str | None = None
        self._new: str | None = None
        self._forgot_open = False
        self.setObjectName("walletPinChange")
        self.setModal(True)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        self.heading = QLabel(self)
        self.heading.setObjectName("pinHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        set_role(self.heading, "heading")
        self.explanation = QLabel(self)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "secondary")
        self.field = PinField(theme_colors(context), self)
        self.field.setEnabled(False)
        self.notice = InlineNotice(self)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.forgot_button = QPushButton(self)
        self.forgot_button.setObjectName("pinForgot")
        self.forgot_button.setFlat(True)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        set_role(self.forgot_button, "link")
        self.forgot_text = QLabel(self)
        self.forgot_text.setObjectName("fieldHint")
        self.forgot_text.setWordWrap(True)
        self.forgot_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.forgot_text.hide()
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addWidget(self.field, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.notice)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.forgot_text)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("pinChangeClose")
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self._close)
        self.forgot_button.clicked.connect(self._toggle_forgot)
        self.field.completed.connect(self._on_completed)
        self.field.edited.connect(self._on_edited)
        self.lockout = PinLockout(context, self.notice, self.field, self)
        self.lockout.ended.connect(lambda: self._go(self.step))
        context.themes.changed.connect(lambda _t: self.field.set_colors(theme_colors(context)))
        self.retranslate()
        self._load()

    @property
    def locked(self) -> bool:
        return self.lockout.locked

    # -- words -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        setting = self.has_pin is False
        self.setWindowTitle(translate("Wallet", "Payment PIN"))
        headings = {
            Step.LOADING: "",
            Step.CURRENT: translate("Wallet", "Enter your current payment PIN"),
            Step.CHECKING: translate("Wallet", "Enter your current payment PIN"),
            Step.NEW: translate("Wallet", "Set a payment PIN")
            if setting
            else translate("Wallet", "Enter a new payment PIN"),
            Step.REPEAT: translate("Wallet", "Enter the new PIN again"),
            Step.SAVING: translate("Wallet", "Enter the new PIN again"),
            Step.DONE: translate("Wallet", "Payment PIN set")
            if setting
            else translate("Wallet", "Payment PIN changed"),
        }
        self.heading.setText(headings[self.step])
        explanations = {
            Step.CURRENT: translate(
                "Wallet", "To change the PIN, first prove you know the one you have."
            ),
            Step.NEW: translate(
                "Wallet",
                "Six digits that Hutong asks for before every payment from this "
                "computer. Choose one others cannot guess.",
            ),
            Step.DONE: translate("Wallet", "Hutong asks for the new PIN from the next payment on."),
        }
        self.explanation.setText(explanations.get(self.step, ""))
        self.explanation.setVisible(bool(self.explanation.text()))
        self.close_button.setText(
            translate("Wallet", "Done") if self.step is Step.DONE else translate("Wallet", "Cancel")
        )
        self.forgot_button.setText(translate("Wallet", "Forgot your PIN?"))
        self.forgot_button.setVisible(self.step is Step.CURRENT)
        self.forgot_text.setText(
            translate(
                "Wallet",
                "A forgotten payment PIN cannot be reset. Hutong has no server that could "
                "confirm it is you, and a reset that needs no secret would let anyone at this "
                "computer pay with your money. Without the PIN nothing can be paid from this "
                "computer; receiving, accepting transfers and grabbing red envelopes still "
                "work. If you remember part of it, keep trying: after three wrong PINs each "
                "try waits longer, at most a day.",
            )
        )
        self.forgot_text.setVisible(self.step is Step.CURRENT and self._forgot_open)
        self.field.setVisible(self.step is not Step.DONE)
        self.lockout.show()  # in the new language

    def _toggle_forgot(self) -> None:
        self._forgot_open = not self._forgot_open
        self.forgot_text.setVisible(self._forgot_open)

    # -- loading ---------------------------------------------------------------------------

    def _load(self) -> None:
        wallet = self._context.core.wallet

        def work() -> _Start:
            return _Start(wallet.has_pin(), wallet.pin_locked_until())

        run_for(self, self._context.runner, work, self._loaded, self._failed_to_load)

    def _loaded(self, start: _Start) -> None:
        self.has_pin = start.has_pin
        self._go(Step.CURRENT if start.has_pin else Step.NEW)
        if start.has_pin and start.locked_until_ms is not None:
            self.lockout.lock(start.locked_until_ms)

    def _failed_to_load(self, message: str) -> None:
        self.notice.show_error(message)

    def _go(self, step: Step) -> None:
        self.step = step
        self.field.clear()
        self.retranslate()
        typing = step in (Step.CURRENT, Step.NEW, Step.REPEAT) and not self.locked
        self.field.setEnabled(typing)
        if typing:
            self.field.setFocus()

    # -- typing ----------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self.field.text() and not self.locked:
            self.notice.clear_notice()

    def _on_completed(self, pin: str) -> None:
        if self.step is Step.CURRENT:
            self._check_current(pin)
        elif self.step is Step.NEW:
            if pin == self._current:
                self._go(Step.NEW)
                self.notice.show_error(
                    translate("Wallet", "The new PIN is the same as the current one.")
                )
                return
            self._new = pin
            self._go(Step.REPEAT)
        elif self.step is Step.REPEAT:
            if pin != self._new:
                self._new = None
                self._go(Step.NEW)
                self.notice.show_error(
                    translate(
                        "Wallet", "The two new PINs are not the same. Enter the new PIN again."
                    )
                )
                return
            self._save(pin)

    def _check_current(self, current: str) -> None:
        """Tell a wrong current PIN at once, not after the new one was typed twice. Core's
        front door has no bare check: setting the PIN to itself is one, counted and locked
        out like a payment, and leaves the PIN as it was."""
        wallet = self._context.core.wallet

        def checked() -> None:
            self._current = current
            self._go(Step.NEW)

        self._call(Step.CHECKING, lambda: wallet.set_pin(current, current), checked)

    def _save(self, new: str) -> None:
        old = self._current
        wallet = self._context.core.wallet

        def saved() -> None:
            self.changed = True
            self._current = self._new = None
            self._go(Step.DONE)
            if self.has_pin:
                self.notice.show_success(translate("Wallet", "Your payment PIN was changed."))
            else:
                self.notice.show_success(translate("Wallet", "Payment PIN set."))

        # Core checks the current PIN again: it may have been changed meanwhile elsewhere.
        self._call(Step.SAVING, lambda: wallet.set_pin(new, old), saved)

    def _call(self, step: Step, action: Callable[[], None], succeeded: Callable[[], None]) -> None:
        """Run ``action`` off the GUI thread; a wrong or locked PIN starts again, changing
        nothing."""
        self.step = step
        self.retranslate()
        self.field.setEnabled(False)
        self.close_button.setEnabled(False)
        self.notice.show_info(translate("Wallet", "Checking…"))

        def done(result: Locked | None) -> None:
            self.close_button.setEnabled(True)
            if isinstance(result, Locked):
                self._restart()
                self.lockout.lock(result.until_ms)
                return
            self.notice.clear_notice()
            succeeded()

        run_for(self, self._context.runner, catching_lock(action), done, self._refused)

    def _refused(self, message: str) -> None:
        """A wrong current PIN (or a store error): start again; nothing was changed."""
        self.close_button.setEnabled(True)
        self._restart()
        self.notice.show_error(message)
        self.lockout.learn()  # this wrong PIN may be the one that locks: say so now

    def _restart(self) -> None:
        self._current = self._new = None
        self._go(Step.CURRENT if self.has_pin else Step.NEW)

    def _close(self) -> None:
        if self.step is Step.DONE:
            self.accept()
        else:
            self.reject()
