"""People nearby: who sync sees on the network and is not a friend yet, with "Add"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.contacts import ContactState
from core.facade import Core
from desktop.contacts import ContactsPane
from desktop.context import AppContext
from sync.status import PeerState, SyncStatus
from tests.gui.shell.fakes import RecordingSync, peer, settle
from tests.support.profiles import befriend

MakeCore = Callable[..., Core]


def test_nearby_lists_strangers_and_adds_them(
    qtbot: QtBot, alice_context: AppContext, alice: Core, bob: Core, make_core: MakeCore
) -> None:
    frank, grace = make_core("Frank"), make_core("Grace")
    befriend(alice, bob)
    sync = RecordingSync(SyncStatus(running=True, port=47000, peers=(peer(bob), peer(frank))))
    alice_context.sync = sync
    pane = ContactsPane(alice_context)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.mouseClick(pane.nearby_entry, Qt.MouseButton.LeftButton)
    page = pane.nearby
    assert pane.content.currentWidget() is page
    qtbot.waitUntil(lambda: [row.peer.name for row in page.rows] == ["Frank"])
    (row,) = page.rows
    assert row.button.text() == "Add"

    sync.publish(
        alice_context,
        SyncStatus(
            running=True,
            port=47000,
            peers=(peer(bob), peer(frank), peer(grace, PeerState.DISCOVERED)),
        ),
    )
    qtbot.waitUntil(lambda: [r.peer.name for r in page.rows] == ["Frank", "Grace"])

    qtbot.mouseClick(page.rows[0].button, Qt.MouseButton.LeftButton)
    dialog = pane.add_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.confirm)
    assert dialog.confirm.name.text() == "Frank"
    qtbot.mouseClick(dialog.confirm.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.done_page)
    qtbot.mouseClick(dialog.done_page.done_button, Qt.MouseButton.LeftButton)
    frank_contact = alice.contacts.get(frank.me)
    assert frank_contact is not None and frank_contact.state is ContactState.REQUESTED
    qtbot.waitUntil(lambda: page.rows and page.rows[0].button.text() == "Requested")
    assert not page.rows[0].button.isEnabled()
    settle(qtbot, alice_context)


def test_without_sync_nearby_explains_itself(qtbot: QtBot, alice_context: AppContext) -> None:
    assert alice_context.sync is None
    pane = ContactsPane(alice_context)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_nearby()
    assert pane.nearby.empty.headline.text() == "Sync is off"
    assert "QR code" in pane.nearby.empty.body.text()


def test_with_nobody_around_nearby_says_what_to_try(
    qtbot: QtBot, alice_context: AppContext
) -> None:
    alice_context.sync = RecordingSync()
    pane = ContactsPane(alice_context)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_nearby()
    assert pane.nearby.empty.headline.text() == "Nobody new nearby"
    assert "Me › Network" in pane.nearby.empty.body.text()
