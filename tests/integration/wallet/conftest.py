"""Wallet members as real profiles in one process, sharing feeds as sync would.

``exchange`` runs the replication algorithm (``core.replication.pull``) between every pair,
through each side's :class:`PeerReplica`: a peer is served only what the features'
entitlements give it, and keeps only what they say it keeps. ``ManualClock`` is everyone's
clock, so expiry is by the clearer's clock, moved by the test.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import pytest

from core.clock import ManualClock
from core.facade import Core
from core.feeds import ForkProof, Note, RawEvent
from core.ids import FeedId, PublicKey
from core.peer_replica import PeerReplica
from core.replication import pull
from core.store import IngestReport
from core.wallet import CurrencyId
from core.wallet.views import CurrencyView
from tests.integration.sync.conftest import make_peer  # noqa: F401 - the peers' fixture
from tests.support.profiles import open_core

PIN = "246810"
MakeCore = Callable[..., Core]


class _Serving:
    """``core`` as the source of a pull by ``peer``: only what ``peer`` may have."""

    def __init__(self, replica: PeerReplica, peer: PublicKey) -> None:
        self._replica, self._peer = replica, peer

    def notes(self) -> list[Note]:
        return self._replica.notes_for(self._peer)

    def events_since(
        self, author: PublicKey, feed_id: FeedId, after_seq: int, limit: int = 1000
    ) -> list[RawEvent]:
        return self._replica.events_for(self._peer, author, feed_id, after_seq, limit)

    def fork_proofs(self) -> list[ForkProof]:
        return self._replica.fork_proofs_for(self._peer)

    def ingest(self, raws: Sequence[RawEvent]) -> IngestReport:  # pragma: no cover - source only
        raise AssertionError("a source does not ingest")

    def ingest_fork_proof(self, proof: ForkProof) -> bool:  # pragma: no cover - source only
        raise AssertionError("a source does not ingest")


class _Receiving:
    """``core`` as the target of a pull from ``peer``: keeps what its policy keeps."""

    def __init__(self, core: Core, replica: PeerReplica, peer: PublicKey) -> None:
        self._core, self._replica, self._peer = core, replica, peer

    def notes(self) -> list[Note]:
        return self._core.feeds.notes()

    def events_since(
        self, author: PublicKey, feed_id: FeedId, after_seq: int, limit: int = 1000
    ) -> list[RawEvent]:  # pragma: no cover - target only
        raise AssertionError("a target does not serve")

    def fork_proofs(self) -> list[ForkProof]:  # pragma: no cover - target only
        raise AssertionError("a target does not serve")

    def ingest(self, raws: Sequence[RawEvent]) -> IngestReport:
        self._replica.ingest_from(self._peer, raws)
        assert self._core.wait_folded()
        return IngestReport(new=(), duplicates=0, gaps=(), forks=(), frozen=0)

    def ingest_fork_proof(self, proof: ForkProof) -> bool:
        return self._replica.ingest_fork_proof(proof)


class Network:
    """Everyone's replicas, made once (each subscribes to its core's changes)."""

    def __init__(self) -> None:
        self.replicas: dict[int, PeerReplica] = {}  # by core (clones share an identity)

    def replica(self, core: Core) -> PeerReplica:
        if id(core) not in self.replicas:
            self.replicas[id(core)] = PeerReplica(core)
        return self.replicas[id(core)]

    def pull(self, target: Core, source: Core) -> None:
        pull(
            _Receiving(target, self.replica(target), source.me),
            _Serving(self.replica(source), target.me),
        )

    def exchange(self, cores: Iterable[Core], rounds: int = 3) -> None:
        """Every pair pulls from each other, ``rounds`` times (clearing happens on ingest)."""
        members = list(cores)
        for _ in range(rounds):
            for target in members:
                for source in members:
                    if target is not source:
                        self.pull(target, source)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def network() -> Network:
    return Network()


@pytest.fixture
def make_core(tmp_path: Path, clock: ManualClock) -> Iterator[MakeCore]:
    opened: list[Core] = []

    def make(name: str, *, folder: Path | None = None, pin: bool = True) -> Core:
        core = open_core(folder or tmp_path / name, name, clock)
        for index, earlier in enumerate(opened):
            if earlier.profile == core.profile:
                opened.pop(index)  # reopened: the test closed the earlier one
        opened.append(core)
        if pin and not core.wallet.has_pin():
            core.wallet.set_pin(PIN)
        return core

    yield make
    for core in opened:
        core.close()


def clone(make_core: MakeCore, core: Core, name: str) -> tuple[Core, Core]:
    """``core`` and a second device with its key and history (a copied profile folder)."""
    folder = core.profile
    core.close()
    twin = folder.parent / name
    shutil.copytree(folder, twin, ignore=shutil.ignore_patterns("*.lock", "lock"))
    return make_core(folder.name, folder=folder), make_core(name, folder=twin)


def befriend(network: Network, a: Core, b: Core) -> None:
    """Friends both ways, their cards and main feeds exchanged as sync would."""
    a.contacts.add_from_card(b.card().to_text(), "hello")
    network.exchange([a, b], rounds=1)
    b.contacts.accept(a.me)
    network.exchange([a, b], rounds=1)


def view(core: Core, currency: CurrencyId) -> CurrencyView:
    """``core``'s view of a currency it knows."""
    seen = core.wallet.currency(currency)
    assert seen is not None
    return seen


def balances(cores: Iterable[Core], currency: CurrencyId) -> list[int]:
    return [view(core, currency).balance for core in cores]
