"""The pictures of a post being written: square previews in a grid, each removable, and a
"+" tile to add more while there is room (nine at most).

Signals:
    addClicked(): the "+" tile was clicked.
    changed(): a picture was added, finished preparing, or removed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QWidget

from core.moments import MAX_IMAGES
from desktop.icons import icon
from desktop.moments.compose.images import PreparedImage
from desktop.widgets import TranslatedWidget

TILE = 96
COLUMNS = 5


@dataclass
class GridEntry:
    path: str
    prepared: PreparedImage | None = None


class ImageTile(QLabel):
    def __init__(self, entry: GridEntry, parent: QWidget) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("composeTile")
        self.setFixedSize(QSize(TILE, TILE))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remove = QToolButton(self)
        self.remove.setObjectName("composeTileRemove")
        self.remove.setIcon(icon("moments/remove", "#ffffff"))
        self.remove.setIconSize(QSize(12, 12))
        self.remove.setFixedSize(QSize(20, 20))
        self.remove.move(TILE - 22, 2)
        self.remove.setCursor(Qt.CursorShape.PointingHandCursor)
        self.show_entry()

    def show_entry(self) -> None:
        prepared = self.entry.prepared
        if prepared is None:
            self.setText("…")
            return
        pixmap = QPixmap.fromImage(prepared.preview).scaled(
            QSize(TILE, TILE) * self.devicePixelRatioF(),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.setPixmap(pixmap)
        self.setToolTip(f"{prepared.width} × {prepared.height}")


class ImageGrid(TranslatedWidget):
    addClicked = Signal()  # noqa: N815
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[GridEntry] = []
        self.tiles: list[ImageTile] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.add = QToolButton(self)
        self.add.setObjectName("composeAdd")
        self.add.setFixedSize(QSize(TILE, TILE))
        self.add.setIconSize(QSize(30, 30))
        self.add.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add.clicked.connect(self.addClicked.emit)
        self.set_icon_colour("#b2b2b2")
        self._place()
        self.retranslate()

    def retranslate(self) -> None:
        self.add.setToolTip(self.tr("Add pictures (up to 9)"))
        for tile in self.tiles:
            tile.remove.setToolTip(self.tr("Remove this picture"))

    def set_icon_colour(self, colour: str) -> None:
        self.add.setIcon(icon("moments/add", colour))

    def room(self) -> int:
        return MAX_IMAGES - len(self.entries)

    def add_pending(self, path: str) -> GridEntry:
        entry = GridEntry(path)
        self.entries.append(entry)
        tile = ImageTile(entry, self)
        tile.remove.setToolTip(self.tr("Remove this picture"))
        tile.remove.clicked.connect(lambda: self.remove_entry(entry))
        self.tiles.append(tile)
        self._place()
        self.changed.emit()
        return entry

    def set_prepared(self, entry: GridEntry, prepared: PreparedImage) -> None:
        entry.prepared = prepared
        for tile in self.tiles:
            if tile.entry is entry:
                tile.show_entry()
        self.changed.emit()

    def remove_entry(self, entry: GridEntry) -> None:
        if entry not in self.entries:
            return
        self.entries.remove(entry)
        for tile in [t for t in self.tiles if t.entry is entry]:
            self.tiles.remove(tile)
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self._place()
        self.changed.emit()

    def busy(self) -> bool:
        return any(e.prepared is None for e in self.entries)

    def prepared(self) -> list[PreparedImage]:
        return [e.prepared for e in self.entries if e.prepared is not None]

    def _place(self) -> None:
        for number, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, number // COLUMNS, number % COLUMNS)
        count = len(self.tiles)
        self.add.setVisible(count < MAX_IMAGES)
        self.grid.addWidget(self.add, count // COLUMNS, count % COLUMNS)
