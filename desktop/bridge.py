"""The bridge: core's change records and sync's status, turned into Qt signals on the GUI thread.

Core publishes changes after each commit, in whatever thread wrote; sync reports status from
its own thread. Both reach Qt only through here, by a queued connection, so every slot runs
on the GUI thread.

Signals:
    changes(object): the whole batch (a tuple of core.changes.Change).
    contactChanged(bytes): a contact's identity key.
    conversationChanged(str, int): conversation id, number of new messages from others.
    messageUpdated(str, bytes): conversation id, message event id (recalled, delivered).
    groupChanged(str): a group conversation id.
    profileChanged(): our own name, avatar or passphrase.
    rebuilt(): every projection was rebuilt; redraw everything.
    blobArrived(bytes): a picture or file finished arriving (its blob id).
    momentsChanged(bytes): a post (its event id; empty for settings) or its interactions.
    syncStatus(object): a sync.SyncStatus value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal

from core.changes import (
    BlobArrived,
    Change,
    ContactChanged,
    ConversationChanged,
    GroupChanged,
    MessageUpdated,
    MomentsChanged,
    ProfileChanged,
    ProjectionsRebuilt,
)


class CoreBridge(QObject):
    changes = Signal(object)
    contactChanged = Signal(bytes)  # noqa: N815 - Qt signal naming
    conversationChanged = Signal(str, int)  # noqa: N815
    messageUpdated = Signal(str, bytes)  # noqa: N815
    groupChanged = Signal(str)  # noqa: N815
    profileChanged = Signal()  # noqa: N815
    rebuilt = Signal()
    blobArrived = Signal(bytes)  # noqa: N815
    momentsChanged = Signal(bytes)  # noqa: N815
    syncStatus = Signal(object)  # noqa: N815

    _incoming = Signal(object)
    _incoming_status = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._incoming.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)
        self._incoming_status.connect(self.syncStatus.emit, Qt.ConnectionType.QueuedConnection)
        self._detach: Callable[[], None] | None = None

    def attach(
        self, subscribe: Callable[[Callable[[Sequence[Change]], None]], Callable[[], None]]
    ) -> None:
        """Listen to a core (``core.subscribe``); safe to call from the GUI thread only."""
        self._detach = subscribe(self.receive)

    def detach(self) -> None:
        if self._detach is not None:
            self._detach()
            self._detach = None

    def receive(self, changes: Sequence[Change]) -> None:
        """Called by core in the writer's thread: hop to the GUI thread."""
        self._incoming.emit(tuple(changes))

    def receive_status(self, status: object) -> None:
        """Called by sync in its thread: hop to the GUI thread."""
        self._incoming_status.emit(status)

    def _dispatch(self, changes: tuple[Change, ...]) -> None:
        self.changes.emit(changes)
        for change in changes:
            if isinstance(change, ContactChanged):
                self.contactChanged.emit(bytes(change.identity))
            elif isinstance(change, ConversationChanged):
                self.conversationChanged.emit(change.conversation_id, change.new_messages)
            elif isinstance(change, MessageUpdated):
                self.messageUpdated.emit(change.conversation_id, bytes(change.message_id))
            elif isinstance(change, GroupChanged):
                self.groupChanged.emit(change.conversation_id)
            elif isinstance(change, ProfileChanged):
                self.profileChanged.emit()
            elif isinstance(change, ProjectionsRebuilt):
                self.rebuilt.emit()
            elif isinstance(change, BlobArrived):
                self.blobArrived.emit(bytes(change.blob_id))
            elif isinstance(change, MomentsChanged):
                self.momentsChanged.emit(bytes(change.post_id))
