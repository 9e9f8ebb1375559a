"""Writing a post: text (at most 2,000 characters, with a counter), up to nine pictures, and
who can see it. Errors stay in the dialog and nothing is posted half-way.

Signals:
    posted(object): the :class:`core.moments.Post` now published.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.contacts import Contact
from core.moments import MAX_IMAGES, MAX_POST_CHARS, AudienceChoice, Post
from desktop.chats.scoped_runner import ScopedRunner
from desktop.context import AppContext
from desktop.moments.colors import MomentsColors, colors_for
from desktop.moments.compose.audience import AudiencePicker, audience_summary
from desktop.moments.compose.audience_row import AudienceRow
from desktop.moments.compose.image_grid import GridEntry, ImageGrid
from desktop.moments.compose.images import PreparedImage, prepare_image
from desktop.moments.shared import MomentsShared
from desktop.moments.texts import AUDIENCE_ICONS
from desktop.widgets import InlineNotice, TranslatedDialog, set_role
from desktop.widgets.file_choice import pictures_folder


class ComposeDialog(TranslatedDialog):
    posted = Signal(object)

    def __init__(self, context: AppContext, shared: MomentsShared, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("composeDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(560, 640)
        self._core = context.core
        self.runner = ScopedRunner(context.runner, self)
        self.colors: MomentsColors = shared.colors
        self._folder = tempfile.TemporaryDirectory(prefix="hutong-post-")
        self._numbered = 0
        self.audience = AudienceChoice()
        self.names: dict[bytes, str] = {}
        self.posting = False
        self._too_long = False
        self.pages = QStackedWidget(self)
        self.compose = QWidget(self.pages)
        self.text = QPlainTextEdit(self.compose)
        self.text.setObjectName("composeText")
        self.text.textChanged.connect(self._text_changed)
        self.counter = QLabel(self.compose)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        set_role(self.counter, "caption")
        self.grid = ImageGrid(self.compose)
        self.grid.addClicked.connect(self.choose_pictures)
        self.grid.changed.connect(self._update_state)
        self.audience_button = AudienceRow(self.compose)
        self.audience_button.clicked.connect(self.open_audience)
        self.notice = InlineNotice(self.compose)
        self.cancel = QPushButton(self.compose)
        self.cancel.clicked.connect(self.reject)
        self.post_button = QPushButton(self.compose)
        set_role(self.post_button, "primary")
        self.post_button.clicked.connect(self.post)
        self._lay_out_compose()
        self.picker = AudiencePicker(context, shared.avatars, self.pages)
        self.picker.section_colour = self.colors.secondary_text
        self.picker.chosen.connect(self._audience_chosen)
        self.picker.cancelled.connect(lambda: self.pages.setCurrentWidget(self.compose))
        self.pages.addWidget(self.compose)
        self.pages.addWidget(self.picker)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(self.post)
        self.setStyleSheet(self._style())
        self.retranslate()
        self._load_people()
        self.finished.connect(lambda _code: self._folder.cleanup())
        context.themes.changed.connect(self.apply_theme)

    def apply_theme(self, theme: str) -> None:
        self.colors = colors_for(theme)
        self.picker.section_colour = self.colors.secondary_text
        self.setStyleSheet(self._style())
        self._show_audience()

    def _lay_out_compose(self) -> None:
        layout = QVBoxLayout(self.compose)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.counter)
        layout.addWidget(self.grid)
        layout.addSpacing(4)
        layout.addWidget(self.audience_button)
        layout.addWidget(self.notice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.post_button)
        layout.addLayout(buttons)

    def _style(self) -> str:
        c = self.colors
        return f"""
#composeText {{ font-size: 15px; }}
#composeTile {{ background: {c.placeholder}; color: {c.secondary_text}; border-radius: 4px; }}
#composeTileRemove {{ background: rgba(0, 0, 0, 120); border: none; border-radius: 10px; }}
#composeAdd {{ background: {c.input_background}; border: 1px solid {c.box_divider};
    border-radius: 4px; }}
#composeAdd:hover {{ border-color: {c.secondary_text}; }}
#composeAudience {{ border: none; border-top: 1px solid {c.box_divider};
    border-bottom: 1px solid {c.box_divider}; border-radius: 0; padding: 0; min-height: 44px;
    background: transparent; }}
#composeAudience:hover {{ background: {c.box}; }}
#composeAudience QLabel {{ background: transparent; color: {c.text}; font-size: 14px; }}
#composeAudience QLabel#composeAudienceSummary {{ color: {c.secondary_text}; }}
"""

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New post"))
        self.text.setPlaceholderText(self.tr("Share what is new…"))
        self.cancel.setText(self.tr("Cancel"))
        self.post_button.setText(self.tr("Post"))
        self.post_button.setToolTip(self.tr("Post (Ctrl+Enter)"))
        self._show_audience()
        self._text_changed()

    # -- people and audience -----------------------------------------------------------------

    def _load_people(self) -> None:
        contacts = self._core.contacts

        def done(result: tuple[list[Contact], list[str]]) -> None:
            friends, tags = result
            self.names = {bytes(c.identity): c.display_name for c in friends}
            self.picker.set_people(friends, tags)
            self._show_audience()

        self.runner.run(lambda: (contacts.friends(), contacts.tags()), done, self.notice.show_error)

    def open_audience(self) -> None:
        self.picker.set_choice(self.audience)
        self.pages.setCurrentWidget(self.picker)

    def _audience_chosen(self, choice: AudienceChoice) -> None:
        self.audience = choice
        self._show_audience()
        self.pages.setCurrentWidget(self.compose)

    def set_audience(self, choice: AudienceChoice) -> None:
        self._audience_chosen(choice)

    def _show_audience(self) -> None:
        summary = audience_summary(self.audience, self.names)
        self.audience_button.show_choice(
            self.tr("Who can see"), summary, AUDIENCE_ICONS[self.audience.kind], self.colors
        )

    # -- text and pictures -------------------------------------------------------------------

    def _text_changed(self) -> None:
        count = len(self.text.toPlainText())
        self.counter.setText(f"{count} / {MAX_POST_CHARS}")
        over = count > MAX_POST_CHARS
        self.counter.setStyleSheet(f"color: {self.colors.danger};" if over else "")
        if over:
            self.notice.show_error(
                self.tr("A post has at most %1 characters; this one has %2")
                .replace("%1", str(MAX_POST_CHARS))
                .replace("%2", str(count))
            )
        elif self._too_long:
            self.notice.clear_notice()
        self._too_long = over
        self._update_state()

    def _update_state(self) -> None:
        text = self.text.toPlainText()
        ready = bool(text.strip()) or bool(self.grid.entries)
        fits = len(text) <= MAX_POST_CHARS
        self.post_button.setEnabled(ready and fits and not self.posting and not self.grid.busy())

    def ask_picture_paths(self) -> list[str]:
        title = self.tr("Choose pictures")
        label = self.tr("Pictures")
        chosen, _filter = QFileDialog.getOpenFileNames(
            self, title, pictures_folder(), f"{label} (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"
        )
        return list(chosen)

    def choose_pictures(self) -> None:
        paths = self.ask_picture_paths()
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: Sequence[str]) -> int:
        """Add pictures (prepared off the GUI thread); returns how many were taken."""
        self.notice.clear_notice()
        room = self.grid.room()
        taken, left_out = list(paths[:room]), len(paths) - room
        if left_out > 0:
            words = (
                self.tr("A post has at most %1 pictures; 1 was left out")
                if left_out == 1
                else self.tr("A post has at most %1 pictures; %2 were left out")
            )
            self.notice.show_error(
                words.replace("%1", str(MAX_IMAGES)).replace("%2", str(left_out))
            )
        folder = Path(self._folder.name)
        for path in taken:
            entry = self.grid.add_pending(path)
            self._numbered += 1
            number = self._numbered
            self._prepare(path, folder, number, entry)
        self._update_state()
        return len(taken)

    def _prepare(self, path: str, folder: Path, number: int, entry: GridEntry) -> None:
        def refused(message: str) -> None:
            self.grid.remove_entry(entry)
            self.notice.show_error(message)

        self.runner.run(
            lambda: prepare_image(path, folder, number),
            lambda prepared: self._prepared(entry, prepared),
            refused,
        )

    def _prepared(self, entry: GridEntry, prepared: PreparedImage) -> None:
        if entry in self.grid.entries:
            self.grid.set_prepared(entry, prepared)

    # -- posting -----------------------------------------------------------------------------

    def post(self) -> None:
        if self.posting or not self.post_button.isEnabled():
            return
        text = self.text.toPlainText()
        images = [p.new_image() for p in self.grid.prepared()]
        choice = self.audience
        moments = self._core.moments
        self._set_posting(True)
        self.notice.show_info(self.tr("Posting…"))
        self.runner.run(lambda: moments.post(text, images, choice), self._done, self._failed)

    def _set_posting(self, posting: bool) -> None:
        self.posting = posting
        for widget in (self.text, self.grid, self.audience_button, self.cancel):
            widget.setEnabled(not posting)
        self._update_state()

    def _done(self, post: Post) -> None:
        self.posting = False
        self.posted.emit(post)
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_posting(False)
        self.notice.show_error(message)
