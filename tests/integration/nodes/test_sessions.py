"""Sessions end whatever the peer does, and a reconnect is never locked out by a stale one."""

from __future__ import annotations

import asyncio

import pytest

from hutong.bench.nodes import NodeProcess, wait_for
from sync.replication.wire import Notes, encode
from tests.integration.nodes.hostile import Signer, connect
from tests.integration.nodes.test_nodes import befriend, texts

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("nodes")]


def connected(observer: NodeProcess, identity: str) -> bool:
    return any(
        p["identity"] == identity and p["state"] in ("syncing", "idle")
        for p in observer.ctl("status")
    )


def test_a_peer_dropping_after_its_notes_does_not_lock_out_its_reconnect(nodes) -> None:
    ann, ben = nodes("Ann"), nodes("Ben")
    befriend(ann, ben)
    ben_id = ben.identity
    ben.stop()
    wait_for(lambda: not connected(ann, ben_id))

    async def notes_then_drop() -> None:
        # What a crashing Ben looks like: the handshake, his NOTES, then the TCP line dies.
        connection = await connect(ann.port, Signer.of_profile(ben.profile))
        await connection.channel.send(encode(Notes(())))
        connection.drop()

    for _ in range(3):
        asyncio.run(notes_then_drop())
    wait_for(lambda: ann.log.read_text().count(f"({ben_id[:8]}) connected (incoming)") >= 3)
    wait_for(lambda: not connected(ann, ben_id))  # every one of those sessions ended

    ben.start()
    wait_for(lambda: connected(ann, ben_id) and connected(ben, ann.identity), timeout=60)
    ann.ctl("send", conversation=f"d:{ben_id}", text="are you back?")
    wait_for(lambda: "are you back?" in texts(ben, f"d:{ann.identity}"), timeout=60)
    ben.ctl("send", conversation=f"d:{ann.identity}", text="yes")
    wait_for(lambda: "yes" in texts(ann, f"d:{ben_id}"), timeout=60)
