"""The native questions a mini-program's window asks: may the app use a capability, may it
post something in a chat. Each is a message box parented to the app's window (window-modal,
never blocking the event loop) that names the app, so a page cannot pass itself off as
Hutong."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget

from core.miniprograms import Capability
from desktop.i18n import translate


def capability_name(capability: Capability) -> str:
    """The capability in a few words (permission lists)."""
    names = {
        Capability.STORAGE: translate("MiniPrograms", "Keep data on this device"),
        Capability.PROFILE: translate("MiniPrograms", "See your name"),
        Capability.PAYMENT: translate("MiniPrograms", "Use your wallet"),
        Capability.SHARE: translate("MiniPrograms", "Post cards in chats"),
    }
    return names[capability]


def capability_question(capability: Capability, app: str) -> str:
    questions = {
        Capability.STORAGE: translate(
            "MiniPrograms", "“%1” wants to keep data on this device (up to 10 MB)."
        ),
        Capability.PROFILE: translate(
            "MiniPrograms", "“%1” wants to see your name and your ID in this app."
        ),
        Capability.PAYMENT: translate(
            "MiniPrograms",
            "“%1” wants to use your wallet: see your currencies and ask for payments. "
            "Every payment still shows you the amount and asks for your PIN.",
        ),
        Capability.SHARE: translate(
            "MiniPrograms", "“%1” wants to post its card in chats. You confirm each post."
        ),
    }
    return questions[capability].replace("%1", app)


def alive(widget: QWidget | None) -> QWidget | None:
    """``widget``, or None once its window is gone (a dialog then opens on its own)."""
    return widget if widget is not None and shiboken6.isValid(widget) else None


def ask(
    parent: QWidget | None,
    app: str,
    question: str,
    yes: str,
    no: str,
    answer: Callable[[bool], None],
    *,
    name: str,
) -> QMessageBox:
    """A window-modal question; ``answer(True)`` only for ``yes`` (closing it means no)."""
    box = QMessageBox(alive(parent))
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(app)
    box.setText(question)
    allow = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    allow.setObjectName(f"{name}Yes")
    deny = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    deny.setObjectName(f"{name}No")
    box.setDefaultButton(deny)
    box.setEscapeButton(deny)

    def finished(_result: int) -> None:
        answer(box.clickedButton() is allow)
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box


class WindowConsent:
    """``Consent`` for one app window: "Allow" / "Deny" with the app's name."""

    def __init__(self, app: str, parent: Callable[[], QWidget | None]) -> None:
        self.app = app
        self._parent = parent

    def ask(self, capability: Capability, answer: Callable[[bool], None]) -> None:
        ask(
            self._parent(),
            self.app,
            capability_question(capability, self.app),
            translate("MiniPrograms", "Allow"),
            translate("MiniPrograms", "Deny"),
            answer,
            name="hutongConsent",
        )
