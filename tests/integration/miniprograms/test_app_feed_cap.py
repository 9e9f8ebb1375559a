"""A member's app feed past the per-instance cap is neither stored nor relayed (issue 11's
per-peer quotas), over real sync on loopback.

Alice and Carol run a Hutong without the cap (an old build, or a hostile one): Alice serves
her whole flood, Carol would keep anything. Bob, with the cap, stores Alice's first CAP
events only, and serves Carol no more, even of a feed he held past the cap before."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

import pytest

from core.facade import Core
from core.features import Entitlements, Features
from core.miniprograms import AppSession, limits
from core.miniprograms.instances import app_feed_id, instance_scope
from core.peer_replica import PeerReplica
from tests.integration.miniprograms.conftest import Peer, wait_until
from tests.support.profiles import befriend, sync_all

MakePeer = Callable[..., Peer]
CAP = 4
SENT = 3 * CAP
PROGRAM = bytes(32)


def _without_the_cap(core: Core) -> None:
    """``core`` as a build that stores and serves app feeds whole."""

    def uncapped(granted: Callable[[], Entitlements]) -> Callable[[], Entitlements]:
        def entitlements() -> Entitlements:
            policy = granted()
            feeds = {f: replace(a, max_seq=None) for f, a in policy.feeds.items()}
            return replace(policy, feeds=feeds)

        return entitlements

    core.features = Features(
        [
            replace(f, entitlements=uncapped(f.entitlements))
            if f.name == "miniprograms" and f.entitlements
            else f
            for f in core.features.all
        ]
    )


def _open_instance(core: Core, conversation: str) -> AppSession:
    session = AppSession(
        core.miniprograms.self_addr(), core.miniprograms.transport(PROGRAM, conversation)
    )
    assert core.miniprograms.wait_sent()
    return session


def _held(core: Core, author: bytes, feed: bytes) -> int:
    note = core.feeds.note(author, feed)  # type: ignore[arg-type]
    return 0 if note is None else note.seq


def _received(peer: Peer, sender: Peer) -> int:
    status = peer.sync.status().peer(sender.core.me)
    return 0 if status is None else status.events_received


def test_a_flooded_app_feed_is_stored_and_served_only_up_to_the_cap(
    make_peer: MakePeer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_MEMBER_EVENTS", CAP)
    alice, bob, carol = (make_peer(n, start=False) for n in ("Alice", "Bob", "Carol"))
    befriend(alice.core, bob.core)
    befriend(alice.core, carol.core)
    befriend(bob.core, carol.core)
    group = alice.core.groups.create("Flood", [bob.core.me, carol.core.me])
    sync_all([alice.core, bob.core, carol.core])
    for peer in (alice, carol):
        _without_the_cap(peer.core)
    apps = {p.core.me: _open_instance(p.core, group) for p in (alice, bob, carol)}
    feed = app_feed_id(PROGRAM, instance_scope(alice.core.me, group))
    for n in range(SENT):
        apps[alice.core.me].send(json.dumps({"payload": n}), 0)
    assert alice.core.miniprograms.wait_sent()
    assert _held(alice.core, alice.core.me, feed) == SENT

    # Alice serves all of it; Bob keeps her first CAP events and folds those.
    alice.sync.start()
    bob.sync.start()
    bob.dial(alice)
    wait_until(lambda: _received(bob, alice) >= SENT, timeout=60)
    assert _held(bob.core, alice.core.me, feed) == CAP
    wait_until(lambda: apps[bob.core.me].log.max_serial == CAP, timeout=60)
    assert not PeerReplica(bob.core).wants(
        alice.core.me,
        alice.core.feeds.note(alice.core.me, feed),  # type: ignore[arg-type]
    )
    alice.sync.stop()

    # Bob held the whole flood before he had the cap (stored straight, past any policy):
    # he still serves Carol, who would keep it all, only its first CAP events.
    bob.core.ingest(alice.core.feeds.events_since(alice.core.me, feed, 0))
    assert _held(bob.core, alice.core.me, feed) == SENT
    carol.sync.start()
    carol.dial(bob)
    wait_until(lambda: _held(carol.core, alice.core.me, feed) >= CAP, timeout=60)
    # A marker after the flood, on a feed served in the same session: once it is here,
    # everything Bob would serve of Alice's app feed has been offered and sent.
    marker = bob.core.chat.send_text(group, "after the flood").event_id
    wait_until(lambda: carol.core.chat.message(marker) is not None, timeout=60)
    assert _held(carol.core, alice.core.me, feed) == CAP
