"""The typed navigator (open a chat, show a profile, show a pane), the one people layer every
pane shares, and the one colour palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.chat import direct_conversation
from core.facade import Core
from desktop.app import build_panes
from desktop.chats import ChatsPane
from desktop.chats import colors as chat_colors
from desktop.contacts import ContactsPane
from desktop.context import AppContext
from desktop.moments import MomentsPane
from desktop.moments import colors as moments_colors
from desktop.shell.main_window import MainWindow
from desktop.widgets import colors as shell_colors
from desktop.widgets import theme_colors
from tests.gui.shell.fakes import settle
from tests.support.profiles import befriend


def test_the_navigator_opens_chats_and_profiles_in_the_window(
    qtbot: QtBot, alice_context: AppContext, alice: Core, bob: Core
) -> None:
    befriend(alice, bob)
    window = MainWindow(alice_context, build_panes(alice_context))
    qtbot.addWidget(window)
    window.show()
    navigator = alice_context.navigator
    chat = direct_conversation(bob.me)
    navigator.open_conversation(chat)
    chats = window.panes["chats"]
    assert isinstance(chats, ChatsPane)
    assert window.current_pane() is chats and chats.view.conversation_id == chat
    assert navigator.current_conversation() == chat
    navigator.show_profile(bob.me, me=alice.me)
    contacts = window.panes["contacts"]
    assert isinstance(contacts, ContactsPane)
    assert window.current_pane() is contacts
    qtbot.waitUntil(lambda: contacts.detail.contact is not None)
    assert contacts.detail.contact.identity == bob.me  # type: ignore[union-attr]
    assert navigator.current_conversation() is None  # the chat is not on screen
    navigator.show_profile(alice.me, me=alice.me)
    assert window.current_pane().pane_id == "me"
    navigator.show_pane("moments")
    assert window.current_pane().pane_id == "moments"
    settle(qtbot, alice_context)


def test_send_message_goes_through_the_navigator_from_any_window(
    qtbot: QtBot, alice_context: AppContext, alice: Core, bob: Core
) -> None:
    """The contact page asks the navigator, not whatever window it happens to sit in."""
    befriend(alice, bob)
    chats = ChatsPane(alice_context)
    contacts = ContactsPane(alice_context)  # a window of its own: no main window around it
    for pane in (chats, contacts):
        qtbot.addWidget(pane)
        pane.show()
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1)
    contacts.show_contact(bob.me)
    qtbot.waitUntil(lambda: contacts.detail.contact is not None)
    qtbot.mouseClick(contacts.detail.send_button, Qt.MouseButton.LeftButton)
    assert chats.view.conversation_id == direct_conversation(bob.me)
    settle(qtbot, alice_context)


def test_every_pane_shares_one_directory_and_one_avatar_cache(
    qtbot: QtBot, alice_context: AppContext, alice: Core, bob: Core
) -> None:
    befriend(alice, bob)
    chats, contacts, moments = (
        ChatsPane(alice_context),
        ContactsPane(alice_context),
        MomentsPane(alice_context),
    )
    for pane in (chats, contacts, moments):
        qtbot.addWidget(pane)
    people = alice_context.people
    assert chats.avatars is contacts.avatars is moments.shared.avatars is people.avatars
    assert chats.directory is contacts.directory is moments.shared.directory is people.directory
    alice.contacts.set_remark(bob.me, "Bobby")
    qtbot.waitUntil(lambda: people.directory.name_of(bob.me) == "Bobby")
    qtbot.waitUntil(lambda: contacts.model.contact_at(0).display_name == "Bobby")  # type: ignore[union-attr]
    settle(qtbot, alice_context)


def test_one_palette_for_the_shell_chats_and_moments(alice_context: AppContext) -> None:
    for theme in ("light", "dark"):
        palette = shell_colors.colors_for(theme)
        assert chat_colors.colors_for(theme) is palette
        assert moments_colors.colors_for(theme) is palette
        assert palette.dark == (theme == "dark")
    alice_context.themes.apply("dark")
    assert theme_colors(alice_context) is shell_colors.DARK
