"""The tray badge, the unread total, and notifications for new messages from others."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from core.chat import direct_conversation
from core.facade import Core
from desktop.context import AppContext
from desktop.notify import MessageNotifier, Notification, TrayIcon, UnreadCounter, tray_pixmap
from desktop.settings import NOTIFY_NAME_ONLY, NOTIFY_NOTHING
from tests.gui.shell.fakes import RecordingSink, settle
from tests.gui.shell.fixtures import MakeCore
from tests.support.profiles import befriend, sync_all


def _red_pixels(image_side: int, unread: int) -> int:
    image = tray_pixmap(unread, image_side).toImage()
    return sum(
        1
        for x in range(image.width() // 2, image.width())
        for y in range(image.height() // 2)
        if (c := image.pixelColor(x, y)).red() > 200 and c.green() < 120 and c.blue() < 120
    )


def test_tray_icon_carries_a_red_count_only_when_there_is_unread(qapp: QApplication) -> None:
    assert _red_pixels(64, 0) == 0
    assert _red_pixels(64, 3) > 50
    assert _red_pixels(64, 120) > 50


def test_without_a_system_tray_everything_degrades_quietly(
    qtbot: QtBot, alice_context: AppContext
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    tray = TrayIcon(alice_context, window)
    assert not tray.available  # offscreen has no tray
    tray.set_unread(4)
    assert tray.unread == 4
    assert tray.tooltip() == "Hutong: 4 unread messages"
    tray.show_notification(Notification("d:00", "Bob", "hi"))
    assert tray.last_notification is not None


def _watch(
    qtbot: QtBot, context: AppContext, current: str | None = None, focused: bool = False
) -> tuple[MessageNotifier, RecordingSink]:
    sink = RecordingSink()
    notifier = MessageNotifier(context, sink, lambda: current, lambda: focused)
    return notifier, sink


def _bob_says(alice: Core, bob: Core, text: str) -> None:
    bob.chat.send_text(direct_conversation(alice.me), text)
    sync_all([alice, bob])


def test_a_message_from_a_friend_is_announced_with_name_and_text(
    qtbot: QtBot, alice_context: AppContext, alice: Core, bob: Core
) -> None:
    befriend(alice, bob)
    unread = UnreadCounter(alice_context)
    notifier, sink = _watch(qtbot, alice_context)
    with qtbot.waitSignal(notifier.notified, timeout=5000):
        _bob_says(alice, bob, "Lunch at 12:30?")
    (shown,) = sink.shown
    assert (shown.title, shown.body) == ("Bob", "Lunch at 12:30?")
    assert shown.conversation_id == direct_conversation(bob.me)
    qtbot.waitUntil(lambda: unread.total == 1)
    settle(qtbot, alice_context)


def test_the_tray_does_not_count_the_chat_being_read(
    qtbot: QtBot, alice_context: AppContext, alice: Core, bob: Core, make_core: MakeCore
) -> None:
    carol = make_core("Carol")
    befriend(alice, bob)
    befriend(alice, carol)
    being_read: list[str | None] = [direct_conversation(bob.me)]
    unread = UnreadCounter(alice_context, lambda: being_read[0])
    _bob_says(alice, bob, "I'm here")
    carol.chat.send_text(direct_conversation(alice.me), "Me too")
    sync_all([alice, carol])
    qtbot.waitUntil(lambda: unread.total == 1)  # Carol's; Bob's chat is on screen
    qtbot.wait(200)
    assert unread.total == 1
    being_read[0] = None  # Alice switched away before Bob's message was marked read
    _bob_says(alice, bob, "Still here?")
    qtbot.waitUntil(lambda: unread.total == 3)
    settle(qtbot, alice_context)


def test_privacy_settings_hide_the_text_or_everything(
    qtbot: QtBot, alice_context: AppContext, alice: Core, bob: Core
) -> None:
    befriend(alice, bob)
    notifier, sink = _watch(qtbot, alice_context)
    alice_context.settings.notifications = NOTIFY_NAME_ONLY
    with qtbot.waitSignal(notifier.notified, timeout=5000):
        _bob_says(alice, bob, "secret plans")
    alice_context.settings.notifications = NOTIFY_NOTHING
    with qtbot.waitSignal(notifier.notified, timeout=5000):
        _bob_says(alice, bob, "more secret plans")
    assert [(n.title, n.body) for n in sink.shown] == [
        ("Bob", "1 new message"),
        ("Hutong", "You have a new message"),
    ]
    assert all("secret" not in n.title + n.body for n in sink.shown)
    settle(qtbot, alice_context)


def test_muted_chats_and_the_chat_on_screen_stay_quiet(
    qtbot: QtBot, alice_context: AppContext, alice: Core, bob: Core
) -> None:
    befriend(alice, bob)
    conversation = direct_conversation(bob.me)
    _looking, looking_sink = _watch(qtbot, alice_context, current=conversation, focused=True)
    _away, away_sink = _watch(qtbot, alice_context, current=conversation, focused=False)
    with qtbot.waitSignal(_away.notified, timeout=5000):
        _bob_says(alice, bob, "are you there?")
    assert looking_sink.shown == [] and len(away_sink.shown) == 1
    alice.chat.set_muted(conversation, True)
    _bob_says(alice, bob, "hello??")
    settle(qtbot, alice_context)
    assert len(away_sink.shown) == 1
    _own, own_sink = _watch(qtbot, alice_context)
    alice.chat.send_text(conversation, "my own words")
    settle(qtbot, alice_context)
    assert own_sink.shown == []


def test_presence_wires_the_unread_total_into_the_tray(
    qtbot: QtBot, alice_context: AppContext, alice: Core, bob: Core, qapp: QApplication
) -> None:
    from desktop.notify import DesktopPresence
    from desktop.shell.main_window import MainWindow

    befriend(alice, bob)
    window = MainWindow(alice_context, [])
    qtbot.addWidget(window)
    presence = DesktopPresence(alice_context, window, qapp)
    assert not window.close_to_tray  # no tray offscreen: closing quits
    _bob_says(alice, bob, "ping")
    _bob_says(alice, bob, "ping again")
    qtbot.waitUntil(lambda: presence.tray.unread == 2)
    assert presence.tray.last_notification is not None
    presence.stop()
    settle(qtbot, alice_context)
