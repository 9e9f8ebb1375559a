"""Dialogs show every word: at a large font and in the longer translations they grow instead
of squeezing their contents; the first start puts the cursor in the name field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from core.facade import Core
from desktop.chats.groups.member_picker import MemberPicker
from desktop.contacts.add_dialog import AddContactDialog
from desktop.context import AppContext
from desktop.onboarding import FirstRunDialog, UnlockDialog
from desktop.qr import MyQrCardDialog
from tests.support.profiles import befriend


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[None]:
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSize(16)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


def squeezed(dialog: QDialog) -> list[str]:
    """What is drawn smaller than it needs, or outside the dialog."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or widget.window() is not dialog:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            if widget.heightForWidth(widget.width()) > widget.height() + 1:
                found.append(f"wrapped {widget.text()[:30]!r} cut")
        elif isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            need = (
                widget.minimumSizeHint()
                if isinstance(widget, QAbstractButton)
                else widget.sizeHint()
            )
            # Buttons' heights are the style sheet's; their text must fit across, and the
            # line must not be squeezed to nothing.
            if need.width() > widget.width() + 1 or widget.height() < widget.fontMetrics().height():
                found.append(f"{widget.text()[:30]!r} {widget.size().toTuple()} < {need.toTuple()}")
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            where = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
            if not dialog.rect().contains(where):
                found.append(f"{type(widget).__name__} outside the dialog")
    return found


@pytest.mark.parametrize("language", ["zh_CN", "fr", "en"])
def test_dialogs_grow_to_show_everything(
    qtbot: QtBot,
    large_font: None,
    language: str,
    make_context,  # type: ignore[no-untyped-def]
    alice: Core,
    bob: Core,
    tmp_path: Path,
) -> None:
    befriend(alice, bob)
    context: AppContext = make_context(alice, language)
    dialogs = [
        FirstRunDialog(tmp_path / "new", context.runner),
        UnlockDialog(alice.profile, context.runner),
        AddContactDialog(context),
        MyQrCardDialog(context),
        MemberPicker(
            alice.contacts.all_contacts(), context.people.avatars, "Start group chat", True
        ),
    ]
    try:
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            qtbot.waitUntil(lambda dialog=dialog: squeezed(dialog) == [], timeout=10_000)
    finally:
        for dialog in dialogs:
            dialog.close()
        qtbot.waitUntil(lambda: not context.runner.busy, timeout=10_000)
        context.translations.install("en")


def test_first_run_starts_in_the_name_field(
    qtbot: QtBot, tmp_path: Path, qapp: QApplication
) -> None:
    from desktop.runner import OperationRunner

    runner = OperationRunner()
    dialog = FirstRunDialog(tmp_path / "new", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.name
    runner.wait_for_done()
