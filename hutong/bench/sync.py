"""Sync figures: catch-up throughput, live latency, and fan-out to 20 peers on a LAN.

- **catch-up**: 100,000 events of one author's feed, A → B over real Noise/TCP on loopback,
  into a real Core (verify, chain, store, fold). The limit beside it is the bare floor of
  the same events measured in the same run (one signature per chained run + plain insert,
  see bench/ingest.py); it has no Noise decryption and no fold, which catch-up has, so the
  target is absolute (≥ 25,000 events/s). The old per-event floor (every signature checked)
  is printed beside it.
- **live latency**: A (a ``hutong node`` process, told through its control socket) sends a
  1:1 message; the time until B's Core (in this process) announces it as a new message in
  the conversation, p50 and p99 of 300 pings after 10 warm-ups.
- **fan-out**: one group message from a hub to 20 members, each a ``hutong node`` process in
  its own network namespace on one bridge; the time until the last member has it. Needs root
  (network namespaces); skipped with the reason otherwise.
"""

from __future__ import annotations

import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from core.changes import Change, ConversationChanged, FeedAppended
from core.chat import direct_conversation
from core.clock import SystemClock
from core.facade import Core
from core.feeds import MAIN_FEED, Kind, RawEvent, sign_event
from core.local_replica import LocalReplica
from core.peer_replica import PeerReplica
from core.replication import pull
from hutong.bench.ingest import raw_limit
from hutong.bench.netlab import NetLab, lab_unavailable_reason
from hutong.bench.nodes import NodeProcess
from hutong.bench.report import Figure, Report
from sync import SyncService


def befriend(a: Core, b: Core) -> None:
    a.contacts.add_card(b.card(), "bench")
    pull(LocalReplica(b), LocalReplica(a))
    b.contacts.accept(a.me)
    pull(LocalReplica(a), LocalReplica(b))


def _load(core: Core, count: int) -> list[RawEvent]:
    """``count`` more events in ``core``'s main feed (public bodies no fold acts on)."""
    note = core.feeds.note(core.me, MAIN_FEED)
    assert note is not None
    previous, seq = note.head_id, note.seq
    made = []
    for _ in range(count):
        seq += 1
        body = b'{"t":"load.test","pad":"' + b"x" * 120 + b'"}'
        event = sign_event(
            core.keys.signing, Kind.PUBLIC, MAIN_FEED, seq, previous, 1_800_000_000_000 + seq, body
        )
        previous = event.id
        made.append(event.raw)
    for start in range(0, len(made), 5000):
        core.feeds.ingest(made[start : start + 5000])
    return made


def _wait(condition: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.002)
    raise TimeoutError("benchmark condition not met")


def catch_up(report: Report, events: int) -> None:
    """A is a separate ``hutong node`` process (as on another machine); B is measured here."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with (
            Core.open(root / "a", name="A", clock=SystemClock()) as a,
            Core.open(root / "b", name="B", clock=SystemClock()) as b,
        ):
            befriend(a, b)
            print(f"sync: signing {events:,} events…", flush=True)
            load = _load(a, events)
            target = a.feeds.note(a.me, MAIN_FEED)
            author = a.me
        assert target is not None
        limit = raw_limit(load, root)
        floor = raw_limit(load, root, every_signature=True)
        node = NodeProcess(root / "a", "A")
        node.start()
        b = Core.open(root / "b", clock=SystemClock())
        sb = SyncService(
            PeerReplica(b), host="127.0.0.1", discovery=False, on_event=lambda line: None
        )
        sb.start()
        # Told by B's own change records, not by polling its store (which would cost B time).
        done = threading.Event()

        def appended(changes: Sequence[Change]) -> None:
            for change in changes:
                if (
                    isinstance(change, FeedAppended)
                    and change.author == author
                    and change.head_seq >= target.seq
                ):
                    done.set()

        unsubscribe = b.subscribe(appended)
        try:
            started = time.perf_counter()
            sb.add_peer_address("127.0.0.1", node.port)
            if not done.wait(600):
                raise TimeoutError("catch-up did not finish")
            rate = events / (time.perf_counter() - started)
        finally:
            unsubscribe()
            sb.stop()
            b.close()
            node.stop()
        report.add(
            Figure(
                "sync catch-up A→B (Noise/TCP, loopback)",
                rate,
                "events/s",
                "≥ 25,000 events/s",
                rate >= 25_000,
                limit=limit,
                note=f"limit: one signature per run + bare insert, no Noise, no fold;"
                f" per-event floor {floor:,.0f}/s ({rate / floor:.2f}× it)",
            )
        )


def live_latency(report: Report, pings: int) -> None:
    """A is a ``hutong node`` process told to send through its control socket; B is here.

    Two processes, as two machines are: in one process the two peers' work would queue on
    one interpreter lock. The control socket's round trip is counted in the latency.
    """
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with (
            Core.open(root / "a", name="A", clock=SystemClock()) as a,
            Core.open(root / "b", name="B", clock=SystemClock()) as b,
        ):
            befriend(a, b)
            author, reader = a.me, b.me
        node = NodeProcess(root / "a", "A")
        node.start()
        b = Core.open(root / "b", clock=SystemClock())
        sb = SyncService(
            PeerReplica(b), host="127.0.0.1", discovery=False, on_event=lambda line: None
        )
        sb.start()
        try:
            sb.add_peer_address("127.0.0.1", node.port)
            _wait(lambda: sb.status().connected, 30)
            to_reader = direct_conversation(reader)
            _latency(
                report,
                lambda text: node.ctl("send", conversation=to_reader, text=text),
                direct_conversation(author),
                b,
                pings,
            )
        finally:
            sb.stop()
            b.close()
            node.stop()


def _latency(
    report: Report, send: Callable[[str], object], conversation: str, b: Core, pings: int
) -> None:
    arrived = threading.Event()
    stamp: list[float] = []

    def listener(changes: Sequence[Change]) -> None:
        for change in changes:
            if (
                isinstance(change, ConversationChanged)
                and change.conversation_id == conversation
                and change.new_messages
            ):
                stamp.append(time.perf_counter())
                arrived.set()

    unsubscribe = b.subscribe(listener)
    samples = []
    try:
        for index in range(pings + 10):
            arrived.clear()
            stamp.clear()
            sent = time.perf_counter()
            send(f"ping {index}")
            if not arrived.wait(5):
                raise TimeoutError("a live message did not arrive")
            if index >= 10:  # the first few warm caches and connections
                samples.append((stamp[0] - sent) * 1000)
            time.sleep(0.005)
    finally:
        unsubscribe()
    samples.sort()
    p50 = statistics.median(samples)
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    note = "two processes; includes the control socket's round trip"
    report.add(Figure("live latency A→B p50", p50, "ms", "< 5 ms", p50 < 5, note=note))
    report.add(Figure("live latency A→B p99", p99, "ms", "< 20 ms", p99 < 20, note=note))


def fan_out(report: Report, members: int) -> None:
    reason = lab_unavailable_reason()
    if reason:
        print(f"fan-out to {members} peers: skipped ({reason})", flush=True)
        return
    lab = NetLab(members + 1).up()
    folder = Path(tempfile.mkdtemp(prefix="hutong-fanout-"))
    nodes = [
        NodeProcess(
            folder / f"n{i}",
            f"Peer {i}" if i else "Hub",
            wrapper=lab.wrapper(i),
            host="0.0.0.0",
            discovery=True,
        )
        for i in range(members + 1)
    ]
    try:
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda n: n.start(port=7733), nodes))
        hub, peers = nodes[0], nodes[1:]
        hub_id = hub.identity
        for peer in peers:
            hub.ctl("add_contact", card=peer.ctl("card"))
        for peer in peers:
            _wait(lambda peer=peer: hub_id in peer.ctl("requests"), 60)
            peer.ctl("accept", identity=hub_id)
        ids = [peer.identity for peer in peers]
        group = hub.ctl("create_group", name="Fan-out", members=ids)
        for peer in peers:
            _wait(lambda peer=peer: peer.ctl("messages", conversation=group), 60)
        time.sleep(1.0)
        text = f"to all {time.time()}"
        with ThreadPoolExecutor(len(peers)) as pool:
            waits = [
                pool.submit(peer.ctl, "wait_message", conversation=group, text=text, timeout=30)
                for peer in peers
            ]
            time.sleep(0.3)
            sent_ms = time.time() * 1000
            hub.ctl("send", conversation=group, text=text)
            arrivals = [w.result() for w in waits]
        missing = sum(1 for a in arrivals if a is None)
        slowest = max((a or sent_ms + 30_000) for a in arrivals) - sent_ms
        report.add(
            Figure(
                f"group message fan-out to {members} peers (netns LAN, slowest)",
                slowest,
                "ms",
                "all within 1,000 ms",
                missing == 0 and slowest <= 1000,
                note=f"{members - missing}/{members} arrived",
            )
        )
    finally:
        for node in nodes:
            if node.process is not None:
                node.stop()
        lab.down()


def bench_sync(report: Report, quick: bool = False) -> None:
    from hutong.bench.discovery import discovery_figure

    catch_up(report, 20_000 if quick else 100_000)
    live_latency(report, 50 if quick else 300)
    discovery_figure(report)
    fan_out(report, 5 if quick else 20)
