"""Marking a chat unread and deleting a chat: this device's view only, kept across rebuilds."""

from __future__ import annotations

from collections.abc import Callable

from core.chat import OutgoingFile, direct_conversation
from core.facade import Core
from tests.support.profiles import befriend, sync_all

MakeCore = Callable[[str], Core]


def test_mark_unread_counts_the_newest_message_from_others(make_core: MakeCore) -> None:
    alice, bob = make_core("Alice"), make_core("Bob")
    befriend(alice, bob)
    chat = direct_conversation(bob.me)
    assert not alice.chat.mark_unread(chat)  # nothing from Bob yet
    for text in ("one", "two"):
        bob.chat.send_text(direct_conversation(alice.me), text)
    alice.chat.send_text(chat, "mine")
    sync_all([alice, bob])
    alice.chat.mark_read(chat)
    assert alice.chat.unread_count(chat) == 0
    assert alice.chat.mark_unread(chat)
    assert alice.chat.unread_count(chat) == 1
    first = alice.chat.first_unread(chat)
    assert first is not None and first.text == "two"
    assert alice.chat.conversation(chat).unread == 1  # type: ignore[union-attr]


def test_a_deleted_chat_stays_deleted_here_and_comes_back_with_new_messages(
    make_core: MakeCore, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    alice, bob = make_core("Alice"), make_core("Bob")
    befriend(alice, bob)
    chat = direct_conversation(bob.me)
    picture = tmp_path / "p.txt"
    picture.write_bytes(b"not really a picture")
    bob.chat.send_text(direct_conversation(alice.me), "secret words")
    alice.chat.send_text(chat, "reply", files=[OutgoingFile(str(picture), "p.txt", "text/plain")])
    alice.chat.set_pinned(chat, True)
    alice.chat.set_draft(chat, "unsent")
    sync_all([alice, bob])
    alice.chat.delete_chat(chat)
    assert alice.chat.history(chat) == []
    assert alice.chat.conversation(chat) is None
    assert alice.chat.search("secret") == []
    assert alice.chat.draft(chat) == ""
    assert len(bob.chat.history(direct_conversation(alice.me))) == 2  # only here
    alice.rebuild_projections()
    assert alice.chat.history(chat) == [] and alice.chat.conversation(chat) is None
    bob.chat.send_text(direct_conversation(alice.me), "new words")
    sync_all([alice, bob])
    assert [m.text for m in alice.chat.history(chat)] == ["new words"]
    assert alice.chat.unread_count(chat) == 1
    alice.rebuild_projections()
    assert [m.text for m in alice.chat.history(chat)] == ["new words"]
