"""Choosing a contact's tags: tick existing ones, or type a new one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.widgets import InlineNotice, TranslatedDialog, set_role
from desktop.widgets.guard import run_for

MAX_TAG_CHARS = 32


class TagsDialog(TranslatedDialog):
    """Saves through core when accepted; ``tags()`` is what is ticked."""

    def __init__(
        self,
        context: AppContext,
        identity: bytes,
        name: str,
        current: Sequence[str],
        known: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._identity = identity
        self._name = name
        self.setObjectName("tagsDialog")
        self.setMinimumSize(360, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(12)
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "secondary")
        self.list = QListWidget(self)
        self.list.setObjectName("tagList")
        for tag in sorted({*known, *current}, key=str.casefold):
            self._add_item(tag, tag in current)
        add_row = QHBoxLayout()
        self.new_tag = QLineEdit(self)
        self.new_tag.setMaxLength(MAX_TAG_CHARS)
        self.add_button = QPushButton(self)
        self.add_button.setEnabled(False)
        add_row.addWidget(self.new_tag, 1)
        add_row.addWidget(self.add_button)
        self.notice = InlineNotice(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self)
        self.save_button = QPushButton(self)
        set_role(self.save_button, "primary")
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        for widget in (self.heading, self.explanation, self.list):
            layout.addWidget(widget)
        layout.addLayout(add_row)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.new_tag.textChanged.connect(
            lambda text: self.add_button.setEnabled(bool(text.strip()))
        )
        self.new_tag.returnPressed.connect(self.add_typed_tag)
        self.add_button.clicked.connect(self.add_typed_tag)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tags"))
        self.heading.setText(self.tr("Tags for %1").replace("%1", self._name))
        self.explanation.setText(
            self.tr("Tags group your friends, for example Family or Work. Only you see them.")
        )
        self.new_tag.setPlaceholderText(self.tr("New tag"))
        self.add_button.setText(self.tr("Add"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save"))

    def _on_typing(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()))

    def _add_item(self, tag: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(tag, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def add_typed_tag(self) -> None:
        tag = self.new_tag.text().strip()
        if not tag:
            return
        existing = self.list.findItems(tag, Qt.MatchFlag.MatchFixedString)
        item = existing[0] if existing else self._add_item(tag, True)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.scrollToItem(item)
        self.new_tag.clear()

    def tags(self) -> list[str]:
        return [
            self.list.item(row).text()
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        if self.new_tag.text().strip():
            self.add_typed_tag()
        chosen = self.tags()
        contacts = self._context.core.contacts
        identity = self._identity
        self.save_button.setEnabled(False)

        def failed(message: str) -> None:
            self.save_button.setEnabled(True)
            self.notice.show_error(message)

        run_for(
            self,
            self._context.runner,
            lambda: contacts.set_tags(identity, chosen),
            lambda _c: self.accept(),
            failed,
        )
