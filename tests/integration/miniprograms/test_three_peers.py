"""Three peers over real sync (loopback TCP): a poll and a turn-based game shared in a group
converge on all three, and nobody sees a move before the move it answers, whatever order the
events arrive in."""

from __future__ import annotations

import itertools
import json
import random
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from core.blobs import BlobRef
from core.chat import MiniProgramCard, PackageRef
from core.facade import Core
from core.feeds import RawEvent
from core.miniprograms import AppSession, AppUpdate, UpdateTransport
from core.miniprograms.instances import app_feed_id, instance_scope
from tests.integration.miniprograms.conftest import Peer, befriend, wait_until
from tests.support.profiles import befriend as befriend_cores
from tests.support.profiles import open_core, sync_all
from tests.unit.core.miniprograms.packages import xdc

MakePeer = Callable[..., Peer]
POLL = xdc("Poll", ("share",))
GAME = xdc("Noughts and crosses")


def wire(core: Core) -> None:
    """What the facade does: the chat posts and finds mini-program cards."""

    def post(conversation: str, title: str, program: bytes, summary: str, ref: BlobRef) -> bytes:
        card = MiniProgramCard(title, program, summary, PackageRef(ref.blob_id, ref.key, ref.size))
        return core.chat.send_card(conversation, card).event_id

    core.miniprograms.post_program_card = post
    core.miniprograms.find_message = core.chat.message


class Member:
    """One member's app instance, as the desktop runs it: updates reach the session on one
    thread at a time (the desktop hops to the GUI thread; here, a lock)."""

    def __init__(self, core: Core, program: bytes, conversation: str) -> None:
        self.lock = threading.RLock()
        self.core = core
        transport = core.miniprograms.transport(program, conversation)
        self.session = AppSession(core.miniprograms.self_addr(), _Locked(transport, self.lock))

    def send(self, payload: object) -> None:
        with self.lock:
            self.session.send(json.dumps({"payload": payload}), 0)

    def payloads(self) -> list[object]:
        with self.lock:
            return [json.loads(d.update.body.payload_json) for d in self.session.log.since(0)]

    def updates(self) -> list[AppUpdate]:
        with self.lock:
            return [d.update for d in self.session.log.since(0)]


class _Locked:
    def __init__(self, transport: UpdateTransport, lock: threading.RLock) -> None:
        self._transport = transport
        self._lock = lock

    def send(self, update: AppUpdate) -> None:
        self._transport.send(update)

    def listen(self, receive: Callable[[AppUpdate], None]) -> Callable[[], None]:
        def locked(update: AppUpdate) -> None:
            with self._lock:
                receive(update)

        return self._transport.listen(locked)


def assert_causal(updates: list[AppUpdate]) -> None:
    """Every update comes after everything its sender had seen, and after its sender's own
    earlier updates."""
    seen: dict[str, int] = {}
    for update in updates:
        assert seen.get(update.author, 0) == update.seq - 1, "a member's updates out of order"
        for author, seq in update.after.items():
            assert seen.get(author, 0) >= seq, "an answer before the move it answers"
        seen[update.author] = update.seq


def test_a_poll_and_a_game_converge_on_three_peers(make_peer: MakePeer) -> None:
    alice, bob, carol = make_peer("Alice"), make_peer("Bob"), make_peer("Carol")
    befriend(alice, bob)
    befriend(alice, carol)  # Bob and Carol are not friends: Alice relays between them
    group = alice.core.groups.create("Lunch", [bob.core.me, carol.core.me])
    group_id = bytes.fromhex(group[2:])
    wait_until(lambda: all(p.core.groups.info(group_id) for p in (bob, carol)))
    for peer in (alice, bob, carol):
        wire(peer.core)

    # Alice shares both programs in the group; the others install them from the cards.
    poll = alice.core.miniprograms.install(POLL).program_id
    game = alice.core.miniprograms.install(GAME).program_id
    cards = [alice.core.miniprograms.share(p, group) for p in (poll, game)]
    for peer in (bob, carol):
        for card in cards:
            wait_until(partial(_installed_from, peer.core, group, card), timeout=60)
    assert {p.program_id for p in carol.core.miniprograms.installed()} == {poll, game}

    polls = {p.core.me: Member(p.core, poll, group) for p in (alice, bob, carol)}
    games = {p.core.me: Member(p.core, game, group) for p in (alice, bob, carol)}
    for peer, option in ((alice, "noodles"), (bob, "rice"), (carol, "noodles")):
        polls[peer.core.me].send({"voter": peer.core.me.hex(), "option": option})

    # The game: each player answers the move before; Carol watches and plays move 3.
    order = [alice, bob, carol, alice, bob, carol]
    for number, player in enumerate(order, start=1):
        member = games[player.core.me]
        wait_until(partial(_holds, member, number - 1), timeout=60)
        member.send({"move": number})

    for member in polls.values():
        wait_until(partial(_holds, member, 3), timeout=60)
    for member in games.values():
        wait_until(partial(_holds, member, 6), timeout=60)
    tallies = [
        sorted((v["voter"], v["option"]) for v in m.payloads())  # type: ignore[index]
        for m in polls.values()
    ]
    assert tallies[0] == tallies[1] == tallies[2]
    assert sorted(o for _, o in tallies[0]) == ["noodles", "noodles", "rice"]
    moves = [m.payloads() for m in games.values()]
    assert moves[0] == moves[1] == moves[2] == [{"move": n} for n in range(1, 7)]
    for member in (*polls.values(), *games.values()):
        assert_causal(member.updates())


def _installed_from(core: Core, conversation: str, message: bytes) -> bool:
    if core.chat.message(message) is None:
        return False
    try:
        core.miniprograms.install_from_card(conversation, message)
    except Exception:  # not here yet: the card's blob is still arriving
        return False
    return True


def _holds(member: Member, count: int) -> bool:
    """The member's app has exactly ``count`` updates and none waiting."""
    with member.lock:
        return member.session.log.max_serial == count and member.session.log.waiting == 0


def _shuffled_arrivals(feeds: list[list[RawEvent]], rng: random.Random) -> list[RawEvent]:
    """The feeds interleaved at random, with repeats and events sent ahead of their turn (a
    store keeps no gap: sync sends those again), then every feed once more (catch-up)."""
    cursors = [0] * len(feeds)
    arrivals: list[RawEvent] = []
    while any(c < len(f) for c, f in zip(cursors, feeds, strict=True)):
        index = rng.choice([i for i, f in enumerate(feeds) if cursors[i] < len(f)])
        feed = feeds[index]
        roll = rng.random()
        if roll < 0.2 and cursors[index] > 0:
            arrivals.append(feed[rng.randrange(cursors[index])])  # a repeat
        elif roll < 0.35:
            arrivals.append(feed[rng.randrange(cursors[index], len(feed))])  # ahead
        else:
            arrivals.append(feed[cursors[index]])
            cursors[index] += 1
    return arrivals + [event for feed in feeds for event in feed]


@pytest.mark.parametrize("seed", range(5))
def test_any_arrival_order_delivers_in_causal_order(tmp_path: Path, seed: int) -> None:
    """Carol gets Alice's and Bob's app events one by one, shuffled, some twice: her app
    sees every move once, never before the move it answers, in the same final order."""
    alice, bob, carol = (open_core(tmp_path / n, n) for n in ("Alice", "Bob", "Carol"))
    try:
        befriend_cores(alice, bob)
        befriend_cores(alice, carol)
        group = alice.groups.create("Game", [bob.me, carol.me])
        sync_all([alice, bob, carol])
        game = bytes(32)
        players = {c.me: Member(c, game, group) for c in (alice, bob)}
        feed = app_feed_id(game, instance_scope(alice.me, group))
        turn = [alice, bob] * 4
        for number, player in enumerate(turn, start=1):
            other = bob if player is alice else alice
            players[player.me].send({"move": number})
            assert player.miniprograms.wait_sent()
            other.ingest(player.feeds.events_since(player.me, feed, 0))
        watcher = Member(carol, game, group)
        arrivals = _shuffled_arrivals(
            [alice.feeds.events_since(alice.me, feed, 0), bob.feeds.events_since(bob.me, feed, 0)],
            random.Random(seed),
        )
        shown: list[list[object]] = []
        for raw in arrivals:
            carol.ingest([raw])
            shown.append(watcher.payloads())
        for before, after in itertools.pairwise(shown):
            assert after[: len(before)] == before  # delivered once, never taken back
        assert watcher.payloads() == [{"move": n} for n in range(1, 9)]
        assert_causal(watcher.updates())
    finally:
        for core in (alice, bob, carol):
            core.close()


def test_a_member_who_opens_the_app_later_catches_up(make_peer: MakePeer) -> None:
    """Carol keeps no app feeds until she opens the instance; then sync fetches them."""
    alice, bob, carol = make_peer("Alice"), make_peer("Bob"), make_peer("Carol")
    befriend(alice, bob)
    befriend(alice, carol)
    group = alice.core.groups.create("Later", [bob.core.me, carol.core.me])
    group_id = bytes.fromhex(group[2:])
    wait_until(lambda: all(p.core.groups.info(group_id) for p in (bob, carol)))
    game = bytes(32)
    players = {p.core.me: Member(p.core, game, group) for p in (alice, bob)}
    for number, player in enumerate([alice, bob, alice, bob], start=1):
        member = players[player.core.me]
        wait_until(partial(_holds, member, number - 1), timeout=60)
        member.send({"move": number})
    wait_until(partial(_holds, players[alice.core.me], 4), timeout=60)
    feed = app_feed_id(game, instance_scope(alice.core.me, group))
    assert carol.core.feeds.note(alice.core.me, feed) is None  # not kept unopened
    watcher = Member(carol.core, game, group)
    wait_until(partial(_holds, watcher, 4), timeout=60)
    assert watcher.payloads() == [{"move": n} for n in range(1, 5)]
