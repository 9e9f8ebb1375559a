"""A device that lost its database gets its history back from a friend over the network."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from core.chat import direct_conversation
from core.feeds import MAIN_FEED
from core.peer_replica import STRANGER_FEED_LIMIT
from tests.integration.sync.conftest import Peer, befriend, wait_until

MakePeer = Callable[..., Peer]


def _texts(peer: Peer, other: Peer) -> list[str]:
    return [m.text for m in peer.core.chat.history(direct_conversation(other.core.me))]


def test_a_lost_database_comes_back_from_a_friend_without_a_fork(
    make_peer: MakePeer, tmp_path: Path
) -> None:
    alice, bob = make_peer("Alice"), make_peer("Bob")
    befriend(alice, bob)
    for number in range(STRANGER_FEED_LIMIT + 50):  # more than a stranger's feed may hold
        bob.core.set_name(f"Bob {number}")
    sent = alice.core.chat.send_text(direct_conversation(bob.core.me), "before the loss")
    wait_until(lambda: bob.core.chat.message(sent.event_id) is not None)
    head = alice.core.feeds.note(alice.core.me, MAIN_FEED)
    assert head is not None
    wait_until(lambda: bob.core.feeds.note(alice.core.me, MAIN_FEED) == head)
    alice.sync.stop()
    alice.core.close()
    for name in ("hutong.db", "hutong.db-wal", "hutong.db-shm"):
        (tmp_path / "Alice" / name).unlink(missing_ok=True)

    again = make_peer("Alice")
    assert again.core.me == alice.core.me and again.core.recovering
    again.dial(bob)
    wait_until(lambda: not again.core.recovering)
    assert again.core.feeds.note(again.core.me, MAIN_FEED) == head
    wait_until(lambda: _texts(again, bob) == ["before the loss"])
    # Bob was a stranger until Alice's own feed said otherwise: the rest of his feed follows.
    bob_head = bob.core.feeds.note(bob.core.me, MAIN_FEED)
    wait_until(lambda: again.core.feeds.note(bob.core.me, MAIN_FEED) == bob_head)
    last_name = f"Bob {STRANGER_FEED_LIMIT + 49}"
    wait_until(lambda: again.core.contacts.require(bob.core.me).name == last_name)
    assert again.core.contacts.require(bob.core.me).is_friend and again.core.name == "Alice"

    after = again.core.chat.send_text(direct_conversation(bob.core.me), "back again")
    wait_until(lambda: bob.core.chat.message(after.event_id) is not None)
    assert bob.core.feeds.forked_feeds() == set() and again.core.feeds.forked_feeds() == set()
    assert _texts(bob, again) == ["before the loss", "back again"]
