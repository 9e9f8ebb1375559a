"""The left column of the chats pane: the search box, "start group chat", the conversation
list (with its context menu) and, while searching, the global search results.

Signals:
    conversationChosen(str): the user picked a conversation.
    messageChosen(object): the user picked a message search hit.
    newGroupRequested(): the user wants to start a group chat.
    searchChanged(str): the search text (the pane runs the search).
    markUnreadRequested(str): "Mark as unread" was chosen for a conversation.
    deleteRequested(str): "Delete chat" was chosen for a conversation (the pane confirms).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.chat import ConversationSummary
from desktop.chats.conversations.delegate import ConversationDelegate
from desktop.chats.conversations.model import ConversationListModel, SummaryRole
from desktop.chats.conversations.search_results import SearchResultsList
from desktop.chats.scoped_runner import Runner
from desktop.i18n import translate
from desktop.icons import icon


class ConversationListPanel(QWidget):
    conversationChosen = Signal(str)  # noqa: N815
    messageChosen = Signal(object)  # noqa: N815
    newGroupRequested = Signal()  # noqa: N815
    searchChanged = Signal(str)  # noqa: N815
    markUnreadRequested = Signal(str)  # noqa: N815
    deleteRequested = Signal(str)  # noqa: N815

    def __init__(
        self,
        model: ConversationListModel,
        delegate: ConversationDelegate,
        runner: Runner,
        chat: object,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatsListPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setMinimumWidth(220)
        self._runner = runner
        self._chat = chat
        self.model = model
        self.search = QLineEdit(self)
        self.search.setObjectName("chatsSearch")
        self.search.setClearButtonEnabled(True)
        self.new_group = QToolButton(self)
        self.new_group.setObjectName("chatsNewGroup")
        self.new_group.setIconSize(QSize(18, 18))
        self.new_group.setFixedSize(QSize(30, 30))
        self.new_group.clicked.connect(self.newGroupRequested.emit)
        top = QHBoxLayout()
        top.setContentsMargins(12, 14, 12, 10)
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_group)
        self.list = QListView(self)
        self.list.setObjectName("chatsList")
        self.list.setModel(model)
        self.list.setItemDelegate(delegate)
        self.list.setUniformItemSizes(True)
        self.list.setMouseTracking(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.clicked.connect(self._clicked)
        self.list.activated.connect(self._clicked)
        self.results = SearchResultsList(self)
        self.results.conversationChosen.connect(self._from_search)
        self.results.messageChosen.connect(self.messageChosen.emit)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(180)
        self._search_timer.timeout.connect(lambda: self.searchChanged.emit(self.search.text()))
        self.search.textChanged.connect(self._search_edited)
        self.current_id = ""
        model.modelReset.connect(self._reselect)
        model.layoutChanged.connect(self._reselect)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate("ChatTexts", "Search"))
        self.new_group.setToolTip(translate("ChatTexts", "Start a group chat"))

    def set_icon_colour(self, colour: str) -> None:
        self.new_group.setIcon(icon("chat/new-group", colour))

    def _search_edited(self, text: str) -> None:
        self.stack.setCurrentWidget(self.results if text.strip() else self.list)
        self._search_timer.start()

    def _from_search(self, conversation_id: str) -> None:
        self.search.clear()
        self.conversationChosen.emit(conversation_id)

    def _clicked(self, index: QModelIndex) -> None:
        summary = index.data(SummaryRole)
        if isinstance(summary, ConversationSummary):
            self.conversationChosen.emit(summary.id)

    def select(self, conversation_id: str) -> None:
        self.current_id = conversation_id
        self._reselect()

    def _reselect(self) -> None:
        row = self.model.row_of(self.current_id)
        selection = self.list.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.model.index(row)
        if self.list.currentIndex() != index:
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)

    # -- context menu

    def _menu(self, position: QPoint) -> None:
        index = self.list.indexAt(position)
        summary = index.data(SummaryRole)
        if not isinstance(summary, ConversationSummary):
            return
        menu = self.build_menu(summary)
        menu.popup(self.list.viewport().mapToGlobal(position))
        self.last_menu = menu

    def build_menu(self, summary: ConversationSummary) -> QMenu:
        chat = self._chat
        conversation = summary.id
        menu = QMenu(self)
        menu.addAction(
            translate("ChatTexts", "Unpin")
            if summary.pinned
            else translate("ChatTexts", "Pin to top"),
            lambda: self._runner.run(lambda: chat.set_pinned(conversation, not summary.pinned)),  # type: ignore[attr-defined]
        )
        menu.addAction(
            translate("ChatTexts", "Unmute")
            if summary.muted
            else translate("ChatTexts", "Mute notifications"),
            lambda: self._runner.run(lambda: chat.set_muted(conversation, not summary.muted)),  # type: ignore[attr-defined]
        )
        read = menu.addAction(
            translate("ChatTexts", "Mark as read"),
            lambda: self._runner.run(lambda: chat.mark_read(conversation)),  # type: ignore[attr-defined]
        )
        read.setEnabled(summary.unread > 0)
        unread = menu.addAction(
            translate("ChatTexts", "Mark as unread"),
            lambda: self.markUnreadRequested.emit(conversation),
        )
        unread.setEnabled(summary.unread == 0 and summary.last_message is not None)
        menu.addSeparator()
        menu.addAction(
            translate("ChatTexts", "Delete chat…"), lambda: self.deleteRequested.emit(conversation)
        )
        return menu
