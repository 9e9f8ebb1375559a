"""The composer: tools (emoji, file, picture, transfer, red envelope), reply bar, pending
files, text box, Send.

A message may hold core's :data:`MAX_TEXT_CHARS` characters: a counter shows as the limit
nears, and past it Send is off and the counter says by how much (nothing is ever cut).

Signals:
    submitted(object): a :class:`Submission` to send.
    textEdited(str): the text changed (drafts follow it).
    imagePasted(QImage): a clipboard picture to be written to a file first.
    transferRequested(): the ¥ button (direct chats only): send money to the other person.
    envelopeRequested(): the red envelope button: send a red envelope here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.bodies import MAX_TEXT_CHARS
from core.chat import Message
from desktop.chats.composer.attachments import AttachmentStrip
from desktop.chats.composer.editor import ComposerEdit
from desktop.chats.composer.emoji import EmojiPicker
from desktop.chats.composer.mentions import MentionCandidate, MentionCompleter
from desktop.chats.composer.reply_bar import ReplyBar
from desktop.chats.messages.rows import LocalFile
from desktop.chats.scoped_runner import Runner
from desktop.i18n import translate
from desktop.icons import icon
from desktop.widgets.file_choice import home_folder, pictures_folder

WARN_FROM = MAX_TEXT_CHARS * 9 // 10  # the counter shows from here on


@dataclass(frozen=True)
class Submission:
    text: str
    files: tuple[LocalFile, ...]
    reply_to: bytes | None
    mentions: tuple[bytes, ...]
    mention_all: bool


class Composer(QWidget):
    submitted = Signal(object)
    textEdited = Signal(str)  # noqa: N815
    imagePasted = Signal(QImage)  # noqa: N815
    transferRequested = Signal()  # noqa: N815
    envelopeRequested = Signal()  # noqa: N815

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.reply_bar = ReplyBar(self)
        self.attachments = AttachmentStrip(runner, self)
        self.editor = ComposerEdit(self)
        self.editor.setMinimumHeight(64)
        self.tools = QWidget(self)
        tools = QHBoxLayout(self.tools)
        tools.setContentsMargins(8, 4, 8, 0)
        tools.setSpacing(2)
        self.emoji_button = self._tool("chat/emoji")
        self.file_button = self._tool("chat/attach")
        self.image_button = self._tool("chat/image")
        self.transfer_button = self._tool("chat/transfer")
        self.transfer_button.setObjectName("composerTransfer")
        self.envelope_button = self._tool("chat/red-envelope")
        self.envelope_button.setObjectName("composerRedEnvelope")
        for button in self._tool_buttons():
            tools.addWidget(button)
        tools.addStretch(1)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("composerSend")
        self.send_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.blocked = QLabel(self)
        self.blocked.setObjectName("composerBlocked")
        self.blocked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.blocked.setWordWrap(True)
        self.blocked.hide()
        self.counter = QLabel(self)
        self.counter.setObjectName("composerCounter")
        self.counter.hide()
        bottom = QHBoxLayout()
        bottom.setContentsMargins(12, 0, 14, 10)
        bottom.addStretch(1)
        bottom.addWidget(self.counter)
        bottom.addSpacing(10)
        bottom.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.reply_bar)
        layout.addWidget(self.attachments)
        layout.addWidget(self.tools)
        layout.addWidget(self.editor, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.blocked)
        self.mentions = MentionCompleter(self.editor, self.window() or self)
        self.editor.key_filter = self.mentions.handle_key
        self.emoji_picker: EmojiPicker | None = None
        self.editor.sendRequested.connect(self.submit)
        self.editor.filesOffered.connect(self.attachments.add_paths)
        self.editor.imagePasted.connect(self.imagePasted.emit)
        self.editor.textChanged.connect(self._text_changed)
        self.attachments.changed.connect(self._update_send)
        self.send_button.clicked.connect(self.submit)
        self.emoji_button.clicked.connect(self._show_emoji)
        self.file_button.clicked.connect(lambda: self._pick_files(False))
        self.image_button.clicked.connect(lambda: self._pick_files(True))
        self.transfer_button.clicked.connect(self.transferRequested.emit)
        self.envelope_button.clicked.connect(self.envelopeRequested.emit)
        self.retranslate()
        self._update_send()

    def _tool(self, name: str) -> QToolButton:
        button = QToolButton(self.tools)
        button.setIcon(icon(name, "#7a7f86"))
        button.setIconSize(QSize(22, 22))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def _tool_buttons(self) -> tuple[QToolButton, ...]:
        return (self.emoji_button, self.file_button, self.image_button, self.transfer_button,
                self.envelope_button)  # fmt: skip

    def set_icon_colour(self, colour: str) -> None:
        names = ("chat/emoji", "chat/attach", "chat/image", "chat/transfer", "chat/red-envelope")
        for button, name in zip(self._tool_buttons(), names, strict=True):
            button.setIcon(icon(name, colour))

    def set_direct(self, direct: bool) -> None:
        """A direct chat offers a transfer; a group only red envelopes."""
        self.transfer_button.setVisible(direct)

    def retranslate(self) -> None:
        self.send_button.setText(translate("ChatTexts", "Send"))
        self.emoji_button.setToolTip(translate("ChatTexts", "Emoji"))
        self.file_button.setToolTip(translate("ChatTexts", "Send a file"))
        self.image_button.setToolTip(translate("ChatTexts", "Send a picture"))
        self.transfer_button.setToolTip(translate("ChatCards", "Transfer money"))
        self.envelope_button.setToolTip(translate("ChatCards", "Send a red envelope"))
        for button in self._tool_buttons():
            button.setAccessibleName(button.toolTip())
        self.editor.setPlaceholderText(translate("ChatTexts", "Write a message…"))
        self.reply_bar.retranslate()
        self._update_send()

    # -- state -----------------------------------------------------------------------------------

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Load a draft (does not count as an edit)."""
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)
        self.mentions.reset()
        self._update_send()

    def reset(self) -> None:
        self.set_text("")
        self.reply_bar.clear()
        self.attachments.clear()

    def start_reply(self, message: Message, author: str) -> None:
        self.reply_bar.show_for(message, author)
        self.editor.setFocus()

    def set_mention_candidates(self, candidates: list[MentionCandidate]) -> None:
        self.mentions.set_candidates(candidates)

    def set_blocked(self, reason: str) -> None:
        """Say why nothing can be sent here (left the group...); empty text enables again."""
        blocked = bool(reason)
        self.blocked.setText(reason)
        self.blocked.setVisible(blocked)
        for widget in (self.tools, self.editor, self.send_button, self.attachments):
            widget.setVisible(not blocked and (widget is not self.attachments or
                                               bool(self.attachments.chips)))  # fmt: skip
        if blocked:
            self.reply_bar.clear()
            self.counter.hide()
        else:
            self._update_send()

    # -- actions ---------------------------------------------------------------------------------

    def _text_changed(self) -> None:
        self._update_send()
        self.textEdited.emit(self.text())

    def too_long_by(self) -> int:
        """How many characters the text is over core's limit (0 when it fits)."""
        return max(0, len(self.text().strip("\n")) - MAX_TEXT_CHARS)

    def _update_send(self) -> None:
        has_something = bool(self.text().strip()) or bool(self.attachments.chips)
        over = self.too_long_by()
        self.send_button.setEnabled(has_something and not self.attachments.busy and not over)
        length = len(self.text().strip("\n"))
        self.counter.setVisible(length >= WARN_FROM)
        self.counter.setProperty("over", over > 0)
        self.counter.setStyleSheet("color: #e5484d;" if over else "")
        if over:
            self.counter.setText(
                translate("ChatTexts", "%1 characters too long (at most %2)")
                .replace("%1", QLocale().toString(over))
                .replace("%2", QLocale().toString(MAX_TEXT_CHARS))
            )
        else:
            locale = QLocale()
            self.counter.setText(f"{locale.toString(length)} / {locale.toString(MAX_TEXT_CHARS)}")
        self.send_button.setToolTip(
            translate("ChatTexts", "Shorten the message to send it, or send it in parts.")
            if over
            else translate("ChatTexts", "Send (Enter). Shift+Enter starts a new line.")
        )

    def submit(self) -> None:
        text = self.text().strip("\n")
        files = tuple(self.attachments.files())
        if (not text.strip() and not files) or self.attachments.busy:
            return
        if self.too_long_by():
            return  # the counter already says why; the text stays as it is
        mentions, everyone = self.mentions.mentions(text)
        reply = self.reply_bar.message.event_id if self.reply_bar.message is not None else None
        submission = Submission(text, files, reply, tuple(mentions), everyone)
        self.reset()
        self.textEdited.emit("")
        self.submitted.emit(submission)

    def _show_emoji(self) -> None:
        if self.emoji_picker is None:
            self.emoji_picker = EmojiPicker(self)
            self.emoji_picker.picked.connect(self._insert_emoji)
        self.emoji_picker.popup_above(self.emoji_button)

    def _insert_emoji(self, glyph: str) -> None:
        self.editor.textCursor().insertText(glyph)
        self.editor.setFocus()

    def _pick_files(self, images_only: bool) -> None:
        if images_only:
            paths, _ = QFileDialog.getOpenFileNames(
                self,
                translate("ChatTexts", "Send pictures"),
                pictures_folder(),
                translate("ChatTexts", "Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)"),
            )
        else:
            paths, _ = QFileDialog.getOpenFileNames(
                self, translate("ChatTexts", "Send files"), home_folder()
            )
        if paths:
            self.attachments.add_paths(paths)
            self.editor.setFocus()
