"""The main window: rail order, Me at the bottom, red badges, switching panes, opening chats."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QShortcut
from pytestqt.qtbot import QtBot

from core.facade import Core
from desktop.app import build_panes
from desktop.chats.pane import ChatsPane
from desktop.context import AppContext
from desktop.shell.main_window import MainWindow
from tests.gui.shell.fakes import settle


def make_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context, build_panes(context))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_rail_lists_the_panes_in_order_with_me_at_the_bottom(
    qtbot: QtBot, alice_context: AppContext
) -> None:
    window = make_window(qtbot, alice_context)
    buttons = window.rail.buttons()
    assert [b.pane_id for b in buttons] == [
        "chats",
        "contacts",
        "moments",
        "wallet",
        "miniprograms",
        "me",
    ]
    assert [b.toolTip() for b in buttons] == [
        "Chats",
        "Contacts",
        "Moments",
        "Wallet",
        "Mini-programs",
        "Me",
    ]
    me = window.rail.button("me")
    wallet = window.rail.button("wallet")
    assert me.mapTo(window, me.rect().topLeft()).y() > window.height() - 120
    assert wallet.mapTo(window, wallet.rect().topLeft()).y() < window.height() / 2
    assert window.current_pane().pane_id == "chats"


def test_clicking_rail_buttons_switches_panes(qtbot: QtBot, alice_context: AppContext) -> None:
    window = make_window(qtbot, alice_context)
    qtbot.mouseClick(window.rail.button("moments"), Qt.MouseButton.LeftButton)
    assert window.current_pane().pane_id == "moments"
    assert window.rail.button("moments").isChecked()
    qtbot.mouseClick(window.rail.button("wallet"), Qt.MouseButton.LeftButton)
    assert window.current_pane().pane_id == "wallet"
    wallet = window.current_pane()
    assert wallet.header.title.text() == "Wallet"  # type: ignore[attr-defined]
    # Offscreen windows never become active, so trigger the Ctrl+2 shortcut itself.
    (shortcut,) = [s for s in window.findChildren(QShortcut) if s.key().toString() == "Ctrl+2"]
    shortcut.activated.emit()
    assert window.current_pane().pane_id == "contacts"
    qtbot.mouseClick(window.rail.avatar, Qt.MouseButton.LeftButton)
    assert window.current_pane().pane_id == "me"


def test_badges_are_red_counts_drawn_on_the_rail_button(
    qtbot: QtBot, alice_context: AppContext
) -> None:
    window = make_window(qtbot, alice_context)
    chats = window.panes["chats"]
    button = window.rail.button("chats")
    before = button.grab().toImage()
    chats.badgeChanged.emit(7)
    assert button.badge == 7
    assert button.accessibleName() == "Chats, 7 unread"
    after = button.grab().toImage()
    reds = [
        (x, y)
        for x in range(after.width())
        for y in range(after.height())
        if _is_badge_red(after.pixelColor(x, y)) and not _is_badge_red(before.pixelColor(x, y))
    ]
    assert reds, "no red badge painted"
    assert min(y for _x, y in reds) < after.height() / 2  # top corner
    chats.badgeChanged.emit(0)
    assert button.accessibleName() == "Chats"


def _is_badge_red(color: QColor) -> bool:
    return color.red() > 200 and color.green() < 120 and color.blue() < 120


def test_send_message_path_opens_the_chat_and_contacts_request_badge(
    qtbot: QtBot, alice_context: AppContext, alice: Core, bob: Core
) -> None:
    bob.contacts.add_from_card(alice.card().to_text(), "hi")
    from tests.support.profiles import sync_all

    sync_all([alice, bob])
    window = make_window(qtbot, alice_context)
    qtbot.waitUntil(lambda: window.rail.button("contacts").badge == 1)
    window.open_conversation("d:" + bob.me.hex())
    chats = window.panes["chats"]
    assert isinstance(chats, ChatsPane)
    assert window.current_pane() is chats
    assert window.current_conversation() == "d:" + bob.me.hex()
    settle(qtbot, alice_context)


def test_window_remembers_its_size(qtbot: QtBot, alice_context: AppContext) -> None:
    window = make_window(qtbot, alice_context)
    window.resize(900, 650)
    window.close()
    assert alice_context.settings.value("window/geometry")
    again = make_window(qtbot, alice_context)
    # The offscreen screen is 800x600: the width is clamped to the window's minimum.
    assert again.height() == 650


def test_window_title_follows_my_name(qtbot: QtBot, alice_context: AppContext) -> None:
    # Qt appends the application's display name itself ("Alice — Hutong"): the title must not
    # hold it too, or it reads "Hutong — Alice — Hutong".
    window = make_window(qtbot, alice_context)
    assert window.windowTitle() == "Alice"
    alice_context.core.set_name("Alice Liu")
    qtbot.waitUntil(lambda: window.windowTitle() == "Alice Liu")
    settle(qtbot, alice_context)


def test_the_first_close_to_the_tray_says_so_once(qtbot: QtBot, alice_context: AppContext) -> None:
    window = make_window(qtbot, alice_context)
    window.close_to_tray = True
    hints: list[tuple[str, str]] = []
    window.trayHint.connect(lambda title, text: hints.append((title, text)))
    window.show()
    window.close()
    assert not window.isVisible()
    assert len(hints) == 1 and "keeps running in the tray" in hints[0][1]
    window.bring_to_front()
    window.close()
    assert len(hints) == 1  # once
    again = make_window(qtbot, alice_context)
    again.close_to_tray = True
    again.trayHint.connect(lambda title, text: hints.append((title, text)))
    again.show()
    again.close()
    assert len(hints) == 1  # once per profile, not once per start
    settle(qtbot, alice_context)
