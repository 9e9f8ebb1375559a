"""Me → Mini-programs: for each installed program, what it was allowed (or denied) with
Revoke, the data it keeps on this device, and "Clear storage"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.changes import MiniProgramsChanged
from core.miniprograms import Capability
from core.miniprograms.service import InstalledProgram
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.me.page import SettingsPage
from desktop.miniprograms.prompts import capability_name
from desktop.widgets import set_role
from desktop.widgets.guard import run_for


@dataclass(frozen=True)
class ProgramSettings:
    program: InstalledProgram
    granted: frozenset[Capability]
    denied: frozenset[Capability]
    used: int


def size_text(size: int) -> str:
    if size < 1024:
        return translate("MiniPrograms", "%1 bytes").replace("%1", str(size))
    if size < 1024 * 1024:
        return translate("MiniPrograms", "%1 KB").replace("%1", f"{size / 1024:.1f}")
    return translate("MiniPrograms", "%1 MB").replace("%1", f"{size / 1024 / 1024:.1f}")


class MiniProgramsPage(SettingsPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.cards: list[QFrame] = []
        self.rows: dict[tuple[bytes, Capability], QPushButton] = {}
        self.clear_buttons: dict[bytes, QPushButton] = {}
        self.none = QLabel(self.column)
        set_role(self.none, "caption")
        self.body.addWidget(self.none)
        self.body.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self.refresh)
        context.bridge.changes.connect(self._changes)
        self.retranslate()

    def retranslate(self) -> None:
        self.header.set_title(
            translate("MiniPrograms", "Mini-programs"),
            translate("MiniPrograms", "What each app may do, and the data it keeps here"),
        )
        self.none.setText(translate("MiniPrograms", "No mini-program has asked for anything yet."))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        self.refresh()

    def _changes(self, changes: tuple[object, ...]) -> None:
        if self.isVisible() and any(isinstance(c, MiniProgramsChanged) for c in changes):
            self._timer.start()

    def refresh(self) -> None:
        service = self.context.core.miniprograms

        def read() -> list[ProgramSettings]:
            return [
                ProgramSettings(
                    p,
                    service.granted(p.program_id),
                    service.denied(p.program_id),
                    service.storage_used(p.program_id),
                )
                for p in service.installed()
            ]

        run_for(self, self.context.runner, read, self._show)

    def _show(self, programs: list[ProgramSettings]) -> None:
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards, self.rows, self.clear_buttons = [], {}, {}
        shown = [p for p in programs if p.granted or p.denied or p.used]
        self.none.setVisible(not shown)
        for index, settings in enumerate(shown):
            card = self._card(settings)
            self.body.insertWidget(index, card)
            self.cards.append(card)

    def _card(self, settings: ProgramSettings) -> QFrame:
        program = settings.program
        card = QFrame(self.column)
        card.setObjectName("miniProgramSettings")
        card.setProperty("surface", "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        name = QLabel(program.name, card)
        set_role(name, "heading")
        layout.addWidget(name)
        for capability in Capability:
            if capability in settings.granted:
                state = translate("MiniPrograms", "Allowed")
            elif capability in settings.denied:
                state = translate("MiniPrograms", "Denied")
            else:
                continue
            row = QHBoxLayout()
            label = QLabel(f"{capability_name(capability)} · {state}", card)
            button = QPushButton(translate("MiniPrograms", "Revoke"), card)
            button.setObjectName(f"revoke-{capability.value}")
            button.clicked.connect(
                lambda _checked=False, c=capability: self.revoke(program.program_id, c)
            )
            row.addWidget(label, 1)
            row.addWidget(button)
            layout.addLayout(row)
            self.rows[(program.program_id, capability)] = button
        storage = QHBoxLayout()
        used = QLabel(
            translate("MiniPrograms", "Storage used: %1").replace("%1", size_text(settings.used)),
            card,
        )
        set_role(used, "secondary")
        clear = QPushButton(translate("MiniPrograms", "Clear storage"), card)
        clear.setObjectName("clearStorage")
        clear.setEnabled(settings.used > 0)
        clear.clicked.connect(lambda: self.clear_storage(program.program_id))
        storage.addWidget(used, 1)
        storage.addWidget(clear)
        layout.addLayout(storage)
        self.clear_buttons[program.program_id] = clear
        return card

    def revoke(self, program_id: bytes, capability: Capability) -> None:
        service = self.context.core.miniprograms
        run_for(
            self, self.context.runner, lambda: service.revoke(program_id, capability),
            lambda _none: self.refresh(),
        )  # fmt: skip

    def clear_storage(self, program_id: bytes) -> None:
        service = self.context.core.miniprograms

        def clear() -> None:
            for key in service.storage_keys(program_id):
                service.storage_remove(program_id, key)

        run_for(self, self.context.runner, clear, lambda _none: self.refresh())
