"""Adding people: QR picture file (two real cores), tampered codes, pasted text, a pasted
picture, a screen region, group invites, and the camera being offered only when present."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import qrcode
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap
from pytestqt.qtbot import QtBot

from core.chat import parse_conversation
from core.contacts import ContactState
from core.facade import Core
from desktop.contacts import AddContactDialog, ContactsPane
from desktop.context import AppContext
from tests.gui.shell.fakes import settle
from tests.support.profiles import sync_all

MakeCore = Callable[..., Core]
MakeContext = Callable[..., AppContext]


def qr_png(text: str, path: Path) -> Path:
    qrcode.make(text).save(str(path))
    return path


def qr_image(text: str) -> QImage:
    image = QImage()
    buffer_path = qrcode.make(text)
    from io import BytesIO

    data = BytesIO()
    buffer_path.save(data, format="PNG")
    image.loadFromData(data.getvalue())
    return image


def open_pane(qtbot: QtBot, context: AppContext) -> ContactsPane:
    pane = ContactsPane(context)
    qtbot.addWidget(pane)
    pane.resize(1000, 700)
    pane.show()
    return pane


def open_dialog(qtbot: QtBot, pane: ContactsPane) -> AddContactDialog:
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    dialog = pane.add_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_add_from_a_qr_picture_then_the_friend_accepts(
    qtbot: QtBot, make_core: MakeCore, make_context: MakeContext, tmp_path: Path
) -> None:
    alice, bob = make_core("Alice"), make_core("Bob")
    alice_context, bob_context = make_context(alice), make_context(bob)
    picture = qr_png(bob.card().to_text(), tmp_path / "bob-qr.png")
    pane = open_pane(qtbot, alice_context)
    dialog = open_dialog(qtbot, pane)
    dialog.choose_image_file = lambda _parent: picture
    qtbot.mouseClick(dialog.choose.tiles["file"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.confirm)
    assert dialog.confirm.name.text() == "Bob"
    assert bob.display_id.split("-")[0] in dialog.confirm.display_id.text()
    assert dialog.confirm.message.text() == "Hi, I'm Alice"
    dialog.confirm.message.clear()
    qtbot.keyClicks(dialog.confirm.message, "Alice from the third floor")
    qtbot.mouseClick(dialog.confirm.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.done_page)
    assert dialog.done_page.headline.text() == "Request sent to Bob"
    qtbot.mouseClick(dialog.done_page.done_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    requested = alice.contacts.get(bob.me)
    assert requested is not None and requested.state is ContactState.REQUESTED

    sync_all([alice, bob])
    bob_pane = open_pane(qtbot, bob_context)
    qtbot.waitUntil(lambda: bob_pane.new_friends_entry.count == 1)
    qtbot.mouseClick(bob_pane.new_friends_entry, Qt.MouseButton.LeftButton)
    assert bob_pane.content.currentWidget() is bob_pane.requests
    (row,) = bob_pane.requests.rows
    assert row.name.text() == "Alice"
    assert row.message.text() == "Alice from the third floor"
    assert row.accept_button is not None
    qtbot.mouseClick(row.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bob_pane.content.currentWidget() is bob_pane.detail)
    qtbot.waitUntil(lambda: bob_pane.model.rowCount() == 1)
    assert bob_pane.detail.title.text() == "Alice"
    assert bob_pane.detail.send_button.isVisible()
    assert bob_pane.new_friends_entry.count == 0

    sync_all([alice, bob])
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert pane.model.contact_at(0).display_name == "Bob"  # type: ignore[union-attr]
    settle(qtbot, alice_context)
    settle(qtbot, bob_context)


def _tampered(card_text: str) -> str:
    body_start = len("HUTONG:C1:")
    position = body_start + 60  # inside the name or keys, not the prefix
    replacement = "A" if card_text[position] != "A" else "B"
    return card_text[:position] + replacement + card_text[position + 1 :]


def test_a_tampered_or_foreign_qr_code_is_explained(
    qtbot: QtBot, alice_context: AppContext, bob: Core, tmp_path: Path
) -> None:
    pane = open_pane(qtbot, alice_context)
    dialog = open_dialog(qtbot, pane)
    pictures = iter(
        [
            qr_png(_tampered(bob.card().to_text()), tmp_path / "tampered.png"),
            qr_png("https://example.com/menu", tmp_path / "menu.png"),
            qr_png(alice_context.core.card().to_text(), tmp_path / "mine.png"),
        ]
    )
    dialog.choose_image_file = lambda _parent: next(pictures)
    notice = dialog.choose.notice
    qtbot.mouseClick(dialog.choose.tiles["file"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notice.isVisibleTo(dialog))
    assert notice.text().startswith("This contact card cannot be trusted")
    assert dialog.stack.currentWidget() is dialog.choose
    qtbot.mouseClick(dialog.choose.tiles["file"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not a Hutong contact card" in notice.text())
    qtbot.mouseClick(dialog.choose.tiles["file"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "your own card" in notice.text())

    blank = tmp_path / "blank.png"
    white = QImage(300, 300, QImage.Format.Format_RGB32)
    white.fill(QColor("white"))
    white.save(str(blank))
    dialog.choose_image_file = lambda _parent: blank
    qtbot.mouseClick(dialog.choose.tiles["file"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notice.text().startswith("No QR code was found"))
    assert alice_context.core.contacts.all_contacts() == []
    settle(qtbot, alice_context)


def test_paste_card_text(qtbot: QtBot, alice_context: AppContext, bob: Core) -> None:
    pane = open_pane(qtbot, alice_context)
    dialog = open_dialog(qtbot, pane)
    qtbot.mouseClick(dialog.choose.tiles["text"], Qt.MouseButton.LeftButton)
    assert dialog.stack.currentWidget() is dialog.paste
    assert not dialog.paste.continue_button.isEnabled()
    qtbot.keyClicks(dialog.paste.text, "HUTONG:C1:NOTACARD")
    qtbot.mouseClick(dialog.paste.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.paste.notice.isVisibleTo(dialog))
    assert "cannot be trusted" in dialog.paste.notice.text()
    dialog.paste.text.clear()
    QGuiApplication.clipboard().setText(bob.card().to_text())
    qtbot.keyClick(dialog.paste.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.paste.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.confirm)
    qtbot.keyClick(dialog.confirm.message, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.done_page)
    contact = alice_context.core.contacts.get(bob.me)
    assert contact is not None and contact.request_message == ""
    assert contact.state is ContactState.REQUESTED
    settle(qtbot, alice_context)


def test_paste_a_picture_and_scan_a_screen_region(
    qtbot: QtBot, alice_context: AppContext, bob: Core, make_core: MakeCore
) -> None:
    carol = make_core("Carol")
    pane = open_pane(qtbot, alice_context)
    dialog = open_dialog(qtbot, pane)
    QGuiApplication.clipboard().setText("nothing to see")
    assert not dialog.choose.tiles["clipboard"].isEnabled()
    QGuiApplication.clipboard().setImage(qr_image(bob.card().to_text()))
    assert dialog.choose.tiles["clipboard"].isEnabled()
    qtbot.mouseClick(dialog.choose.tiles["clipboard"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.confirm)
    assert dialog.confirm.name.text() == "Bob"
    qtbot.mouseClick(dialog.confirm.back_button, Qt.MouseButton.LeftButton)

    screen = QPixmap(800, 600)
    screen.fill(QColor("#dfe6ee"))
    painter = QPainter(screen)
    painter.drawImage(QRect(440, 200, 340, 340), qr_image(carol.card().to_text()))
    painter.end()
    dialog.grab_screen = lambda: (screen, QRect(0, 0, 800, 600))
    qtbot.mouseClick(dialog.choose.tiles["screen"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.region_picker is not None, timeout=10_000)
    picker = dialog.region_picker
    assert picker is not None and not dialog.isVisible()
    qtbot.mousePress(picker, Qt.MouseButton.LeftButton, pos=QPoint(400, 160))
    qtbot.mouseMove(picker, QPoint(600, 400))
    qtbot.mouseRelease(picker, Qt.MouseButton.LeftButton, pos=QPoint(790, 590))
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.confirm)
    assert dialog.confirm.name.text() == "Carol"
    settle(qtbot, alice_context)


def test_a_group_invite_asks_to_join(
    qtbot: QtBot, alice_context: AppContext, alice: Core, bob: Core
) -> None:
    group = bob.groups.create("Climbing club", [])
    _kind, group_id = parse_conversation(group)
    code = bob.groups.invite_code(group_id)
    pane = open_pane(qtbot, alice_context)
    dialog = open_dialog(qtbot, pane)
    qtbot.mouseClick(dialog.choose.tiles["text"], Qt.MouseButton.LeftButton)
    dialog.paste.text.setPlainText(code)
    qtbot.mouseClick(dialog.paste.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.invite)
    assert dialog.invite.heading.text() == "Join “Climbing club”?"
    assert dialog.invite.inviter.text() == "Invited by Bob"
    with qtbot.waitSignal(dialog.joinRequested) as joined:
        qtbot.mouseClick(dialog.invite.join_button, Qt.MouseButton.LeftButton)
    assert joined.args == [group]
    assert dialog.done_page.headline.text() == "Asked to join “Climbing club”"
    sync_all([alice, bob], rounds=3)
    info = alice.groups.info(group_id)
    assert info is not None and info.am_member
    settle(qtbot, alice_context)


def test_the_camera_is_offered_only_when_one_exists(
    qtbot: QtBot, alice_context: AppContext
) -> None:
    without = AddContactDialog(alice_context, has_cameras=lambda: False)
    with_one = AddContactDialog(alice_context, has_cameras=lambda: True)
    for dialog in (without, with_one):
        qtbot.addWidget(dialog)
        dialog.show()
    assert not without.choose.tiles["camera"].isVisible()
    assert with_one.choose.tiles["camera"].isVisible()
    assert with_one.choose.tiles["camera"].title.text() == "Scan with camera"
    qtbot.mouseClick(with_one.choose.tiles["camera"], Qt.MouseButton.LeftButton)
    page = with_one.camera_page
    assert page is not None and with_one.stack.currentWidget() is page
    assert page.scanner.hint.text() == "Hold the QR code steady in front of the camera"
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert with_one.stack.currentWidget() is with_one.choose
