"""Hostile peers against a real node: floods, garbage after the handshake, throwaway identities.

The node must cut each one off, penalise it (refusing it for a while), keep every per-peer
queue within its bound and its peer list small, and go on serving its friends.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from core.feeds import MAIN_FEED
from core.ids import PublicKey
from hutong.bench.nodes import NodeProcess, wait_for
from sync.replication.wire import BlobWant, Notes, Want, encode
from sync.transport import ChannelClosed, TransportError
from tests.integration.nodes.hostile import Signer, connect, send_until_cut
from tests.integration.nodes.test_nodes import befriend, texts

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("nodes")]
FLOOD = 200_000  # messages a flooder would send if never cut off (~17 MB of WANTs)


def rss_kib(node: NodeProcess) -> int:
    assert node.process is not None
    for line in Path(f"/proc/{node.process.pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def reason_for(node: NodeProcess, signer: Signer) -> str:
    for peer in node.ctl("status"):
        if peer["identity"] == signer.public_key.hex():
            return str(peer["reason"])
    return ""


def flood(node: NodeProcess, signer: Signer, message: Callable[[int], bytes]) -> int:
    async def attack() -> int:
        connection = await connect(node.port, signer)
        await connection.channel.send(encode(Notes(())))
        return await send_until_cut(connection, message, FLOOD)

    return asyncio.run(attack())


def refused_at_once(node: NodeProcess, signer: Signer) -> bool:
    """Whether the node ends a new connection from ``signer`` before saying anything."""

    async def attempt() -> bool:
        connection = await connect(node.port, signer)
        try:
            async with asyncio.timeout(30):
                await connection.channel.receive()  # a welcome peer gets our NOTES first
            return False
        except ChannelClosed:
            return True
        finally:
            connection.channel.close()

    return asyncio.run(attempt())


def test_floods_of_wants_are_cut_off_within_the_queue_bounds(nodes) -> None:
    ann, ben = nodes("Ann"), nodes("Ben")
    befriend(ann, ben)
    before = rss_kib(ann)

    wants = Signer()
    sent = flood(ann, wants, lambda n: encode(Want(PublicKey(os.urandom(32)), MAIN_FEED, 0)))
    assert sent < FLOOD, "the node never cut the flooder off"
    wait_for(lambda: "requests for feeds waiting" in reason_for(ann, wants))

    blob_wants = Signer()
    sent = flood(ann, blob_wants, lambda n: encode(BlobWant(os.urandom(32))))
    assert sent < FLOOD, "the node never cut the flooder off"
    wait_for(lambda: "blob requests waiting" in reason_for(ann, blob_wants))

    counters = ann.ctl("sync_counters")
    bounds = counters["bounds"]
    # A stranger is offered nothing, so its bound is the plain one.
    assert 0 < counters["peak_pending_wants"] <= bounds["pending_wants"]
    assert 0 < counters["peak_pending_blob_requests"] <= bounds["pending_blob_requests"]
    assert counters["penalised"] == 2
    grown_mib = (rss_kib(ann) - before) / 1024
    print(f"RSS before {before / 1024:.0f} MiB, growth over two floods {grown_mib:.1f} MiB")
    assert grown_mib < 64

    # Penalised: refused right after the handshake, while the friend goes on chatting.
    assert refused_at_once(ann, wants) and refused_at_once(ann, blob_wants)
    ann.ctl("send", conversation=f"d:{ben.identity}", text="still here")
    wait_for(lambda: "still here" in texts(ben, f"d:{ann.identity}"))


def test_garbage_after_the_handshake_is_penalised(nodes) -> None:
    ann = nodes("Ann")
    vandal = Signer()

    async def garbage() -> None:
        connection = await connect(ann.port, vandal)
        connection.send_garbage()  # a frame that cannot decrypt
        try:
            async with asyncio.timeout(30):
                while True:
                    await connection.channel.receive()
        except TransportError:
            pass

    asyncio.run(garbage())
    wait_for(lambda: "broke the protocol" in reason_for(ann, vandal))
    assert "misbehaved and is ignored for 60 s" in ann.log.read_text()
    assert refused_at_once(ann, vandal)


def test_throwaway_identities_do_not_grow_the_peer_list(nodes) -> None:
    ann, ben = nodes("Ann"), nodes("Ben")
    befriend(ann, ben)
    count = 300  # more than the node keeps (256)

    async def visit(signer: Signer) -> None:
        connection = await connect(ann.port, signer)
        await connection.channel.send(encode(Notes(())))
        await connection.channel.aclose()

    async def visits() -> None:
        for _ in range(count):
            await visit(Signer())

    asyncio.run(visits())
    wait_for(lambda: ann.log.read_text().count("connected (incoming)") >= count)
    wait_for(lambda: len(ann.ctl("status")) <= 256 + 1)  # the strangers it keeps, and Ben
    assert ann.ctl("sync_counters")["strangers"] <= 256
    # The friend is kept (its card brought its address) and still reachable.
    assert any(p["identity"] == ben.identity for p in ann.ctl("status"))
    ann.ctl("send", conversation=f"d:{ben.identity}", text="after the crowd")
    wait_for(lambda: "after the crowd" in texts(ben, f"d:{ann.identity}"))
