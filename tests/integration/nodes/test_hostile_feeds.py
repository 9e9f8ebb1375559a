"""A stranger pushing valid data a real node never asked for: a 600-event feed in one batch,
feeds nobody keeps, 10,000 fork proofs (issue 9, items 4 and 5).

The node keeps the stranger's own main feed up to 200 events (so a friend request can
arrive), nothing else of what was pushed, and no proof about feeds it neither holds nor keeps.
"""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from core.crypto import SigningKeyPair
from core.feeds import MAIN_FEED, Event, ForkProof, Kind, RawEvent, feed_id_for, sign_event
from core.ids import FeedId, PublicKey
from core.peer_replica import STRANGER_FEED_LIMIT
from hutong.bench.nodes import NodeProcess
from sync.replication.wire import CaughtUp, Events, ForkProofs, Notes, Want, decode, encode
from tests.integration.nodes.hostile import Signer, connect

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("nodes")]
TIME = 1_700_000_000_000


def _chain(keys: SigningKeyPair, feed: FeedId, length: int) -> list[Event]:
    events: list[Event] = []
    for seq in range(1, length + 1):
        previous = events[-1].id if events else None
        events.append(sign_event(keys, Kind.PUBLIC, feed, seq, previous, TIME + seq, b"{}"))
    return events


def _proof() -> ForkProof:
    keys = SigningKeyPair.generate()  # a throwaway author, a throwaway feed: a valid proof
    first, second = (
        sign_event(keys, Kind.PUBLIC, MAIN_FEED, 1, None, TIME, payload)
        for payload in (b'{"a":1}', b'{"a":2}')
    )
    return ForkProof(
        RawEvent(first.raw.header, first.raw.signature, None),
        RawEvent(second.raw.header, second.raw.signature, None),
    )


def _stored(node: NodeProcess, query: str) -> int:
    """Read the node's database alongside it (read-only, WAL)."""
    database = sqlite3.connect(f"file:{node.profile / 'hutong.db'}?mode=ro", uri=True)
    try:
        return int(database.execute(query).fetchone()[0])
    finally:
        database.close()


def test_a_stranger_cannot_push_more_than_its_capped_feed_or_any_proof(nodes) -> None:
    ann = nodes("Ann")
    mallory = Signer()
    me = PublicKey(mallory.public_key)
    own = _chain(mallory.keys, MAIN_FEED, 3 * STRANGER_FEED_LIMIT)
    other_topic = _chain(mallory.keys, feed_id_for("junk/topic"), 20)
    relayed = _chain(SigningKeyPair.generate(), MAIN_FEED, 20)  # a third party's feed
    proofs = [_proof() for _ in range(10_000)]

    async def attack() -> tuple[list[int], int]:
        connection = await connect(ann.port, mallory)
        channel = connection.channel
        await channel.send(encode(Notes(())))
        # One batch, never asked for: the old rule kept all of it (decided by its first event).
        batch = [e.raw for e in other_topic + relayed + own]
        await channel.send(encode(Events(tuple(batch))))
        receipts: list[int] = []
        while not receipts:  # the node answers an ingested batch with notes of what it kept
            message = decode(await channel.receive())
            if isinstance(message, Notes):
                receipts = [n.seq for n in message.notes]
        for start in range(0, len(proofs), 1000):
            await channel.send(encode(ForkProofs(tuple(proofs[start : start + 1000]))))
        # Proofs are taken in order before the next message: our own feed's CAUGHT_UP
        # answers this WANT once all of them are through.
        await channel.send(encode(Want(me, MAIN_FEED, 0)))
        caught_up = -1
        while caught_up < 0:
            message = decode(await channel.receive())
            if isinstance(message, CaughtUp) and message.author == me:
                caught_up = message.seq
        channel.close()
        return receipts, caught_up

    receipts, caught_up = asyncio.run(attack())
    assert receipts == [STRANGER_FEED_LIMIT] and caught_up == STRANGER_FEED_LIMIT
    kept = {(f["author"], f["feed"]): f["seq"] for f in ann.ctl("feeds")}
    assert kept.pop((me.hex(), MAIN_FEED.hex())) == STRANGER_FEED_LIMIT
    assert all(author == ann.identity for author, _ in kept)  # nothing else of Mallory's
    assert _stored(ann, "SELECT COUNT(*) FROM fork_proof") == 0
    assert _stored(ann, "SELECT COUNT(*) FROM event") < STRANGER_FEED_LIMIT + 10
