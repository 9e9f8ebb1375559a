"""Three real node processes: befriend, chat, group, a 50 MB blob, and kill -9 mid catch-up."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from core.clock import SystemClock
from core.facade import Core
from core.feeds import MAIN_FEED, Kind, sign_event
from hutong.bench.nodes import NodeProcess, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("nodes")]


def befriend(a: NodeProcess, b: NodeProcess) -> None:
    a.ctl("add_contact", card=b.ctl("card"), message=f"{a.name} here")
    wait_for(lambda: a.identity in b.ctl("requests"))
    b.ctl("accept", identity=a.identity)
    wait_for(
        lambda: any(
            c["identity"] == b.identity and c["state"] == "friend" for c in a.ctl("contacts")
        )
    )


def texts(node: NodeProcess, conversation: str) -> list[str]:
    return [
        m["text"] for m in node.ctl("messages", conversation=conversation) if m["system"] is None
    ]


def feed_seq(node: NodeProcess, author: str) -> int:
    for note in node.ctl("feeds"):
        if note["author"] == author and note["feed"] == MAIN_FEED.hex():
            return int(note["seq"])
    return 0


def test_three_nodes_chat_share_a_blob_and_survive_kill_9(nodes, tmp_path: Path) -> None:
    a, b, c = nodes("Ann"), nodes("Ben"), nodes("Cai")
    befriend(a, b)
    befriend(a, c)
    befriend(b, c)
    ids = {n.name: n.identity for n in (a, b, c)}

    # 1:1
    a.ctl("send", conversation=f"d:{ids['Ben']}", text="hello Ben")
    wait_for(lambda: texts(b, f"d:{ids['Ann']}") == ["hello Ben"])

    # group
    group = a.ctl("create_group", name="ABC", members=[ids["Ben"], ids["Cai"]])
    wait_for(
        lambda: b.ctl("messages", conversation=group) and c.ctl("messages", conversation=group)
    )
    c.ctl("send", conversation=group, text="hi all from Cai")
    wait_for(
        lambda: texts(a, group) == ["hi all from Cai"] and texts(b, group) == ["hi all from Cai"]
    )

    # a 50 MB blob
    payload = tmp_path / "video.bin"
    with payload.open("wb") as out:
        for _ in range(50):
            out.write(os.urandom(1024 * 1024))
    digest = hashlib.sha256(payload.read_bytes()).hexdigest()
    event_id = a.ctl("send", conversation=f"d:{ids['Ben']}", text="the video", file=str(payload))

    def video_arrived() -> bool:
        found = [
            m
            for m in b.ctl("messages", conversation=f"d:{ids['Ann']}")
            if m["event_id"] == event_id
        ]
        return bool(found) and found[0]["files"][0]["here"]

    wait_for(video_arrived, timeout=120)
    saved = tmp_path / "saved.bin"
    assert b.ctl("save_file", event_id=event_id, path=str(saved)) == 50 * 1024 * 1024
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == digest

    # kill -9 in the middle of a catch-up of 20,000 events
    c.stop()
    a.stop()
    total = append_offline(a.profile, 20_000)
    a.start()
    c.start()
    wait_for(lambda: feed_seq(c, ids["Ann"]) > 200, timeout=60)
    caught = feed_seq(c, ids["Ann"])
    c.kill()
    assert caught < total, "catch-up finished before the kill: make it longer"
    c.start()
    wait_for(lambda: feed_seq(c, ids["Ann"]) == total, timeout=120)
    ann_on_a = next(
        n for n in a.ctl("feeds") if n["author"] == ids["Ann"] and n["feed"] == MAIN_FEED.hex()
    )
    ann_on_c = next(
        n for n in c.ctl("feeds") if n["author"] == ids["Ann"] and n["feed"] == MAIN_FEED.hex()
    )
    assert ann_on_c == ann_on_a  # same length and same head: the same chain, nothing lost
    assert texts(c, group) == ["hi all from Cai"]  # nothing duplicated
    assert a.stop() == 0 and b.stop() == 0 and c.stop() == 0


def append_offline(profile: Path, count: int) -> int:
    """Add ``count`` events to a stopped node's main feed (unknown public bodies, in bulk)."""
    with Core.open(profile, clock=SystemClock()) as core:
        note = core.feeds.note(core.me, MAIN_FEED)
        assert note is not None
        previous, seq = note.head_id, note.seq
        batch = []
        for _ in range(count):
            seq += 1
            event = sign_event(
                core.keys.signing,
                Kind.PUBLIC,
                MAIN_FEED,
                seq,
                previous,
                1_800_000_000_000 + seq,
                b'{"t":"load.test"}',
            )
            previous = event.id
            batch.append(event.raw)
        for start in range(0, len(batch), 5000):
            core.feeds.ingest(batch[start : start + 5000])
        return seq
