"""The Chats pane: the conversation list on the left, the open conversation on the right.

Signals (besides :class:`Pane`'s ``badgeChanged``):
    conversationShown(str): a conversation's newest page is laid out on screen — a hook for
        ``hutong bench gui`` (time ``open_conversation`` to this signal).
    listRefreshed(): the conversation list was reloaded from core.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from core.chat import ConversationSummary, GroupInfo, Message, direct_conversation
from desktop.chats.colors import ChatColors, colors_for, pane_style
from desktop.chats.conversation_view import ConversationView
from desktop.chats.conversations.delegate import ConversationDelegate
from desktop.chats.conversations.model import ConversationListModel, conversation_title
from desktop.chats.conversations.panel import ConversationListPanel
from desktop.chats.groups.member_picker import MemberPicker
from desktop.chats.messages.choosing import confirm_deletion
from desktop.chats.scoped_runner import ScopedRunner
from desktop.chats.search.switcher import QuickSwitcher, SwitchTarget
from desktop.context import AppContext
from desktop.i18n import translate
from desktop.shell.pane import Pane

LIST_REFRESH_MS = 200
SWITCH_AVATAR = 28


class ChatsPane(Pane):
    pane_id = "chats"
    icon_name = "chats"
    conversationShown = Signal(str)  # noqa: N815
    listRefreshed = Signal()  # noqa: N815

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        context.navigator.conversations = self
        self._core = context.core
        self._runner = ScopedRunner(context.runner, self)
        self.colors: ChatColors = colors_for(context.themes.effective)
        self.directory = context.people.directory
        self.avatars = context.people.avatars
        self.model = ConversationListModel(self.directory)
        self.list_delegate = ConversationDelegate(
            self.directory, self.avatars, self.colors, self._core.clock.now_ms, self
        )
        self.list_panel = ConversationListPanel(
            self.model, self.list_delegate, self._runner, self._core.chat, self
        )
        self.view = ConversationView(
            context, self._runner, self.directory, self.avatars, self.colors, self
        )
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyChat")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.empty)
        self.right.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 720])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.unread_total = -1
        self.switcher: QuickSwitcher | None = None
        self.picker: MemberPicker | None = None
        self._refreshing = False
        self._refresh_again = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(LIST_REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh_list)
        self._search_serial = 0
        self._connect()
        self.apply_theme(context.themes.effective)
        self.retranslate()
        self.directory.reload()
        self.refresh_list()

    def _connect(self) -> None:
        bridge = self.context.bridge
        # Bound methods, not lambdas: Qt drops them when the pane goes, the bridge outlives it.
        bridge.conversationChanged.connect(self._conversation_changed)
        bridge.groupChanged.connect(self._group_changed)
        bridge.rebuilt.connect(self.refresh_soon)
        self.avatars.changed.connect(self._avatar_changed)
        self.directory.changed.connect(self._names_changed)
        self.list_panel.conversationChosen.connect(self.open_conversation)
        self.list_panel.messageChosen.connect(self.open_message)
        self.list_panel.newGroupRequested.connect(self.start_group_chat)
        self.list_panel.searchChanged.connect(self._global_search)
        self.list_panel.markUnreadRequested.connect(self.mark_unread)
        self.list_panel.deleteRequested.connect(self.delete_chat)
        self.view.newestShown.connect(self.conversationShown.emit)
        self.context.themes.changed.connect(self.apply_theme)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.view.open_find)
        switch = QShortcut(QKeySequence("Ctrl+K"), self)
        switch.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        switch.activated.connect(self.quick_switch)
        stepping = [
            (sequence, step)
            for step, sequences in (
                (1, ("Alt+Down", "Ctrl+Tab")),
                (-1, ("Alt+Up", "Ctrl+Shift+Tab")),
            )
            for sequence in sequences
        ]
        steps = []
        for sequence, step in stepping:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step_chat(step))
            steps.append(shortcut)
        self.shortcuts = (find, switch, *steps)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.view.flush_draft)

    def title(self) -> str:
        return self.tr("Chats")

    def retranslate(self) -> None:
        self.empty.setText(
            translate("ChatTexts", "Choose a chat on the left, or press Ctrl+K to find one.")
        )
        self.list_panel.retranslate()
        self.view.retranslate()
        self.list_panel.list.viewport().update()

    def apply_theme(self, theme: str) -> None:
        self.colors = colors_for(theme)
        self.setStyleSheet(pane_style(self.colors))
        self.list_delegate.colors = self.colors
        self.list_panel.set_icon_colour(self.colors.secondary_text)
        self.view.apply_colors(self.colors)
        self.list_panel.list.viewport().update()

    # -- the list

    def refresh_soon(self) -> None:
        """Coalesce bursts of changes (a throttle: a steady stream still refreshes)."""
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh_list(self) -> None:
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        core = self._core

        def work() -> tuple[list[ConversationSummary], list[GroupInfo]]:
            return core.chat.conversations(), core.groups.groups()

        self._runner.run(work, self._take_list, self._list_failed)

    def _list_failed(self, message: str) -> None:
        self._refreshing = False
        self.view.show_error(message)

    def _take_list(self, result: tuple[list[ConversationSummary], list[GroupInfo]]) -> None:
        self._refreshing = False
        summaries, groups = result
        for info in groups:
            self.directory.remember_group(info)
        being_read = self.conversation_being_read()
        summaries = [
            replace(s, unread=0, unread_mention=False) if s.id == being_read and s.unread else s
            for s in summaries
        ]
        self.model.set_summaries(summaries)
        total = sum(s.unread for s in summaries if not s.muted)
        if total != self.unread_total:
            self.unread_total = total
            self.badgeChanged.emit(total)
        self.listRefreshed.emit()
        if self._refresh_again:
            self._refresh_again = False
            self.refresh_soon()

    # -- opening

    def current_conversation(self) -> str | None:
        """The conversation on screen (notifications skip it), or None."""
        return self.view.conversation_id or None

    def conversation_being_read(self) -> str | None:
        """The conversation on screen at its newest message, whose arrivals are read as they
        come: counted as read before its read mark is stored (no badge flashes meanwhile)."""
        return self.view.conversation_id if self.view.reading_live() else None

    def open_conversation(self, conversation_id: str) -> None:
        """Show one conversation (from the list, contacts, notifications or search)."""
        summary = self.model.summary(conversation_id)
        self.right.setCurrentWidget(self.view)
        self.list_panel.select(conversation_id)
        if conversation_id != self.view.conversation_id:
            self.view.open(
                conversation_id,
                summary.unread if summary is not None else 0,
                summary.draft if summary is not None else None,
            )

    def open_message(self, message: Message) -> None:
        self.list_panel.search.clear()
        self.open_conversation(message.conversation_id)
        self.view.jump_to_message(message)

    def current_view(self) -> ConversationView:
        return self.view

    def activated(self) -> None:
        self.view.composer.editor.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.view.flush_draft()
        super().hideEvent(event)

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self.view.flush_draft()
        super().closeEvent(event)  # type: ignore[arg-type]

    def step_chat(self, step: int) -> None:
        """Open the next (1) or previous (-1) chat in the list's order, wrapping around."""
        order: list[str] = [summary.id for summary in self.model.summaries()]
        if not order:
            return
        current = self.view.conversation_id if self.right.currentWidget() is self.view else ""
        if current in order:
            target = order[(order.index(current) + step) % len(order)]
        else:
            target = order[0] if step > 0 else order[-1]
        self.open_conversation(target)
        self.view.composer.editor.setFocus()

    # -- the list's menu

    def mark_unread(self, conversation_id: str) -> None:
        """Show a chat as unread again (it leaves the screen, or it would be read at once)."""
        if conversation_id == self.view.conversation_id:
            self.right.setCurrentWidget(self.empty)
            self.list_panel.select("")
        chat = self._core.chat
        self._runner.run(lambda: chat.mark_unread(conversation_id), None, self.view.show_error)

    def confirm(self, title: str, text: str) -> bool:
        """Ask before something that cannot be undone (tests replace this)."""
        return confirm_deletion(self, title, text)

    def delete_chat(self, conversation_id: str) -> None:
        """Delete a chat on this device only, after asking; the other side keeps theirs."""
        summary = self.model.summary(conversation_id)
        title = conversation_title(summary, self.directory) if summary is not None else ""
        question = translate(
            "ChatTexts",
            "Delete the chat with %1 from this device? Its messages are removed here only.",
        ).replace("%1", title)
        if not self.confirm(translate("ChatTexts", "Delete chat"), question):
            return
        if conversation_id == self.view.conversation_id:
            self.view.composer.editor.clear()  # no draft may bring the chat back
            self.view.flush_draft()
            self.right.setCurrentWidget(self.empty)
            self.list_panel.select("")
        chat = self._core.chat
        self._runner.run(lambda: chat.delete_chat(conversation_id), None, self.view.show_error)

    # -- search and switching

    def switch_targets(self) -> list[SwitchTarget]:
        targets: list[SwitchTarget] = []
        seen: set[str] = set()
        for summary in self.model.summaries():
            title = conversation_title(summary, self.directory)
            detail = translate("ChatTexts", "Group") if summary.kind == "group" else ""
            targets.append(SwitchTarget(summary.id, title, detail, self._picture(summary.id)))
            seen.add(summary.id)
        for friend in self.directory.friends():
            conversation = direct_conversation(friend.identity)
            if conversation not in seen:
                targets.append(
                    SwitchTarget(conversation, friend.display_name, translate("ChatTexts","Friend"),
                                 self._picture(conversation))
                )  # fmt: skip
        return targets

    def _picture(self, conversation_id: str) -> QPixmap:
        kind, raw = conversation_id.split(":", 1)
        identity = bytes.fromhex(raw)
        if kind == "d":
            name = self.directory.plain_name_of(identity)
            return self.avatars.person(identity, name, SWITCH_AVATAR)
        info = self.directory.group(identity)
        members = [] if info is None else [
            (bytes(m.identity), self.directory.plain_name_of(m.identity))
            for m in info.active_members
        ]  # fmt: skip
        return self.avatars.group(identity, members, SWITCH_AVATAR, self.colors.placeholder)

    def _title_of(self, conversation_id: str) -> tuple[str, QPixmap]:
        summary = self.model.summary(conversation_id)
        title = (
            translate("ChatTexts", "Chat")
            if summary is None
            else conversation_title(summary, self.directory)
        )
        return title, self._picture(conversation_id)

    def _conversation_changed(self, _conversation: str, _new: int) -> None:
        self.refresh_soon()

    def _group_changed(self, _group: str) -> None:
        self.refresh_soon()

    def _avatar_changed(self, _identity: bytes) -> None:
        self.list_panel.list.viewport().update()

    def _names_changed(self) -> None:
        if self.switcher is not None and self.switcher.isVisible():
            self.switcher.set_targets(self.switch_targets())

    def quick_switch(self) -> QuickSwitcher:
        self.switcher = QuickSwitcher(self.switch_targets(), self)
        self.switcher.chosen.connect(self.open_conversation)
        corner = self.mapToGlobal(self.rect().center())
        self.switcher.move(corner.x() - self.switcher.width() // 2, corner.y() - 220)
        self.switcher.show()
        self.switcher.field.setFocus()
        return self.switcher

    def _global_search(self, text: str) -> None:
        query = text.strip()
        self._search_serial += 1
        serial = self._search_serial
        if not query:
            return
        results = self.list_panel.results
        targets = self.switch_targets()
        now = self._core.clock.now_ms()
        results.show_results(query, targets, None, self._title_of, now)
        chat = self._core.chat

        def done(hits: list[object]) -> None:
            if serial == self._search_serial:
                results.show_results(query, targets, hits, self._title_of, now)  # type: ignore[arg-type]

        self._runner.run(lambda: chat.search(query, None, 50), done, self.view.show_error)

    # -- groups

    def pick_group_members(self) -> tuple[str, list[bytes]] | None:
        """Ask for friends and a name (a dialog; tests replace this)."""
        self.picker = MemberPicker(
            self.directory.friends(),
            self.avatars,
            translate("ChatTexts", "Start group chat"),
            True,
            (),
            self,
        )
        if not self.picker.exec():
            return None
        return self.picker.group_name(), self.picker.chosen()

    def start_group_chat(self) -> None:
        chosen = self.pick_group_members()
        if not chosen:
            return
        name, members = chosen
        if not members:
            return
        groups = self._core.groups
        self._runner.run(
            lambda: groups.create(name, members), self.open_conversation, self.view.show_error
        )
