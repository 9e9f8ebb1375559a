"""Global search under the conversation list: chats and friends by name, and messages from
every chat (``core.chat.search``).

Signals:
    conversationChosen(str): open this conversation.
    messageChosen(object): open this message's conversation at the message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from core.chat import SearchHit
from desktop.chats.search.switcher import SwitchTarget, fuzzy_score
from desktop.chats.texts import list_time
from desktop.i18n import translate

ConversationRole = Qt.ItemDataRole.UserRole + 1
MessageRole = Qt.ItemDataRole.UserRole + 2


class SearchResultsList(QListWidget):
    conversationChosen = Signal(str)  # noqa: N815
    messageChosen = Signal(object)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatsSearchResults")
        self.setIconSize(QSize(36, 36))
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setWordWrap(False)
        self.setSpacing(1)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = QFont(self.font())
        font.setPixelSize(12)
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setSizeHint(QSize(0, 28))
        self.addItem(item)

    def show_results(
        self,
        query: str,
        targets: Sequence[SwitchTarget],
        hits: Sequence[SearchHit] | None,
        title_of: Callable[[str], tuple[str, QPixmap]],
        now_ms: int,
    ) -> None:
        """Names first (fuzzy), then message hits (None while still searching)."""
        self.clear()
        matches = []
        for order, target in enumerate(targets):
            score = fuzzy_score(query, target.title)
            if score is not None and score > 0:
                matches.append((-score, order, target))
        matches.sort(key=lambda entry: (entry[0], entry[1]))
        if matches:
            self._header(translate("ChatTexts", "Chats and friends"))
            for _score, _order, target in matches[:12]:
                item = QListWidgetItem(QIcon(target.picture), target.title)
                item.setData(ConversationRole, target.conversation_id)
                item.setSizeHint(QSize(0, 48))
                self.addItem(item)
        if hits is None:
            self._header(translate("ChatTexts", "Searching messages…"))
            return
        if hits:
            self._header(translate("ChatTexts", "Messages"))
            for hit in hits:
                title, picture = title_of(hit.message.conversation_id)
                when = list_time(hit.message.timestamp_ms, now_ms)
                item = QListWidgetItem(QIcon(picture), f"{title}    {when}\n{hit.snippet}")
                item.setData(ConversationRole, hit.message.conversation_id)
                item.setData(MessageRole, hit.message)
                item.setToolTip(hit.message.text[:500])
                item.setSizeHint(QSize(0, 54))
                self.addItem(item)
        if not matches and not hits:
            self._header(translate("ChatTexts", "Nothing found for “%1”").replace("%1", query))

    def _chosen(self, item: QListWidgetItem) -> None:
        message = item.data(MessageRole)
        if message is not None:
            self.messageChosen.emit(message)
            return
        conversation = item.data(ConversationRole)
        if conversation:
            self.conversationChosen.emit(str(conversation))
