"""The conversation list as a Qt model: summaries from ``core.chat.conversations()``.

The pane loads the summaries off the GUI thread and hands them over with
:meth:`ConversationListModel.set_summaries`; rows move without resetting the view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from core.chat import ConversationSummary
from desktop.i18n import translate
from desktop.people import PeopleDirectory

SummaryRole = Qt.ItemDataRole.UserRole + 1
ConversationIdRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def conversation_title(summary: ConversationSummary, directory: PeopleDirectory) -> str:
    if summary.kind == "group":
        return summary.group_name or translate("ChatTexts", "Group chat")
    assert summary.peer is not None
    return directory.name_of(summary.peer)


class ConversationListModel(QAbstractListModel):
    def __init__(self, directory: PeopleDirectory) -> None:
        super().__init__()
        self._directory = directory
        self._rows: list[ConversationSummary] = []
        directory.changed.connect(self._names_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == SummaryRole:
            return summary
        if role == ConversationIdRole:
            return summary.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return conversation_title(summary, self._directory)
        return None

    def summaries(self) -> list[ConversationSummary]:
        return list(self._rows)

    def summary(self, conversation_id: str) -> ConversationSummary | None:
        for summary in self._rows:
            if summary.id == conversation_id:
                return summary
        return None

    def row_of(self, conversation_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == conversation_id:
                return row
        return -1

    def set_summaries(self, summaries: Sequence[ConversationSummary]) -> None:
        fresh = list(summaries)
        old_ids = [s.id for s in self._rows]
        new_ids = [s.id for s in fresh]
        if old_ids == new_ids:
            changed = [i for i, (a, b) in enumerate(zip(self._rows, fresh, strict=True)) if a != b]
            self._rows = fresh
            if changed:
                self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))
            return
        if set(old_ids) == set(new_ids):
            self.layoutAboutToBeChanged.emit()
            position = {cid: row for row, cid in enumerate(new_ids)}
            persistent = self.persistentIndexList()
            moved = [self.index(position[old_ids[p.row()]]) for p in persistent]
            self._rows = fresh
            self.changePersistentIndexList(persistent, moved)
            self.layoutChanged.emit()
            return
        self.beginResetModel()
        self._rows = fresh
        self.endResetModel()

    def _names_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
