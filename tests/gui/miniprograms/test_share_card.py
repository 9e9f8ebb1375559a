"""Sharing a mini-program into a chat: from the app (window.hutong.shareToChat), from the
pane, and opening it from the card on another member's desktop."""

from __future__ import annotations

from core.miniprograms import Capability
from tests.gui.miniprograms.conftest import answer_box, js, js_await, open_app
from tests.gui.miniprograms.pages import declaring


def install(context, data: bytes) -> bytes:
    return context.core.miniprograms.install(data, "test.xdc").program_id


def test_share_to_chat_asks_then_posts_the_card(app_context, qtbot) -> None:
    group = app_context.core.groups.create("Lunch crew", [])
    program = install(app_context, declaring("Sharer", "share"))
    app_context.core.miniprograms.grant(program, Capability.SHARE)
    window = open_app(qtbot, app_context, program, group)
    js(
        qtbot,
        window.host,
        "window.first = hutong.shareToChat({title: 'Join'}).then(() => 'ok', e => e.code); 0",
    )
    question = answer_box(qtbot, window, "hutongShare", yes=False)
    assert "Join" in question and "Lunch crew" in question
    assert js_await(qtbot, window.host, "window.first") == "cancelled"
    js(
        qtbot,
        window.host,
        "window.second = hutong.shareToChat({title: 'Join', summary: '3 joined'}).then(() => 'ok', e => e.code + ': ' + e.message); 0",
    )
    answer_box(qtbot, window, "hutongShare", yes=True)
    assert js_await(qtbot, window.host, "window.second") == "ok"
    cards = [m.card for m in app_context.core.chat.history(group) if m.card is not None]
    assert [(c.title, c.summary, c.program) for c in cards] == [("Sharer", "3 joined", program)]


def test_a_friends_card_installs_after_a_question_then_opens_in_that_chat(
    make_core, make_context, qtbot, qapp
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWidget

    from core.chat import direct_conversation
    from desktop.miniprograms.launcher import open_card, open_windows
    from tests.gui.miniprograms.conftest import message_box
    from tests.support.profiles import befriend, sync_all
    from tests.unit.core.miniprograms.test_sharing import copy_blobs

    ann, ben = make_core("Ann"), make_core("Ben")
    befriend(ann, ben)
    program = ann.miniprograms.install(declaring("Counter", "storage"), "c.xdc").program_id
    ann.miniprograms.share(program, direct_conversation(ben.me), "2 clicks")
    sync_all([ann, ben])
    context = make_context(ben)
    chat = direct_conversation(ann.me)
    [message] = [m for m in ben.chat.history(chat) if m.card is not None]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    try:
        # The package has not arrived yet: a question, then "still downloading".
        open_card(context, chat, message.event_id, message.card, parent)
        question = answer_box(qtbot, parent, "installFromCard", yes=True)
        assert question == "Install “Counter” shared by Ann?"
        qtbot.waitUntil(lambda: message_box(parent, "miniProgramError") is not None, timeout=20_000)
        assert "still downloading" in message_box(parent, "miniProgramError").text()
        message_box(parent, "miniProgramError").accept()
        assert all(p.program_id != program for p in ben.miniprograms.installed())

        copy_blobs(ann, ben)
        open_card(context, chat, message.event_id, message.card, parent)
        answer_box(qtbot, parent, "installFromCard", yes=True)
        qtbot.waitUntil(lambda: (program, chat) in open_windows(context), timeout=30_000)
        window = open_windows(context)[(program, chat)]
        assert window.windowTitle() == "Counter — Ann"
        assert any(p.program_id == program for p in ben.miniprograms.installed())

        # Installed now: the card opens (raises) the same window without asking.
        open_card(context, chat, message.event_id, message.card, parent)
        qtbot.waitUntil(lambda: not context.runner.busy, timeout=20_000)  # its check has run
        assert message_box(parent, "installFromCard") is None
        assert list(open_windows(context).values()) == [window]
    finally:
        for opened in list(open_windows(context).values()):
            opened.close()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def cards_in(context, conversation: str) -> list[str]:
    return [m.card.title for m in context.core.chat.history(conversation) if m.card is not None]


def test_the_pane_shares_a_program_into_the_chosen_chat(app_context, qtbot) -> None:
    from PySide6.QtCore import Qt

    from desktop.miniprograms.chat_choice import ChatChoice
    from desktop.miniprograms.pane import MiniProgramsPane

    group = app_context.core.groups.create("Lunch crew", [])
    pane = MiniProgramsPane(app_context)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: any(t.name == "Poll" for t in pane.tiles["bundled"]), timeout=30_000)
    poll = next(t for t in pane.tiles["bundled"] if t.name == "Poll")
    qtbot.mouseClick(poll.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.findChild(ChatChoice) is not None, timeout=20_000)
    choice = pane.findChild(ChatChoice)
    assert not choice.ok.isEnabled()
    choice.choose(group)
    qtbot.mouseClick(choice.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cards_in(app_context, group) == ["Poll"], timeout=30_000)


def test_share_program_asks_which_program_then_posts_its_card(app_context, qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.miniprograms.launcher import share_program
    from desktop.miniprograms.program_choice import ProgramChoice

    group = app_context.core.groups.create("Lunch crew", [])
    app_context.core.miniprograms.install(declaring("Counter"), "c.xdc")
    parent = QWidget()
    qtbot.addWidget(parent)
    share_program(app_context, group, parent)
    qtbot.waitUntil(lambda: parent.findChild(ProgramChoice) is not None, timeout=20_000)
    choice = parent.findChild(ProgramChoice)
    names = [p.name for p in choice.programs]
    assert "Counter" in names
    choice.list.setCurrentRow(names.index("Counter"))
    choice.accept()
    qtbot.waitUntil(lambda: cards_in(app_context, group) == ["Counter"], timeout=30_000)


def test_share_to_chat_from_an_app_opened_alone_asks_which_chat(app_context, qtbot) -> None:
    from desktop.miniprograms.chat_choice import ChatChoice

    group = app_context.core.groups.create("Lunch crew", [])
    program = install(app_context, declaring("Sharer", "share"))
    app_context.core.miniprograms.grant(program, Capability.SHARE)
    window = open_app(qtbot, app_context, program)
    js(
        qtbot,
        window.host,
        "window.first = hutong.shareToChat({title: 'Join'}).then(() => 'ok', e => e.code); 0",
    )
    qtbot.waitUntil(lambda: window.findChild(ChatChoice) is not None, timeout=20_000)
    window.findChild(ChatChoice).reject()
    assert js_await(qtbot, window.host, "window.first") == "cancelled"
    js(
        qtbot,
        window.host,
        "window.second = hutong.shareToChat({title: 'Join'}).then(() => 'ok', e => e.code); 0",
    )
    qtbot.waitUntil(
        lambda: any(c.isVisible() for c in window.findChildren(ChatChoice)), timeout=20_000
    )
    choice = next(c for c in window.findChildren(ChatChoice) if c.isVisible())
    choice.choose(group)
    choice.accept()
    assert js_await(qtbot, window.host, "window.second") == "ok"
    assert cards_in(app_context, group) == ["Sharer"]
