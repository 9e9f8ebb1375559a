"""The right side of the chats pane: one conversation's header, announcement, messages,
find bar, group panel and composer, wired to a :class:`ConversationSession`.

Signals:
    newestShown(str): a conversation's first window is laid out and on screen (benchmarks).
    opened(str): a conversation was opened here.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.chat import GroupInfo, Message, Role, parse_conversation
from desktop.chats.cards import CardActions
from desktop.chats.colors import ChatColors
from desktop.chats.composer.composer import Composer, Submission
from desktop.chats.composer.drafts import DraftKeeper
from desktop.chats.composer.mentions import ALL, MentionCandidate
from desktop.chats.groups.info_panel import GroupInfoPanel
from desktop.chats.messages.bubble_layout import Part
from desktop.chats.messages.choosing import MessageChoice, confirm_deletion
from desktop.chats.messages.delegate import MessageDelegate
from desktop.chats.messages.downloads import apply_auto_download, ask_to_download
from desktop.chats.messages.menu import MessageActions, build_message_menu
from desktop.chats.messages.rows import ChatRow, LocalFile, SendState
from desktop.chats.messages.selection_bar import SelectionBar
from desktop.chats.messages.session import ConversationSession
from desktop.chats.messages.thumbnails import (
    MAX_IMAGE_BYTES,
    PartState,
    ThumbnailCache,
    attachment_ref,
)
from desktop.chats.messages.view import MessageListView
from desktop.chats.scoped_runner import Runner
from desktop.chats.search.find_bar import FindBar
from desktop.chats.texts import new_messages
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.icons import icon
from desktop.images import decode_image
from desktop.people import AvatarCache, ImageViewer, PeopleDirectory, Picture
from desktop.widgets.file_choice import downloads_folder, in_folder

KEEP_WHILE_FOLLOWING = 100
TRIM_ABOVE = 160
HIGHLIGHT_MS = 1800


class ConversationView(QWidget):
    newestShown = Signal(str)  # noqa: N815
    opened = Signal(str)

    def __init__(
        self,
        context: AppContext,
        runner: Runner,
        directory: PeopleDirectory,
        avatars: AvatarCache,
        colors: ChatColors,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversationView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAcceptDrops(True)
        self.context = context
        self._core = context.core
        self._runner = runner
        self._directory = directory
        self._avatars = avatars
        self.colors = colors
        self.session = ConversationSession(context.core, runner, self)
        self.thumbnails = ThumbnailCache(context.core, runner, self)
        apply_auto_download(context.settings, context.core)
        self.drafts = DraftKeeper(context.core, runner, self)
        self._paste_folder = tempfile.TemporaryDirectory(prefix="hutong-paste-")
        self.viewers: list[ImageViewer] = []
        self._unread_to_mark = False
        self._announcement = ""
        self._build()
        self._connect()
        self.retranslate()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.keep_unsent)

    # -- building

    def _build(self) -> None:
        self.header = QWidget(self)
        self.header.setObjectName("conversationHeader")
        self.header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.header.setFixedHeight(58)
        self.title = QLabel(self.header)
        self.title.setObjectName("conversationTitle")
        self.subtitle = QLabel(self.header)
        self.subtitle.setObjectName("conversationSubtitle")
        self.search_button = QToolButton(self.header)
        self.info_button = QToolButton(self.header)
        header = QHBoxLayout(self.header)
        header.setContentsMargins(20, 6, 12, 6)
        header.addWidget(self.title)
        header.addWidget(self.subtitle)
        header.addStretch(1)
        header.addWidget(self.search_button)
        header.addWidget(self.info_button)
        self.banner = QWidget(self)
        self.banner.setObjectName("announcementBanner")
        self.banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.banner.setCursor(Qt.CursorShape.PointingHandCursor)
        self.banner_icon = QLabel(self.banner)
        self.banner_text = QLabel(self.banner)
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(20, 6, 20, 6)
        banner.addWidget(self.banner_icon)
        banner.addWidget(self.banner_text, 1)
        self.banner.hide()
        self.find_bar = FindBar(self._core, self._runner, self._directory.name_of, self)
        self.list_view = MessageListView(self)
        self.cards = CardActions(self.context, self._runner, lambda: self.conversation_id, self)
        self.delegate = MessageDelegate(
            self._directory, self._avatars, self.thumbnails, self.colors,
            self._core.clock.now_ms, self.list_view, self.cards.statuses,
        )  # fmt: skip
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setModel(self.session.model)
        self.error = QLabel(self)
        self.error.setObjectName("errorNote")
        self.error.setWordWrap(True)
        self.error.hide()
        self._error_timer = QTimer(self)
        self._error_timer.setSingleShot(True)
        self._error_timer.setInterval(6000)
        self._error_timer.timeout.connect(self.error.hide)
        self.composer = Composer(self._runner, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(self.composer)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([520, 170])
        column = QWidget(self)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(0)
        column_layout.addWidget(self.find_bar)
        column_layout.addWidget(self.error)
        column_layout.addWidget(self.splitter, 1)
        self.selection_bar = SelectionBar(column)
        column_layout.addWidget(self.selection_bar)
        self.choice = MessageChoice(
            self._core, self._runner, self._directory, self.session, self.selection_bar,
            self.composer, lambda t, q: self.confirm(t, q), self.show_error, self,  # noqa: PLW0108
        )  # fmt: skip
        self.group_panel = GroupInfoPanel(
            self._core, self._runner, self._directory, self._avatars, self
        )
        self.group_panel.hide()
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(column, 1)
        body.addWidget(self.group_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.setInterval(HIGHLIGHT_MS)
        self._highlight_timer.timeout.connect(lambda: self.session.model.set_highlight(None))
        self._mark_timer = QTimer(self)
        self._mark_timer.setSingleShot(True)
        self._mark_timer.setInterval(250)
        self._mark_timer.timeout.connect(self._mark_read_now)
        self.apply_colors(self.colors)

    def _connect(self) -> None:
        session, view, bridge = self.session, self.list_view, self.context.bridge
        session.opened.connect(self._on_opened)
        session.arrived.connect(self._on_arrived)
        session.missed.connect(view.set_missed)
        session.groupLoaded.connect(self._on_group)
        session.jumped.connect(self._on_jumped)
        session.failed.connect(self.show_error)
        view.nearTop.connect(session.load_older)
        view.nearBottom.connect(session.load_newer)
        view.atBottomChanged.connect(self._on_at_bottom)
        view.jumpToBottomClicked.connect(self.jump_to_bottom)
        view.unreadAboveClicked.connect(self._jump_to_first_unread)
        view.partClicked.connect(self._part_clicked)
        view.cardClicked.connect(lambda row: self.cards.open(row.message))
        self.cards.statuses.changed.connect(view.viewport().update)
        view.quoteClicked.connect(self._quote_clicked)
        view.failedClicked.connect(lambda row: session.retry(row.key))
        view.menuRequested.connect(self._show_menu)
        view.rowToggled.connect(self.choice.toggle)
        view.shown.connect(lambda: self.newestShown.emit(session.conversation_id))
        self.thumbnails.ready.connect(lambda _key: view.viewport().update())
        self._avatars.changed.connect(lambda _identity: view.viewport().update())
        self._directory.changed.connect(self._names_changed)
        self.composer.submitted.connect(self._submit)
        self.composer.textEdited.connect(self.drafts.edited)
        self.composer.imagePasted.connect(self._paste_image)
        self.composer.transferRequested.connect(self.cards.send_transfer)
        self.composer.envelopeRequested.connect(self.cards.send_red_envelope)
        self.search_button.clicked.connect(self.open_find)
        self.info_button.clicked.connect(self.toggle_group_panel)
        self.find_bar.hitChosen.connect(self.jump_to_message)
        self.group_panel.closed.connect(self.group_panel.hide)
        self.group_panel.changed.connect(self._on_group)
        self.banner.mousePressEvent = lambda _event: self.toggle_group_panel(True)  # type: ignore[method-assign]
        bridge.conversationChanged.connect(self._on_conversation_changed)
        bridge.messageUpdated.connect(self._on_message_updated)
        bridge.groupChanged.connect(self._on_group_changed)
        bridge.rebuilt.connect(self._reopen)

    def retranslate(self) -> None:
        self.search_button.setToolTip(translate("ChatTexts", "Search this chat (Ctrl+F)"))
        self.info_button.setToolTip(translate("ChatTexts", "Chat info"))
        self.list_view.jump_button.setToolTip(translate("ChatTexts", "Jump to the newest messages"))
        self.composer.retranslate()
        self.find_bar.retranslate()
        self.group_panel.retranslate()
        self._refresh_title()
        self.delegate.forget_layouts()
        self.list_view.relayout()

    def apply_colors(self, colors: ChatColors) -> None:
        self.colors = colors
        self.delegate.colors = colors
        self.delegate.forget_layouts()
        glyph = colors.secondary_text
        self.search_button.setIcon(icon("chat/search", glyph))
        self.info_button.setIcon(icon("chat/more", glyph))
        self.banner_icon.setPixmap(icon("chat/announcement", colors.banner_text).pixmap(16, 16))
        self.composer.set_icon_colour(glyph)
        self.list_view.set_button_colours(glyph)
        self.list_view.jump_count.setStyleSheet(
            f"background: {colors.badge}; color: {colors.badge_text}; border: none;"
            " border-radius: 9px; padding: 1px 6px; font-size: 11px;"
        )
        self.list_view.unread_above.setStyleSheet(
            f"background: {colors.window}; color: {colors.accent}; border: 1px solid"
            f" {colors.header_border}; border-radius: 14px; padding: 5px 12px;"
        )
        self.list_view.relayout()

    # -- opening

    @property
    def conversation_id(self) -> str:
        return self.session.conversation_id

    def open(
        self, conversation_id: str, unread_hint: int = 0, draft_hint: str | None = None
    ) -> None:
        if conversation_id == self.session.conversation_id:
            return
        self.drafts.flush()
        self.composer.reset()
        self.choice.stop()
        self.group_panel.hide()
        self.banner.hide()
        self.find_bar.hide()
        self.list_view.set_missed(0)
        self.list_view.set_unread_above("")
        self.list_view.set_following(True)
        kind, _raw = parse_conversation(conversation_id)
        self.delegate.is_group = kind == "group"
        self.delegate.forget_layouts()
        self.info_button.setIcon(
            icon("chat/group-info" if kind == "group" else "chat/more", self.colors.secondary_text)
        )
        self.info_button.setVisible(kind == "group")
        self.composer.set_direct(kind == "direct")
        self.composer.set_blocked("")
        self.composer.set_mention_candidates([])
        self._unread_to_mark = True
        self._announcement = ""
        self.session.open(conversation_id, unread_hint)
        self.drafts.switch_to(conversation_id, draft_hint or "")
        if draft_hint is not None:
            self.composer.set_text(draft_hint)
        else:
            chat = self._core.chat
            self._runner.run(
                lambda: chat.draft(conversation_id),
                lambda text: self._restore_draft(conversation_id, text),
            )
        self._refresh_title()
        self.opened.emit(conversation_id)
        self.composer.editor.setFocus()

    def _restore_draft(self, conversation_id: str, text: str) -> None:
        if conversation_id == self.conversation_id and not self.composer.text() and text:
            self.drafts.switch_to(conversation_id, text)
            self.composer.set_text(text)

    def _reopen(self) -> None:
        current = self.session.conversation_id
        if current:
            self.session.conversation_id = ""
            self.open(current)

    def _refresh_title(self) -> None:
        conversation = self.session.conversation_id
        if not conversation:
            self.title.setText("")
            self.subtitle.setText("")
            return
        kind, raw = parse_conversation(conversation)
        if kind == "direct":
            self.title.setText(self._directory.name_of(raw))
            self.subtitle.setText("")
            return
        info = self.session.group or self._directory.group(raw)
        self.title.setText(info.name if info is not None else translate("ChatTexts", "Group chat"))
        count = len(info.active_members) if info is not None else 0
        self.subtitle.setText(translate("ChatTexts", "(%n)", None, count) if count else "")

    def _on_opened(self) -> None:
        # The rows were sized as they arrived (layouts were forgotten when the chat opened).
        if self.session.model.highlight_key is None:
            first = self.session.first_unread
            divider = self.session.model.position_of("unread")
            if divider >= 0:
                self.list_view.scroll_to_key("unread")
                if self.list_view.verticalScrollBar().maximum() == 0 or first is None:
                    self.list_view.scroll_to_newest()
            else:
                self.list_view.scroll_to_newest()
        if self.session.has_unseen_divider():
            self.list_view.set_unread_above(new_messages(self.session.unread_at_open) + "  ↑")
        self._schedule_mark_read()

    # -- live changes

    def _on_conversation_changed(self, conversation_id: str, new_messages: int) -> None:
        if conversation_id == self.session.conversation_id:
            self.session.note_change(new_messages)
            if new_messages:
                self.thumbnails.retry_missing()

    def _on_message_updated(self, conversation_id: str, event_id: bytes) -> None:
        if conversation_id == self.session.conversation_id:
            self.session.note_message_updated(event_id)

    def _on_group_changed(self, conversation_id: str) -> None:
        if conversation_id == self.session.conversation_id:
            self.session.note_change(0)

    def _on_arrived(self, incoming: int) -> None:
        model, view = self.session.model, self.list_view
        if view.is_at_bottom() and self.isVisible():
            if model.message_count() > TRIM_ABOVE:
                model.trim_top(KEEP_WHILE_FOLLOWING)
                self.session.at_start = False
        else:
            view.set_missed(view._missed + incoming)
        self._unread_to_mark = True
        self._schedule_mark_read()

    def _on_at_bottom(self, at_bottom: bool) -> None:
        if at_bottom and self.session.at_live_end:
            self.list_view.set_missed(0)
            self._schedule_mark_read()

    def _names_changed(self) -> None:
        self.delegate.forget_layouts()
        self.list_view.relayout()
        self._refresh_title()

    def _on_group(self, info: GroupInfo) -> None:
        self._directory.remember_group(info)
        if self.session.conversation_id != f"g:{bytes(info.group_id).hex()}":
            return
        self.session.group = info
        self._refresh_title()
        self._announcement = info.announcement
        self.banner.setVisible(bool(info.announcement))
        text = " ".join(info.announcement.split())
        self.banner_text.setText(
            self.banner_text.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, 640)
        )
        self.banner.setToolTip(info.announcement)
        if not info.am_member:
            self.composer.set_blocked(
                translate(
                    "ChatTexts",
                    "You are no longer a member of this group, so you cannot send messages here.",
                )
            )
        else:
            self.composer.set_blocked("")
        candidates = []
        if info.role_of(self._core.me) in (Role.OWNER, Role.ADMIN):
            candidates.append(MentionCandidate(ALL, None, translate("ChatTexts", "everyone")))
        for member in info.active_members:
            if bytes(member.identity) != bytes(self._core.me):
                name = self._directory.plain_name_of(member.identity) or member.name
                candidates.append(MentionCandidate(name, bytes(member.identity)))
        self.composer.set_mention_candidates(candidates)
        if self.group_panel.isVisible() or self.group_panel.info is not None:
            self.group_panel.show_group(info)

    # -- read marks

    def _schedule_mark_read(self) -> None:
        if self._unread_to_mark:
            self._mark_timer.start()

    def reading_live(self) -> bool:
        """Showing a conversation at its newest message: what arrives now is read as it comes
        (and marked read shortly), so lists and counts need not announce it as unread."""
        return bool(
            self.session.conversation_id
            and self.isVisible()
            and self.session.at_live_end
            and self.list_view.is_at_bottom()
        )

    def _mark_read_now(self) -> None:
        conversation = self.session.conversation_id
        if not (self._unread_to_mark and self.reading_live()):
            return
        self._unread_to_mark = False
        chat = self._core.chat
        self._runner.run(lambda: chat.mark_read(conversation), None, lambda _m: None)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        self._schedule_mark_read()

    # -- sending

    def _submit(self, submission: Submission) -> None:
        self.drafts.sent()
        self.list_view.set_following(True)
        self.session.send(
            submission.text,
            submission.files,
            submission.reply_to,
            submission.mentions,
            submission.mention_all,
        )
        self.list_view.scroll_to_newest()

    def _paste_image(self, image: QImage) -> None:
        target = Path(self._paste_folder.name) / f"pasted-{uuid.uuid4().hex[:8]}.png"
        copy = image.copy()

        def work() -> str:
            if not copy.save(str(target), "PNG"):  # type: ignore[call-overload]
                raise OSError("could not write the pasted picture")
            return str(target)

        self._runner.run(work, lambda path: self.composer.attachments.add_paths([path]),
                         self.show_error)  # fmt: skip

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and not self.composer.blocked.isVisible():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.composer.attachments.add_paths(paths)
            event.acceptProposedAction()

    # -- jumping

    def jump_to_bottom(self) -> None:
        self.list_view.set_missed(0)
        self.list_view.set_following(True)
        if self.session.at_live_end:
            self.list_view.scroll_to_newest()
        else:
            self.session.jump_to_latest()

    def jump_to_message(self, message: Message) -> None:
        self.list_view.set_following(False)
        self.session.jump_to(message)

    def _jump_to_first_unread(self) -> None:
        self.list_view.set_unread_above("")
        first = self.session.first_unread
        if first is not None:
            self.list_view.set_following(False)
            self.session.jump_to(first, divider=True)

    def _on_jumped(self, key: str) -> None:
        self.list_view.scroll_to_key(key, centre=True)
        self.session.model.set_highlight(key)
        self._highlight_timer.start()
        if self.session.at_live_end:
            self.list_view.set_following(True)

    def _quote_clicked(self, row: ChatRow) -> None:
        message = row.message
        quoted = (
            self.session.model.quotes.get(message.reply_to)
            if message and message.reply_to
            else None
        )
        if quoted is not None:
            self.jump_to_message(quoted)

    # -- message actions

    def _actions(self) -> MessageActions:
        return MessageActions(
            copy=self.copy_message,
            reply=self.reply_to,
            recall=self.recall,
            view_image=self.view_image,
            save_part=self.save_part,
            retry=lambda row: self.session.retry(row.key),
            discard=lambda row: self.session.discard(row.key),
            forward=lambda row: self.choice.forward([row.message] if row.message else []),
            delete_for_me=lambda row: self.choice.delete_for_me(
                [row.message] if row.message else []
            ),
            select=self.choice.start,
        )

    def _show_menu(self, row: ChatRow, part: Part | None, where: QPoint) -> None:
        menu = build_message_menu(
            row, part, self._core.clock.now_ms(), self._actions(), self.colors.secondary_text, self
        )
        if not menu.isEmpty():
            menu.popup(where)
        self.last_menu = menu

    def copy_message(self, row: ChatRow) -> None:
        if row.message is not None:
            QGuiApplication.clipboard().setText(row.message.text)

    def reply_to(self, row: ChatRow) -> None:
        if row.message is not None:
            name = self._directory.name_of(row.message.author)
            self.composer.start_reply(row.message, name)

    def recall(self, row: ChatRow) -> None:
        message = row.message
        if message is None:
            return
        chat = self._core.chat
        self._runner.run(
            lambda: chat.recall(message.event_id),
            self.session.model.update_message,
            self.show_error,
        )

    def _part_clicked(self, row: ChatRow, part: Part) -> None:
        if self.thumbnails.state(part) is PartState.ASK:
            self.download(part)
        elif part.is_image:
            self.view_image(row, part)
        else:
            self.save_part(row, part)

    def confirm_download(self, size: int) -> bool:
        """Ask before fetching a file over the auto-download limit (tests replace this)."""
        return ask_to_download(self, size, self._core.chat.auto_download_bytes)

    def download(self, part: Part) -> None:
        """Fetch an attachment over the auto-download limit, after asking."""
        file = part.file
        if isinstance(file, LocalFile) or not self.confirm_download(file.size):
            return
        chat, thumbnails = self._core.chat, self.thumbnails
        self._runner.run(lambda: chat.approve_download(file.blob_id),
                         lambda _none: thumbnails.forget(part), self.show_error)  # fmt: skip

    def ask_save_path(self, suggested: str) -> str:
        """Where to save (a dialog; tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ChatTexts", "Save as"), in_folder(downloads_folder(), suggested)
        )
        return path

    def save_part(self, _row: ChatRow, part: Part) -> None:
        destination = self.ask_save_path(part.file.name)
        if not destination:
            return
        file, blobs = part.file, self._core.blobs

        def work() -> str:
            if isinstance(file, LocalFile):
                shutil.copyfile(file.path, destination)
            else:
                blobs.export_to(attachment_ref(file), Path(destination))
            return destination

        self._runner.run(work, lambda _path: None, self.show_error)

    def view_image(self, row: ChatRow, part: Part) -> ImageViewer:
        """The picture in a viewer that steps (Left/Right) through the conversation's pictures
        on screen, in order."""
        pictures: list[Picture] = []
        index = 0
        for shown in self.session.model.rows():
            files = shown.local_files or (shown.message.attachments if shown.message else ())
            for file in (f for f in files if f.kind == "image"):
                if shown.key == row.key and file == part.file:
                    index = len(pictures)
                pictures.append(self._picture(shown, Part(part.rect, file, shown.key)))
        viewer = ImageViewer(self._runner, pictures or [self._picture(row, part)], index, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.finished.connect(lambda _code: self._forget_viewer(viewer))
        self.viewers.append(viewer)
        viewer.show()
        return viewer

    def _picture(self, row: ChatRow, part: Part) -> Picture:
        file, blobs = part.file, self._core.blobs

        def load() -> QImage | None:
            if isinstance(file, LocalFile):
                return decode_image(file.path)
            if not blobs.has(file.blob_id) or file.size > MAX_IMAGE_BYTES:
                return None
            return decode_image(blobs.read_plaintext(attachment_ref(file), file.size))

        return Picture(file.name, load, lambda _parent: self.save_part(row, part))

    def _forget_viewer(self, viewer: ImageViewer) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    # -- panels

    def open_find(self) -> None:
        if self.session.conversation_id:
            self.find_bar.open_bar(self.session.conversation_id)

    def toggle_group_panel(self, show: bool | None = None) -> None:
        info = self.session.group
        visible = not self.group_panel.isVisible() if show is None else show
        if info is None:
            return
        if visible:
            self.group_panel.show_group(info)
        self.group_panel.setVisible(visible)

    # -- asking

    def confirm(self, title: str, text: str) -> bool:
        """Ask before something that cannot be undone (tests replace this)."""
        return confirm_deletion(self, title, text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self._error_timer.start()

    def flush_draft(self) -> None:
        self.drafts.flush()

    def keep_unsent(self) -> None:
        """On quitting: a message that failed and was not sent again becomes its chat's draft
        (when that chat has none), so its text is there at the next start."""
        chat = self._core.chat
        for conversation, text in self.session.failed_texts():
            if conversation == self.conversation_id and self.composer.text().strip():
                continue

            def work(conversation: str = conversation, text: str = text) -> None:
                if not chat.draft(conversation).strip():
                    chat.set_draft(conversation, text)

            self._runner.run(work, None, lambda _message: None)

    def is_failed_row(self, row: ChatRow) -> bool:
        return row.send_state is SendState.FAILED
