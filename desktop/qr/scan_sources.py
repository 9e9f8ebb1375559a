"""The pages every "scan a QR code" dialog shares: where the code comes from (camera, screen
region, picture file, pasted picture, pasted text), the text to paste, the camera and done.

Contacts read a contact card with them, the wallet a payment code: the pages only lay out and
ask, so what a code is read into stays with the dialog (the camera page takes ``read=``).
Pages with a word of their own to say keep it in their own class (their translation context).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.facade import Core
from desktop.context import AppContext
from desktop.qr.camera import CameraScanner
from desktop.qr.codes import read_picture
from desktop.widgets import InlineNotice, TranslatedWidget, icon_pixmap, set_role, theme_colors

SOURCES = (
    ("camera", "camera"),
    ("screen", "screen-region"),
    ("file", "image"),
    ("clipboard", "paste"),
    ("text", "card-text"),
)


def page_layout(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(28, 24, 28, 22)
    layout.setSpacing(12)
    return layout


def role_label(parent: QWidget, role: str, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(wrap)
    set_role(label, role)
    return label


def button_row(back: QPushButton | None, forward: QPushButton) -> QHBoxLayout:
    """A page's buttons: the way back on the left, the way on at the right."""
    buttons = QHBoxLayout()
    if back is not None:
        buttons.addWidget(back)
    buttons.addStretch(1)
    buttons.addWidget(forward)
    return buttons


def back_and_go(
    page: QWidget, layout: QVBoxLayout, go_name: str = ""
) -> tuple[QPushButton, QPushButton]:
    """Back at the left and the page's primary action at the right, below ``layout``."""
    back = QPushButton(page)
    go = QPushButton(page)
    if go_name:
        go.setObjectName(go_name)
    set_role(go, "primary")
    layout.addLayout(button_row(back, go))
    return back, go


class SourceTile(QPushButton):
    """A big choice button: an icon, a title and a line of help."""

    def __init__(self, context: AppContext, icon_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._icon_name = icon_name
        set_role(self, "tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(62)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(14)
        self.picture = QLabel(self)
        self.picture.setFixedSize(QSize(28, 28))
        self.title = QLabel(self)
        self.title.setObjectName("tileTitle")
        self.help = QLabel(self)
        set_role(self.help, "caption")
        texts = QVBoxLayout()
        texts.setSpacing(1)
        texts.addWidget(self.title)
        texts.addWidget(self.help)
        layout.addWidget(self.picture)
        layout.addLayout(texts, 1)
        chevron = QLabel(self)
        chevron.setFixedSize(QSize(16, 16))
        self.chevron = chevron
        layout.addWidget(chevron)
        for label in (self.picture, self.title, self.help, chevron):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.restyle()

    def set_texts(self, title: str, help_text: str) -> None:
        self.title.setText(title)
        self.help.setText(help_text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(help_text)

    def restyle(self) -> None:
        colors = theme_colors(self._context)
        ratio = self.devicePixelRatioF() or 1.0
        color = colors.accent if self.isEnabled() else colors.faint_text
        self.picture.setPixmap(icon_pixmap(self._icon_name, color, 28, ratio))
        self.chevron.setPixmap(icon_pixmap("chevron-right", colors.faint_text, 16, ratio))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.EnabledChange:
            self.restyle()
        super().changeEvent(event)


class SourcesPage(TranslatedWidget):
    """A heading, a line of explanation, one tile per source (object names
    ``<prefix><key>``) and a notice. Signals: picked(str): a key of :data:`SOURCES`."""

    picked = Signal(str)

    def __init__(self, context: AppContext, name_prefix: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.heading = role_label(self, "title", wrap=False)
        self.explanation = role_label(self, "secondary")
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(4)
        self.tiles: dict[str, SourceTile] = {}
        for key, icon_name in SOURCES:
            tile = SourceTile(context, icon_name, self)
            tile.setObjectName(f"{name_prefix}{key}")
            tile.clicked.connect(lambda _=False, key=key: self.picked.emit(key))
            layout.addWidget(tile)
            self.tiles[key] = tile
        self.notice = InlineNotice(self)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        context.themes.changed.connect(self._restyle_tiles)

    def _restyle_tiles(self, _theme: str) -> None:
        for tile in self.tiles.values():
            tile.restyle()

    def set_tile_texts(self, texts: dict[str, tuple[str, str]]) -> None:
        for key, (title, help_text) in texts.items():
            self.tiles[key].set_texts(title, help_text)


class PastePage(TranslatedWidget):
    """A heading, an optional explanation, the text and Back / Continue.
    Signals: submitted(str): the text, stripped; back()."""

    submitted = Signal(str)
    back = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        text_name: str,
        continue_name: str = "",
        explained: bool = True,
    ) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.heading = role_label(self, "title", wrap=False)
        self.explanation = role_label(self, "secondary")
        self.explanation.setVisible(explained)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName(text_name)
        self.text.setTabChangesFocus(True)
        self.notice = InlineNotice(self)
        for widget in (self.heading, self.explanation, self.text, self.notice):
            layout.addWidget(widget)
        self.back_button, self.continue_button = back_and_go(self, layout, continue_name)
        self.continue_button.setEnabled(False)
        self.text.textChanged.connect(self._on_changed)
        self.back_button.clicked.connect(self.back.emit)
        self.continue_button.clicked.connect(
            lambda: self.submitted.emit(self.text.toPlainText().strip())
        )

    def _on_changed(self) -> None:
        self.notice.clear_notice()
        self.continue_button.setEnabled(bool(self.text.toPlainText().strip()))


class CameraPage(TranslatedWidget):
    """The live picture and a way back. ``read`` turns a frame into what ``scanner.found``
    carries (a contact card by default). Signals: back()."""

    back = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        read: Callable[[Core, QImage], Any] = read_picture,
    ) -> None:
        super().__init__(parent)
        layout = page_layout(self)
        self.heading = role_label(self, "title", wrap=False)
        self.scanner = CameraScanner(context, self, read=read)
        self.back_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.scanner, 1)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back.emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Scan with camera"))
        self.back_button.setText(self.tr("Back"))

    def start(self) -> None:
        self.scanner.start()

    def stop(self) -> None:
        self.scanner.stop()


class DonePage(TranslatedWidget):
    """A check mark, a headline, a line and Done. Signals: closeRequested()."""

    closeRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        headline_name: str,
        done_name: str,
    ) -> None:
        super().__init__(parent)
        self._context = context
        layout = page_layout(self)
        layout.addStretch(1)
        self.picture = QLabel(self)
        self.headline = role_label(self, "title")
        self.headline.setObjectName(headline_name)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = role_label(self, "secondary")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        layout.addStretch(2)
        self.done_button = QPushButton(self)
        self.done_button.setObjectName(done_name)
        set_role(self.done_button, "primary")
        layout.addLayout(button_row(None, self.done_button))
        self.done_button.clicked.connect(self.closeRequested.emit)
        self.retranslate()

    def show_result(self, headline: str, body: str) -> None:
        ratio = self.devicePixelRatioF() or 1.0
        color = theme_colors(self._context).accent
        self.picture.setPixmap(icon_pixmap("check", color, 56, ratio))
        self.headline.setText(headline)
        self.body.setText(body)

    def retranslate(self) -> None:
        self.done_button.setText(self.tr("Done"))
