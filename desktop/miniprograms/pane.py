"""The Mini-programs pane: Recent (apps opened lately, solo or in a chat), Installed and
Bundled, each a row of tiles; "Install from file…" in the header.

The bundled apps are packed from resources/ and handed to the service when the pane is made
(off the GUI thread); the lists are read again whenever core reports a mini-program change.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from core.changes import MiniProgramsChanged
from core.chat import ConversationSummary
from core.errors import HutongError
from core.miniprograms import Package
from core.miniprograms.service import InstalledProgram, Instance
from desktop.chats.conversations.model import conversation_title
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.miniprograms.bundled import bundled_files
from desktop.miniprograms.flow_layout import FlowLayout
from desktop.miniprograms.install_file import choose_package_file
from desktop.miniprograms.launcher import choose_chat_and_share, open_program, show_error
from desktop.miniprograms.program_icon import program_pixmap
from desktop.miniprograms.program_tile import ProgramTile
from desktop.miniprograms.prompts import ask
from desktop.shell.pane import Pane
from desktop.widgets import PageHeader, clear_scroll_area, set_role
from desktop.widgets.guard import run_for


@dataclass(frozen=True)
class Shelf:
    """What the pane shows, read off the GUI thread."""

    programs: list[InstalledProgram]
    packages: dict[bytes, Package | None]
    recent: list[tuple[Instance, ConversationSummary | None]]


class MiniProgramsPane(Pane):
    pane_id = "miniprograms"
    icon_name = "miniprograms"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("surface", "content")
        self.shelf: Shelf | None = None
        self.tiles: dict[str, list[ProgramTile]] = {"recent": [], "installed": [], "bundled": []}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = PageHeader(self)
        self.install_button = QPushButton(self)
        self.install_button.setObjectName("installMiniProgram")
        self.install_button.clicked.connect(self.choose_file)
        self.header.add_action(self.install_button)
        outer.addWidget(self.header)
        scroll, column = clear_scroll_area(self)
        column.setContentsMargins(32, 16, 32, 32)
        column.setSpacing(10)
        self.titles: dict[str, QLabel] = {}
        self.rows: dict[str, FlowLayout] = {}
        self.empty: dict[str, QLabel] = {}
        holder = scroll.widget()
        for position, key in enumerate(("recent", "installed", "bundled")):
            title = QLabel(holder)
            set_role(title, "section")
            empty = QLabel(holder)
            set_role(empty, "caption")
            box = QWidget(holder)
            row = FlowLayout(box, spacing=12)
            for index, widget in enumerate((title, empty, box)):
                column.insertWidget(position * 3 + index, widget)
            self.titles[key], self.empty[key], self.rows[key] = title, empty, row
        outer.addWidget(scroll, 1)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(50)
        self._refresh_timer.timeout.connect(self.refresh)
        context.bridge.changes.connect(self._changes)
        self.retranslate()
        service = context.core.miniprograms
        run_for(
            self, context.runner, lambda: service.set_bundled(bundled_files()),
            lambda _ids: self.refresh(),
        )  # fmt: skip

    def title(self) -> str:
        return self.tr("Mini-programs")  # the rail's name, as the placeholder pane had it

    def retranslate(self) -> None:
        self.header.set_title(
            self.title(), translate("MiniPrograms", "Small apps you use alone or with a chat")
        )
        self.install_button.setText(translate("MiniPrograms", "Install from file…"))
        self.titles["recent"].setText(translate("MiniPrograms", "Recent"))
        self.titles["installed"].setText(translate("MiniPrograms", "Installed"))
        self.titles["bundled"].setText(translate("MiniPrograms", "Bundled"))
        self.empty["recent"].setText(translate("MiniPrograms", "Apps you open appear here."))
        self.empty["installed"].setText(
            translate("MiniPrograms", "Apps installed from a chat or a file appear here.")
        )
        self.empty["bundled"].setText("")
        if self.shelf is not None:
            self._show(self.shelf)

    def activated(self) -> None:
        self.refresh()

    def _changes(self, changes: tuple[object, ...]) -> None:
        if any(isinstance(change, MiniProgramsChanged) for change in changes):
            self._refresh_timer.start()

    def refresh(self) -> None:
        core = self.context.core

        def read() -> Shelf:
            programs = core.miniprograms.installed()
            packages: dict[bytes, Package | None] = {}
            for program in programs:
                try:
                    packages[program.program_id] = core.miniprograms.package(program.program_id)
                except HutongError:
                    packages[program.program_id] = None
            recent = [
                (i, core.chat.conversation(i.conversation) if i.conversation else None)
                for i in core.miniprograms.recent()
                if i.program_id in packages
            ]
            return Shelf(programs, packages, recent)

        run_for(self, self.context.runner, read, self._arrived)

    def _arrived(self, shelf: Shelf) -> None:
        # App updates announce changes too: tiles are rebuilt only when what they show
        # changed, so a tile is never replaced under the pointer by a game move.
        if self.shelf is not None and self._look(shelf) == self._look(self.shelf):
            self.shelf = shelf
            return
        self._show(shelf)

    def _look(self, shelf: Shelf) -> tuple[object, ...]:
        directory = self.context.people.directory
        return (
            tuple((p.program_id, p.name, p.bundled) for p in shelf.programs),
            tuple((p is None) for p in shelf.packages.values()),
            tuple(
                (i.program_id, i.conversation, s and conversation_title(s, directory))
                for i, s in shelf.recent
            ),
        )

    def _show(self, shelf: Shelf) -> None:
        self.shelf = shelf
        for key, row in self.rows.items():
            row.clear()
            self.tiles[key] = []
        ratio = self.devicePixelRatioF() or 1.0
        by_id = {p.program_id: p for p in shelf.programs}
        for instance, summary in shelf.recent:
            program = by_id[instance.program_id]
            chat = (
                conversation_title(summary, self.context.people.directory)
                if summary is not None
                else translate("MiniPrograms", "Just me")
            )
            tile = self._tile("recent", program, shelf.packages.get(program.program_id), ratio,
                              caption=chat, share=False)  # fmt: skip
            tile.openRequested.connect(
                lambda p=program.program_id, c=instance.conversation: self.open(p, c)
            )
        for program in shelf.programs:
            key = "bundled" if program.bundled else "installed"
            tile = self._tile(key, program, shelf.packages.get(program.program_id), ratio,
                              uninstall=not program.bundled)  # fmt: skip
            tile.openRequested.connect(lambda p=program.program_id: self.open(p, None))
            tile.shareRequested.connect(lambda p=program: self.share(p))
            tile.uninstallRequested.connect(lambda p=program: self.uninstall(p))
        for key, label in self.empty.items():
            label.setVisible(not self.tiles[key] and bool(label.text()))

    def _tile(
        self,
        key: str,
        program: InstalledProgram,
        package: Package | None,
        ratio: float,
        **options: object,
    ) -> ProgramTile:
        picture = program_pixmap(program.program_id, package, program.name, 56, ratio)
        tile = ProgramTile(program.name, picture, self, **options)  # type: ignore[arg-type]
        tile.setObjectName(f"{key}-{program.name.replace('/', '_')}")  # for automation
        tile.setProperty("programId", program.program_id.hex())
        self.rows[key].addWidget(tile)
        tile.show()  # at once: a layout would only show it from the event loop
        self.tiles[key].append(tile)
        return tile

    # -- actions ---------------------------------------------------------------------------

    def open(self, program_id: bytes, conversation: str | None) -> None:
        open_program(self.context, program_id, conversation, self.window())

    def share(self, program: InstalledProgram) -> None:
        choose_chat_and_share(self.context, program, self.window())

    def uninstall(self, program: InstalledProgram) -> None:
        service = self.context.core.miniprograms

        def confirmed(yes: bool) -> None:
            if yes:
                run_for(
                    self,
                    self.context.runner,
                    lambda: service.uninstall(program.program_id),
                    lambda _none: self.refresh(),
                    lambda message: show_error(self.window(), message),
                )

        ask(
            self.window(),
            translate("MiniPrograms", "Mini-programs"),
            translate(
                "MiniPrograms", "Uninstall “%1”? Its data on this device is deleted too."
            ).replace("%1", program.name),
            translate("MiniPrograms", "Uninstall"),
            translate("MiniPrograms", "Cancel"),
            confirmed,
            name="uninstallConfirm",
        )

    def choose_file(self) -> None:
        choose_package_file(self.context, self.window(), lambda _program: self.refresh())
