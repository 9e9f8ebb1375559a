"""The replication contract under faults: a hypothesis state machine over four real replicas.

Three honest authors write to their home replicas; one author forks (two branches written to
two replicas). Replicas pull from each other across random partitions, through a transport
that cuts batches short, shuffles, duplicates and replays. After healing and a few clean
rounds: every replica holds every honest author's whole chain (nothing lost, nothing extra,
nothing forged) and every replica has flagged the forking author.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlmodel import SQLModel

from core.crypto import SigningKeyPair
from core.feeds import MAIN_FEED, Event, Kind, RawEvent, sign_event
from core.replication import pull
from core.store import Database, EventRow, FeedRow, FeedStore, ForkProofRow

REPLICAS = 4
# Real SQLite files, but in memory when the system has a tmpfs: creating four databases per
# example and their commits cost fsyncs, which made most of this test's time (112 s under load).
_MEMORY_DISK = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
FEED_TABLES = SQLModel.metadata.__class__()
for _table in (FeedRow.__table__, EventRow.__table__, ForkProofRow.__table__):
    _table.to_metadata(FEED_TABLES)


class Author:
    def __init__(self, seed: int) -> None:
        self.keys = SigningKeyPair(bytes([seed]) * 32)
        self.chain: list[Event] = []

    def extend(self, count: int, base: list[Event], salt: bytes) -> list[Event]:
        made = []
        previous = base[-1] if base else None
        for _ in range(count):
            seq = previous.seq + 1 if previous else 1
            event = sign_event(
                self.keys,
                Kind.PUBLIC,
                MAIN_FEED,
                seq,
                previous.id if previous else None,
                seq,
                b"%s-%d" % (salt, seq),
            )
            made.append(event)
            previous = event
        return made


class ReplicationUnderFaults(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="hutong-contract-", dir=_MEMORY_DISK))
        self.stores: list[FeedStore] = []
        self.databases: list[Database] = []
        for index in range(REPLICAS):
            database = Database(self.folder / f"r{index}.db")
            database.create_schema(FEED_TABLES)
            self.databases.append(database)
            self.stores.append(FeedStore(database))
        self.honest = [Author(i + 1) for i in range(3)]
        self.forker = Author(99)
        self.prefix: list[Event] = []
        self.branches: list[list[Event]] = [[], []]
        self.side = [0] * REPLICAS  # partition: replicas talk only within a side
        self.rng = random.Random(0)

    def teardown(self) -> None:
        for store in self.stores:
            store.close()
        for database in self.databases:
            database.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- writing ---------------------------------------------------------------------------

    @rule(author=st.integers(0, 2), count=st.integers(1, 6))
    def honest_author_writes(self, author: int, count: int) -> None:
        writer = self.honest[author]
        fresh = writer.extend(count, writer.chain, b"honest")
        writer.chain.extend(fresh)
        report = self.stores[author].ingest([e.raw for e in fresh])
        assert len(report.new) == count

    @precondition(lambda self: not any(self.branches))
    @rule(count=st.integers(1, 3))
    def forker_writes_common_prefix(self, count: int) -> None:
        fresh = self.forker.extend(count, self.prefix, b"prefix")
        self.prefix.extend(fresh)
        for home in (0, 1):
            self.stores[home].ingest([e.raw for e in fresh])

    @rule(branch=st.integers(0, 1), count=st.integers(1, 3))
    def forker_writes_a_branch(self, branch: int, count: int) -> None:
        base = self.prefix + self.branches[branch]
        fresh = self.forker.extend(count, base, b"branch-%d" % branch)
        self.branches[branch].extend(fresh)
        self.stores[branch].ingest([e.raw for e in fresh])

    # -- network ---------------------------------------------------------------------------

    @rule(sides=st.lists(st.integers(0, 1), min_size=REPLICAS, max_size=REPLICAS))
    def partition(self, sides: list[int]) -> None:
        self.side = sides

    @rule()
    def heal(self) -> None:
        self.side = [0] * REPLICAS

    @rule(
        receiver=st.integers(0, REPLICAS - 1),
        source=st.integers(0, REPLICAS - 1),
        cut=st.one_of(st.none(), st.integers(0, 4)),
        duplicate=st.booleans(),
        replay=st.booleans(),
        shuffle=st.booleans(),
    )
    def sync_pair(
        self,
        receiver: int,
        source: int,
        cut: int | None,
        duplicate: bool,
        replay: bool,
        shuffle: bool,
    ) -> None:
        if receiver == source or self.side[receiver] != self.side[source]:
            return
        seen: list[RawEvent] = []

        def transport(batch: Sequence[RawEvent]) -> Sequence[RawEvent]:
            out = list(batch)
            if cut is not None:
                out = out[:cut]
            if duplicate:
                out = out + out[: len(out) // 2 + 1]
            if replay and seen:
                out = out + self.rng.sample(seen, min(3, len(seen)))
            if shuffle:
                self.rng.shuffle(out)
            seen.extend(batch)
            return out

        pull(
            self.stores[receiver],
            self.stores[source],
            batch=self.rng.choice([1, 3, 50]),
            transport=transport,
        )

    # -- properties ------------------------------------------------------------------------

    @invariant()
    def replicas_hold_only_true_prefixes_of_honest_chains(self) -> None:
        for store in self.stores:
            for author in self.honest:
                held = store.events_since(author.keys.public_key, MAIN_FEED, 0, 10_000)
                truth = [e.raw.header for e in author.chain[: len(held)]]
                assert [r.header for r in held] == truth

    def _forked(self) -> bool:
        return bool(self.branches[0]) and bool(self.branches[1])

    def _converge(self) -> None:
        self.side = [0] * REPLICAS
        for _ in range(12):
            before = [
                (sorted((n.author, n.seq) for n in s.notes()), len(s.forked_feeds()))
                for s in self.stores
            ]
            for target in range(REPLICAS):
                for source in range(REPLICAS):
                    if target != source:
                        pull(self.stores[target], self.stores[source])
            after = [
                (sorted((n.author, n.seq) for n in s.notes()), len(s.forked_feeds()))
                for s in self.stores
            ]
            if before == after:
                return

    @invariant()
    def only_the_forking_author_is_ever_flagged(self) -> None:
        for store in self.stores:
            assert store.forked_feeds() <= {(self.forker.keys.public_key, MAIN_FEED)}

    def check_final_state(self) -> None:
        self._converge()
        for store in self.stores:
            for author in self.honest:
                held = store.events_since(author.keys.public_key, MAIN_FEED, 0, 10_000)
                assert [r.header for r in held] == [e.raw.header for e in author.chain]
            forked = store.forked_feeds()
            if self._forked():
                assert forked == {(self.forker.keys.public_key, MAIN_FEED)}
            else:
                assert forked == set()


class ConvergingMachine(ReplicationUnderFaults):
    def teardown(self) -> None:
        try:
            self.check_final_state()
        finally:
            super().teardown()


# Full strength in every run (make test, CI): about 12 s here. HUTONG_CONTRACT_EXAMPLES=3000
# searches harder, e.g. after a change to ingest or replication.
ConvergingMachine.TestCase.settings = settings(
    max_examples=int(os.environ.get("HUTONG_CONTRACT_EXAMPLES", "300")),
    stateful_step_count=12,
    deadline=None,
)
TestReplicationContract = pytest.mark.slow(ConvergingMachine.TestCase)
