"""Fakes and helpers shared by the shell, contacts, me and onboarding GUI tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from pytestqt.qtbot import QtBot

from core.facade import Core
from desktop.context import AppContext
from desktop.notify import Notification
from desktop.shell.pane import Pane
from sync.status import PeerSource, PeerState, PeerStatus, SyncStatus


class RecordingSync:
    """Stands in for sync: a status the test sets, and the peers dialled by hand."""

    def __init__(self, status: SyncStatus | None = None) -> None:
        self.current = status or SyncStatus(running=True, port=47000, addresses=("192.168.1.12",))
        self.dialled: list[tuple[str, int]] = []

    def status(self) -> SyncStatus:
        return self.current

    def add_peer_address(self, host: str, port: int) -> None:
        self.dialled.append((host, port))

    def subscribe_status(self, listener: Callable[[Any], None]) -> Callable[[], None]:
        return lambda: None

    def publish(self, context: AppContext, status: SyncStatus) -> None:
        """Change the status and tell the GUI, as sync would through the bridge."""
        self.current = status
        context.bridge.receive_status(status)


def peer(
    core: Core, state: PeerState = PeerState.IDLE, address: str = "192.168.1.30"
) -> PeerStatus:
    """How sync would list another running Hutong."""
    return PeerStatus(
        key=core.me.hex(),
        identity=bytes(core.me),
        name=core.name,
        card_text=core.card().to_text(),
        addresses=(f"{address}:47000",),
        state=state,
        source=PeerSource.MDNS,
    )


class RecordingSink:
    def __init__(self) -> None:
        self.shown: list[Notification] = []

    def show_notification(self, notification: Notification) -> None:
        self.shown.append(notification)


class FakeChatsPane(Pane):
    """Where the real chats pane will go: records the conversations it was asked to open."""

    pane_id = "chats"
    icon_name = "chats"
    opened = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.conversations: list[str] = []
        self.shown: str | None = None
        context.navigator.conversations = self

    def title(self) -> str:
        return self.tr("Chats")

    def open_conversation(self, conversation_id: str) -> None:
        self.conversations.append(conversation_id)
        self.shown = conversation_id

    def current_conversation(self) -> str | None:
        return self.shown

    def conversation_being_read(self) -> str | None:
        return self.shown


def settle(qtbot: QtBot, context: AppContext, timeout: int = 5000) -> None:
    """Let timers fire and every queued operation finish, with its callback."""
    for _ in range(3):
        qtbot.wait(40)
        qtbot.waitUntil(lambda: not context.runner.busy, timeout=timeout)
