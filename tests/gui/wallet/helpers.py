"""Typing into the wallet's dialogs the way a person would."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.wallet.pin_dialog import PinDialog


def type_pin(qtbot: QtBot, dialog: PinDialog | None, pin: str) -> PinDialog:
    """Wait until the PIN dialog takes digits, then type ``pin`` into it."""
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.field.isEnabled())
    qtbot.keyClicks(dialog.field, pin)
    return dialog
