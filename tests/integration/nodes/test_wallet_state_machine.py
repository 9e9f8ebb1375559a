"""The wallet as a state machine over real node processes: a clearer and four member replicas.

Members pay each other (at once, or held until the payee accepts or declines), while nodes
are partitioned (SIGSTOP: frozen, their sessions stall, then resume) and killed (kill -9, then
started again: sessions reconnect and peers send again what was in flight, so events arrive
twice). After every step, every running node's clearing feed, folded afresh
(``wallet_ledger``), conserves money and equals the clearer's own at the same position; at
the end of each example every node converges to the clearer's view and nothing stays pending.

Node processes are slow, so the cluster is started once and each example runs in a fresh
currency. ``EXAMPLES`` (10) examples of up to ``STEPS`` steps take about a minute on a loaded
two-core machine (30 took two minutes; ``HUTONG_WALLET_NODE_EXAMPLES`` runs more); the 300-example run of the same model with four replicas,
duplicates, replays and restarts is the in-memory one
(tests/unit/core/wallet/test_model_state_machine.py), and replays of intents at a real clearer
are in test_wallet_interleavings.py.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from core.ids import PublicKey
from core.wallet import ReceiveCode
from core.wallet.values import CurrencyId
from hutong.bench.nodes import NodeProcess, wait_for
from tests.integration.nodes.wallet_world import (
    PIN,
    befriend,
    fund,
    issue,
    join,
    ledger,
    view,
    wait_view,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("nodes")]
EXAMPLES = int(os.environ.get("HUTONG_WALLET_NODE_EXAMPLES", "10"))  # more: set it higher
STEPS = 8
MEMBERS = ("Ann", "Ben", "Cai", "Dan")
member = st.sampled_from(MEMBERS)


class Cluster:
    """The clearer and the members, started once for every example."""

    def __init__(self, root: Path) -> None:
        self.issuer = NodeProcess(root / "Issuer", "Issuer")
        self.members = {name: NodeProcess(root / name, name) for name in MEMBERS}
        self.frozen: set[str] = set()
        self.identity: dict[str, PublicKey] = {}

    @property
    def all(self) -> list[NodeProcess]:
        return [self.issuer, *self.members.values()]

    def start(self) -> None:
        for node in self.all:
            node.start()
        self.identity = {n.name: PublicKey(bytes.fromhex(n.identity)) for n in self.all}
        names = list(self.members.values())
        for index, node in enumerate(names):
            befriend(node, self.issuer)
            for other in names[index + 1 :]:
                befriend(node, other)

    def running(self, node: NodeProcess) -> bool:
        return node.process is not None and node.name not in self.frozen

    def thaw_and_restart(self) -> None:
        for node in self.all:
            if node.name in self.frozen:
                assert node.process is not None
                os.kill(node.process.pid, signal.SIGCONT)
            elif node.process is None:
                node.start()
        self.frozen.clear()

    def stop(self) -> None:
        self.thaw_and_restart()
        for node in self.all:
            if node.process is not None:
                node.stop()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    nodes = Cluster(tmp_path_factory.mktemp("wallet-cluster"))
    try:
        nodes.start()
        yield nodes
    finally:
        nodes.stop()


class WalletNodes(RuleBasedStateMachine):
    cluster: Cluster  # set by the test before the run

    def __init__(self) -> None:
        super().__init__()
        self.currency = ""
        self._currency_id = CurrencyId(b"")
        self.held: list[tuple[str, str]] = []  # (transfer, payee)

    @initialize(amounts=st.lists(st.integers(1, 300), min_size=4, max_size=4))
    def fresh_currency(self, amounts: list[int]) -> None:
        nodes = self.cluster
        nodes.thaw_and_restart()
        self.currency = issue(nodes.issuer, initial=10_000)
        self._currency_id = CurrencyId(bytes.fromhex(self.currency))
        for node, amount in zip(nodes.members.values(), amounts, strict=True):
            join(node, self.currency)
            fund(nodes.issuer, node, self.currency, amount)

    def _node(self, name: str) -> NodeProcess | None:
        node = self.cluster.members[name]
        return node if self.cluster.running(node) else None

    @rule(payer=member, payee=member, amount=st.integers(1, 250), hold=st.booleans())
    def pay(self, payer: str, payee: str, amount: int, hold: bool) -> None:
        source, target_id = self._node(payer), self.cluster.identity[payee]
        if source is None or payer == payee:
            return
        try:
            if hold:
                transfer = source.ctl(
                    "wallet_transfer", currency=self.currency, payee=target_id.hex(),
                    amount=amount, pin=PIN,
                )  # fmt: skip
                self.held.append((transfer, payee))
            else:
                # A receive code is unsigned text: built here, as the payee may be frozen.
                code = ReceiveCode(self._currency_id, self.cluster.identity[payee], amount)
                source.ctl("wallet_pay", code=code.to_text(), pin=PIN)
        except RuntimeError as exc:
            # Refused before signing: not enough money available (pending counts).
            assert "not enough money" in str(exc), exc

    @precondition(lambda self: self.held)
    @rule(pick=st.integers(0, 10**6), accept=st.booleans())
    def answer(self, pick: int, accept: bool) -> None:
        transfer, payee = self.held[pick % len(self.held)]
        node = self._node(payee)
        if node is None:
            return
        try:
            node.ctl(
                "wallet_accept" if accept else "wallet_decline",
                currency=self.currency,
                transfer=transfer,
            )
        except RuntimeError as exc:
            # Not held (yet, or any more): not cleared here yet, or settled already.
            assert "not waiting for an answer" in str(exc), exc

    @rule(name=st.sampled_from(("Issuer", *MEMBERS)))
    def partition(self, name: str) -> None:
        """Freeze a node (SIGSTOP): its peers' sessions stall; the next heal resumes it."""
        node = self._any(name)
        if node.process is None or name in self.cluster.frozen:
            return
        os.kill(node.process.pid, signal.SIGSTOP)
        self.cluster.frozen.add(name)

    @rule()
    def heal(self) -> None:
        self.cluster.thaw_and_restart()

    @rule(name=st.sampled_from(("Issuer", *MEMBERS)))
    def kill_9(self, name: str) -> None:
        """kill -9 (a frozen node too), then start it again on the same port."""
        node = self._any(name)
        if node.process is None:
            return
        if name in self.cluster.frozen:
            self.cluster.frozen.discard(name)
        node.kill()
        node.start()

    def _any(self, name: str) -> NodeProcess:
        return self.cluster.issuer if name == "Issuer" else self.cluster.members[name]

    @invariant()
    def every_running_replica_conserves_and_is_a_prefix_of_the_clearer(self) -> None:
        if not self.currency:
            return
        issuer = self.cluster.issuer
        replicas = {
            node.name: ledger(node, self.currency)
            for node in self.cluster.all
            if self.cluster.running(node)
        }
        for name, books in replicas.items():
            assert books["conserved"] and books["frozen"] is None, (name, books)
        if not self.cluster.running(issuer):
            return
        clearer = ledger(issuer, self.currency)  # read last: it only ever grows
        for name, books in replicas.items():
            assert books["position"] <= clearer["position"], name
            at = issuer.ctl("wallet_ledger", currency=self.currency, upto=books["position"])
            assert books["state"] == at["state"], name

    def teardown(self) -> None:
        if not self.currency:
            return
        nodes = self.cluster
        nodes.thaw_and_restart()
        issuer = nodes.issuer
        # Converged: every payment decided, every replica at the clearer's state.
        for node in nodes.members.values():
            wait_view(node, self.currency, pending_out=0)

        def converged() -> bool:
            target = ledger(issuer, self.currency)["state"]
            return all(ledger(n, self.currency)["state"] == target for n in nodes.all)

        try:
            wait_for(converged, timeout=120)
        except AssertionError:
            positions = {n.name: ledger(n, self.currency)["position"] for n in nodes.all}
            raise AssertionError(f"not converged: positions {positions}") from None
        for node in nodes.all:
            books = ledger(node, self.currency)
            assert books["conserved"] and books["frozen"] is None, node.name
            mine = view(node, self.currency)
            assert mine["balance"] == books["balances"].get(node.identity, 0), node.name


def test_wallet_state_machine_over_node_processes(cluster: Cluster) -> None:
    WalletNodes.cluster = cluster
    run = WalletNodes.TestCase
    run.settings = settings(
        max_examples=EXAMPLES,
        stateful_step_count=STEPS,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        # No shrinking: each step is real processes, and a shrunk run cannot replay the
        # timing of the failing one anyway; the failing steps are printed as found.
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
    )
    run().runTest()
