"""Me: profile (name, picture), passphrase, notifications privacy, network."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from core.crypto import KdfParams
from core.facade import Core
from core.identity import is_protected
from core.identity.keys import load_keys
from desktop.context import AppContext
from desktop.me import MePane
from desktop.settings import NOTIFY_NAME_ONLY
from sync.status import PeerState, SyncStatus
from tests.gui.shell.fakes import RecordingSync, peer, settle


def open_me(qtbot: QtBot, context: AppContext) -> MePane:
    pane = MePane(context, kdf=KdfParams.minimal())
    qtbot.addWidget(pane)
    pane.resize(1000, 700)
    pane.show()
    return pane


def test_profile_name_and_picture(
    qtbot: QtBot, alice_context: AppContext, alice: Core, tmp_path: Path
) -> None:
    pane = open_me(qtbot, alice_context)
    page = pane.profile
    assert pane.summary_name.text() == "Alice"
    assert page.name.text() == "Alice"
    assert not page.save_name.isEnabled()
    page.name.selectAll()
    qtbot.keyClicks(page.name, "Alice Liu")
    assert page.save_name.isEnabled()
    qtbot.mouseClick(page.save_name, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: alice.name == "Alice Liu")
    qtbot.waitUntil(lambda: pane.summary_name.text() == "Alice Liu")
    assert page.notice.text() == "Name saved."

    photo = tmp_path / "photo.jpg"
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#fa9d3b"))
    image.save(str(photo))
    page.choose_image_file = lambda _parent: photo
    assert not page.remove_picture.isVisible()
    qtbot.mouseClick(page.change_picture, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: alice.avatar() is not None)
    avatar = QImage.fromData(alice.avatar() or b"")
    assert (avatar.width(), avatar.height()) == (256, 256)
    qtbot.waitUntil(page.remove_picture.isVisible)
    qtbot.mouseClick(page.remove_picture, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: alice.avatar() is None)
    assert page.id_help.text().startswith("Your ID comes from your keys")
    assert alice.display_id.replace("-", "") in page.display_id.text().replace("-", "").replace(
        "\n", ""
    )
    settle(qtbot, alice_context)


def test_set_change_and_remove_the_passphrase(
    qtbot: QtBot, alice_context: AppContext, alice: Core
) -> None:
    pane = open_me(qtbot, alice_context)
    pane.show_section("security")
    page = pane.security
    qtbot.waitUntil(lambda: page.protected is False)
    assert page.status.text() == "This profile is not protected"
    assert not page.current.isVisible()
    qtbot.keyClicks(page.new, "jasmine tea")
    qtbot.keyClicks(page.confirm, "jasmine tea")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.protected is True, timeout=10_000)
    assert is_protected(alice.profile)
    assert page.notice.text() == "Passphrase saved. Hutong will ask for it next time."
    assert page.current.isVisible() and page.remove_button.isVisible()

    qtbot.keyClicks(page.current, "green tea")
    qtbot.keyClicks(page.new, "oolong tea")
    qtbot.keyClicks(page.confirm, "oolong tea")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.notice.kind == "error", timeout=10_000)
    assert page.notice.text() == "The current passphrase is not right."
    load_keys(alice.profile, "jasmine tea")  # unchanged

    page.current.clear()
    qtbot.keyClicks(page.current, "jasmine tea")
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.protected is False, timeout=10_000)
    assert not is_protected(alice.profile)
    assert page.notice.text() == "Passphrase removed."
    settle(qtbot, alice_context)


def test_notification_privacy_is_saved(qtbot: QtBot, alice_context: AppContext) -> None:
    pane = open_me(qtbot, alice_context)
    pane.show_section("notifications")
    page = pane.notifications
    assert page.buttons["full"].isChecked()
    assert page.sample_body.text() == "Lunch at the canteen at 12:30?"
    qtbot.mouseClick(page.buttons[NOTIFY_NAME_ONLY], Qt.MouseButton.LeftButton)
    assert alice_context.settings.notifications == NOTIFY_NAME_ONLY
    assert page.sample_body.text() == "1 new message"


def test_network_page_shows_peers_and_adds_one_by_address(
    qtbot: QtBot, alice_context: AppContext, bob: Core
) -> None:
    sync = RecordingSync(
        SyncStatus(running=True, port=47000, addresses=("192.168.1.12",), discovery=True)
    )
    alice_context.sync = sync
    pane = open_me(qtbot, alice_context)
    pane.show_section("network")
    page = pane.network
    assert page.listening.text() == "Listening on port 47000"
    assert page.addresses.text() == "192.168.1.12:47000"
    assert page.no_peers.isVisible() and page.hint_card.isVisible()
    assert "Multicast may be blocked" in page.hint_text.text()
    assert "(47000)" in page.hint_text.text()

    for typed, expected in (
        ("192.168.1.20", "Add the port after a colon"),
        ("192.168.1.20:99999", "The port is a number from 1 to 65535."),
        ("not a host!:4000", "does not look like an IP address"),
    ):
        page.address.clear()
        qtbot.keyClicks(page.address, typed)
        qtbot.keyClick(page.address, Qt.Key.Key_Return)
        assert expected in page.notice.text()
    assert sync.dialled == []
    page.address.clear()
    qtbot.keyClicks(page.address, "192.168.1.20:47000")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sync.dialled == [("192.168.1.20", 47000)])
    qtbot.waitUntil(lambda: page.notice.kind == "success")
    assert page.address.text() == ""

    failed = peer(bob, PeerState.FAILED, "192.168.1.20")
    failed = type(failed)(**{**failed.__dict__, "reason": "connection refused"})
    sync.publish(alice_context, SyncStatus(running=True, port=47000, peers=(failed,)))
    qtbot.waitUntil(lambda: page.peers.topLevelItemCount() == 1)
    item = page.peers.topLevelItem(0)
    assert [item.text(c) for c in range(4)] == [
        "Bob",
        "192.168.1.20:47000",
        "Can't connect",
        "connection refused",
    ]
    assert page.hint_card.isVisible()
    sync.publish(alice_context, SyncStatus(running=True, port=47000, peers=(peer(bob),)))
    qtbot.waitUntil(lambda: page.peers.topLevelItem(0).text(2) == "Up to date")
    assert not page.hint_card.isVisible()
    settle(qtbot, alice_context)


def test_network_page_without_sync(qtbot: QtBot, alice_context: AppContext) -> None:
    pane = open_me(qtbot, alice_context)
    pane.show_section("network")
    assert pane.network.listening.text() == "Sync is off"
    assert not pane.network.add_button.isEnabled()
