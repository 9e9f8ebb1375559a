"""People nearby: Hutong users sync has seen on this network who are not friends yet.

Signals:
    addRequested(str): the card text of someone the person wants to add.
    showRequested(bytes): open this (already known) person's page.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.contacts import ContactState
from core.identity import display_id
from desktop.context import AppContext
from desktop.people import AvatarCache, AvatarLabel, PeopleDirectory
from desktop.widgets import (
    EmptyState,
    PageHeader,
    TranslatedWidget,
    clear_scroll_area,
    set_role,
)
from sync.status import PeerState, PeerStatus, SyncStatus

CONNECTED = (PeerState.SYNCING, PeerState.IDLE)


class NearbyRow(QFrame):
    def __init__(
        self,
        peer: PeerStatus,
        state: ContactState | None,
        avatars: AvatarCache,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        assert peer.identity is not None
        self.peer = peer
        self.setProperty("surface", "card")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        avatar = AvatarLabel(avatars, 44, self)
        avatar.show_person(peer.identity, peer.name)
        layout.addWidget(avatar)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        name = QLabel(peer.name or self.tr("Unnamed"), self)
        set_role(name, "heading")
        short_id = "-".join(display_id(peer.identity).split("-")[:2])
        online = self.tr("Online now") if peer.state in CONNECTED else self.tr("Seen nearby")
        detail = QLabel(f"{short_id}…  ·  {online}", self)
        set_role(detail, "caption")
        texts.addWidget(name)
        texts.addWidget(detail)
        layout.addLayout(texts, 1)
        self.button = QPushButton(self)
        if state is ContactState.REQUESTED:
            self.button.setText(self.tr("Requested"))
            self.button.setEnabled(False)
        elif state is ContactState.PENDING:
            self.button.setText(self.tr("Respond"))
            set_role(self.button, "primary")
        else:
            self.button.setText(self.tr("Add"))
            set_role(self.button, "primary")
        layout.addWidget(self.button)


class PeopleNearbyPage(TranslatedWidget):
    addRequested = Signal(str)  # noqa: N815 - Qt signal naming
    showRequested = Signal(bytes)  # noqa: N815

    def __init__(
        self,
        context: AppContext,
        directory: PeopleDirectory,
        avatars: AvatarCache,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._directory = directory
        self._avatars = avatars
        self._status: SyncStatus | None = None
        self.rows: list[NearbyRow] = []
        self.setObjectName("peopleNearby")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = PageHeader(self)
        outer.addWidget(self.header)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.empty = EmptyState(context, "nearby", self)
        scroll, self._list = clear_scroll_area(self)
        self._list.setContentsMargins(32, 20, 32, 24)
        self._list.setSpacing(10)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        context.bridge.syncStatus.connect(self._on_status)
        directory.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.header.set_title(
            self.tr("People nearby"), self.tr("Hutong users on your network who aren't friends yet")
        )
        self.refresh()

    def _on_status(self, status: object) -> None:
        if isinstance(status, SyncStatus):
            self._status = status
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)

    def candidates(self) -> list[tuple[PeerStatus, ContactState | None]]:
        sync = self._context.sync
        if sync is None:
            return []
        status = self._status or sync.status()
        me = bytes(self._context.core.me)
        snapshot = self._directory.snapshot
        found: dict[bytes, tuple[PeerStatus, ContactState | None]] = {}
        for peer in status.peers:
            if not peer.identity or not peer.card_text or peer.identity == me:
                continue
            known = snapshot.get(peer.identity)
            if known is not None and (known.is_friend or known.blocked):
                continue
            found.setdefault(bytes(peer.identity), (peer, known.state if known else None))
        return sorted(found.values(), key=lambda item: item[0].name.casefold())

    def refresh(self) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        if self._context.sync is None:
            self.empty.set_texts(
                self.tr("Sync is off"),
                self.tr(
                    "Hutong is not looking for people on your network right now, so nobody "
                    "nearby can be listed. You can still add friends by QR code or card text."
                ),
            )
            self.stack.setCurrentIndex(0)
            return
        for peer, state in self.candidates():
            row = NearbyRow(peer, state, self._avatars, self)
            card_text = peer.card_text or ""
            identity = bytes(peer.identity or b"")
            if state is ContactState.PENDING:
                row.button.clicked.connect(lambda _=False, i=identity: self.showRequested.emit(i))
            else:
                row.button.clicked.connect(lambda _=False, t=card_text: self.addRequested.emit(t))
            self._list.insertWidget(self._list.count() - 1, row)
            self.rows.append(row)
        if not self.rows:
            self.empty.set_texts(
                self.tr("Nobody new nearby"),
                self.tr(
                    "People appear here when Hutong is open on their computer on the same "
                    "network. If nobody shows up, the network may block discovery: add them "
                    "by QR code, or by address in Me › Network."
                ),
            )
        self.stack.setCurrentIndex(1 if self.rows else 0)
