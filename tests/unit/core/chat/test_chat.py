from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from core.chat import Delivery, OutgoingFile, direct_conversation
from core.clock import ManualClock
from core.errors import InvalidInput, NotAllowed
from core.facade import Core
from core.feeds import MAIN_FEED
from tests.support.profiles import befriend, sync_all

MakeCore = Callable[[str], Core]


@pytest.fixture
def pair(make_core: MakeCore) -> tuple[Core, Core]:
    alice, bob = make_core("Alice"), make_core("Bob")
    befriend(alice, bob)
    return alice, bob


def test_messages_arrive_with_unread_counts_and_read_marks(pair: tuple[Core, Core]) -> None:
    alice, bob = pair
    to_bob = direct_conversation(bob.me)
    for text in ("one", "two", "three"):
        alice.chat.send_text(to_bob, text)
    sync_all([alice, bob])
    (summary,) = bob.chat.conversations()
    assert summary.unread == 3 and summary.last_message and summary.last_message.text == "three"
    assert bob.chat.first_unread(summary.id).text == "one"
    assert bob.chat.unread_total() == 3
    assert bob.chat.unread_total(exclude=summary.id) == 0
    bob.chat.set_muted(summary.id, True)
    assert bob.chat.unread_total() == 0 and bob.chat.unread_total(include_muted=True) == 3
    bob.chat.set_muted(summary.id, False)
    bob.chat.mark_read(summary.id)
    assert bob.chat.conversations()[0].unread == 0
    assert [m.text for m in alice.chat.history(to_bob)] == ["one", "two", "three"]


def test_partial_read_marks_and_batch_lookups(pair: tuple[Core, Core], clock: ManualClock) -> None:
    alice, bob = pair
    sent = []
    for text in ("a", "b", "c"):
        clock.advance(10)
        sent.append(alice.chat.send_text(direct_conversation(bob.me), text))
    sync_all([alice, bob])
    conversation = direct_conversation(alice.me)
    assert bob.chat.unread_count(conversation) == 3
    second = bob.chat.require_message(sent[1].event_id)
    bob.chat.mark_read(conversation, upto=second.id)
    assert bob.chat.unread_count(conversation) == 1
    bob.chat.mark_read(conversation, upto=1)  # never moves backwards
    assert bob.chat.unread_count(conversation) == 1
    found = bob.chat.messages([m.event_id for m in sent] + [b"\x00" * 32])
    assert sorted(m.text for m in found) == ["a", "b", "c"]


def test_replies_and_mentions_are_kept(pair: tuple[Core, Core]) -> None:
    alice, bob = pair
    first = alice.chat.send_text(direct_conversation(bob.me), "lunch?")
    sync_all([alice, bob])
    reply = bob.chat.send_text(
        direct_conversation(alice.me), "yes!", reply_to=first.event_id, mentions=[alice.me]
    )
    sync_all([alice, bob])
    seen = alice.chat.require_message(reply.event_id)
    assert seen.reply_to == first.event_id and seen.mention_me and seen.mentions == (alice.me,)


def test_history_pages_walk_back_without_overlap(
    pair: tuple[Core, Core], clock: ManualClock
) -> None:
    alice, bob = pair
    conversation = direct_conversation(bob.me)
    for n in range(120):
        clock.advance(1000)
        alice.chat.send_text(conversation, f"m{n}")
    newest = alice.chat.history(conversation, limit=50)
    older = alice.chat.history(conversation, before=newest[0].cursor, limit=50)
    oldest = alice.chat.history(conversation, before=older[0].cursor, limit=50)
    texts = [m.text for m in oldest + older + newest]
    assert texts == [f"m{n}" for n in range(120)]
    assert [m.text for m in alice.chat.history_after(conversation, oldest[-1].cursor, 3)] == [
        "m20",
        "m21",
        "m22",
    ]


def test_recall_within_two_minutes_only(pair: tuple[Core, Core], clock: ManualClock) -> None:
    alice, bob = pair
    conversation = direct_conversation(bob.me)
    early = alice.chat.send_text(conversation, "oops")
    late = alice.chat.send_text(conversation, "keep")
    sync_all([alice, bob])
    clock.advance(60_000)
    alice.chat.recall(early.event_id)
    clock.advance(61_000)
    with pytest.raises(NotAllowed, match="two minutes"):
        alice.chat.recall(late.event_id)
    sync_all([alice, bob])
    recalled = bob.chat.require_message(early.event_id)
    assert recalled.recalled and recalled.text == ""
    assert bob.chat.search("oops") == []
    with pytest.raises(NotAllowed):
        bob.chat.recall(late.event_id)


def test_a_recall_that_arrives_before_its_message_still_hides_it(
    make_core: MakeCore, clock: ManualClock
) -> None:
    alice, bob = make_core("Alice"), make_core("Bob")
    befriend(alice, bob)
    message = alice.chat.send_text(direct_conversation(bob.me), "regret")
    alice.chat.recall(message.event_id)
    # Bob gets Alice's feed with the recalled payload already dropped: only the tombstone speaks.
    sync_all([alice, bob])
    shown = bob.chat.require_message(message.event_id)
    assert shown.recalled and shown.text == ""


def test_search_finds_latin_and_chinese_text(pair: tuple[Core, Core]) -> None:
    alice, bob = pair
    conversation = direct_conversation(bob.me)
    alice.chat.send_text(conversation, "明天下午三点开会")
    alice.chat.send_text(conversation, "The quarterly report is ready")
    assert [h.message.text for h in alice.chat.search("下午三点")] == ["明天下午三点开会"]
    assert [h.message.text for h in alice.chat.search("开会")] == ["明天下午三点开会"]
    assert [h.message.text for h in alice.chat.search("QUARTERLY")] == [
        "The quarterly report is ready"
    ]
    assert alice.chat.search('report" OR "x') == []
    assert alice.chat.search("   ") == []


def test_drafts_pins_and_mutes_are_local_and_survive_a_rebuild(pair: tuple[Core, Core]) -> None:
    alice, bob = pair
    conversation = direct_conversation(bob.me)
    alice.chat.set_draft(conversation, "half a thought")
    alice.chat.set_pinned(conversation, True)
    (summary,) = alice.chat.conversations()
    assert summary.draft == "half a thought" and summary.pinned
    alice.rebuild_projections()
    assert alice.chat.draft(conversation) == "half a thought"
    alice.chat.send_text(conversation, "whole thought")
    assert alice.chat.draft(conversation) == ""


def test_delivery_moves_from_sent_to_delivered(pair: tuple[Core, Core]) -> None:
    alice, bob = pair
    message = alice.chat.send_text(direct_conversation(bob.me), "ping")
    assert message.delivery is Delivery.SENT
    sync_all([alice, bob])
    note = bob.feeds.note(alice.me, MAIN_FEED)
    assert note is not None
    alice.chat.note_delivered(bob.me, MAIN_FEED, note.seq)
    assert alice.chat.require_message(message.event_id).delivery is Delivery.DELIVERED


def test_files_travel_as_encrypted_blobs(pair: tuple[Core, Core], tmp_path: Path) -> None:
    alice, bob = pair
    picture = tmp_path / "cat.png"
    picture.write_bytes(b"\x89PNG fake image bytes" * 100)
    sent = alice.chat.send_text(
        direct_conversation(bob.me),
        "",
        files=[OutgoingFile(str(picture), "cat.png", "image/png", "image", 64, 48)],
    )
    (attachment,) = sent.attachments
    assert (attachment.kind, attachment.width, attachment.size) == ("image", 64, 2100)
    assert alice.blobs.read_plaintext(_ref(attachment), 10_000) == picture.read_bytes()
    sync_all([alice, bob])
    assert bob.chat.require_message(sent.event_id).attachments == (attachment,)


def _ref(attachment: object) -> object:
    from core.blobs import BlobRef

    return BlobRef(attachment.blob_id, attachment.key, attachment.size)  # type: ignore[attr-defined]


def test_strangers_cannot_be_messaged_and_empty_messages_are_refused(
    pair: tuple[Core, Core], make_core: MakeCore
) -> None:
    alice, _ = pair
    stranger = make_core("Stranger")
    with pytest.raises(NotAllowed):
        alice.chat.send_text(direct_conversation(stranger.me), "hi")
    with pytest.raises(InvalidInput):
        alice.chat.send_text(direct_conversation(stranger.me), "   ")
    with pytest.raises(InvalidInput):
        alice.chat.send_text("nonsense", "hi")


def test_a_third_party_holding_the_feed_cannot_read_direct_messages(make_core: MakeCore) -> None:
    alice, bob, carol = make_core("Alice"), make_core("Bob"), make_core("Carol")
    befriend(alice, bob)
    befriend(alice, carol)
    alice.chat.send_text(direct_conversation(bob.me), "for Bob only")
    sync_all([alice, bob, carol])
    assert carol.feeds.note(alice.me, MAIN_FEED) == alice.feeds.note(alice.me, MAIN_FEED)
    assert all(c.id != direct_conversation(bob.me) for c in carol.chat.conversations())
    assert carol.chat.search("Bob only") == []
