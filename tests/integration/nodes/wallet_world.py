"""Wallet helpers for tests over real ``hutong node`` processes, driven by control sockets.

Every wait is on a condition the node answers (``wait_wallet`` blocks in the node until its
view matches), with generous timeouts: a loaded machine is slow, never wrong.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Sequence
from typing import Any

from core.facade import Core
from core.local_replica import LocalReplica
from core.replication import pull
from hutong.bench.nodes import NodeProcess, wait_for
from tests.integration.nodes.test_nodes import befriend

PIN = "135790"
WAIT_S = 120.0

__all__ = [
    "PIN",
    "befriend",
    "befriend_all",
    "clone_profile",
    "currency_among",
    "fork_proof_authors",
    "fund",
    "issue",
    "join",
    "ledger",
    "link",
    "sync_cores",
    "view",
    "wait_transfer",
    "wait_view",
]


def link(a: NodeProcess, b: NodeProcess) -> None:
    """Dial ``b`` from ``a`` (a session between them, as mDNS would start on a LAN)."""
    a.ctl("add_peer", host="127.0.0.1", port=b.port)


def befriend_all(hub: NodeProcess, others: Iterable[NodeProcess]) -> None:
    for other in others:
        befriend(other, hub)


def issue(
    issuer: NodeProcess, initial: int = 0, cap: int | None = None, symbol: str = "MEAL"
) -> str:
    ensure_pin(issuer)
    return str(
        issuer.ctl(
            "wallet_issue", name="Meal credits", symbol=symbol, digits=2, cap=cap,
            initial=initial, pin=PIN,
        )
    )  # fmt: skip


def join(member: NodeProcess, currency: str) -> None:
    """``member`` learns of the currency from a friend and holds it; it can pay from then on."""
    wait_for(lambda: member.ctl("wallet_currency", currency=currency), timeout=WAIT_S)
    member.ctl("wallet_join", currency=currency)
    if not member.ctl("wallet_currency", currency=currency)["joined"]:
        raise AssertionError(f"{member.name} did not join")
    ensure_pin(member)


def ensure_pin(node: NodeProcess) -> None:
    """Set the payment PIN, or change it to itself when a first currency set it already."""
    try:
        node.ctl("wallet_set_pin", new=PIN)
    except RuntimeError:
        node.ctl("wallet_set_pin", new=PIN, old=PIN)


def view(node: NodeProcess, currency: str) -> dict[str, Any]:
    return dict(node.ctl("wallet_currency", currency=currency))


def wait_view(
    node: NodeProcess, currency: str, timeout: float = WAIT_S, **fields: Any
) -> dict[str, Any]:
    """Block until ``node``'s view of ``currency`` shows ``fields``; the view then."""
    answer = node.ctl(
        "wait_wallet", currency=currency, view=fields, wait_s=timeout, timeout=timeout + 30
    )
    if not answer["met"]:
        raise AssertionError(f"{node.name}: wanted {fields}, view is {answer['currency']}")
    return dict(answer["currency"])


def wait_transfer(
    node: NodeProcess, currency: str, transfer: str, *states: str, timeout: float = WAIT_S
) -> dict[str, Any]:
    answer = node.ctl(
        "wait_wallet",
        currency=currency,
        transfer=transfer,
        states=list(states),
        wait_s=timeout,
        timeout=timeout + 30,
    )
    if not answer["met"]:
        raise AssertionError(f"{node.name}: wanted {states}, transfer is {answer['transfer']}")
    return dict(answer["transfer"])


def currency_among(
    issuer: NodeProcess,
    members: Sequence[NodeProcess],
    friends: Sequence[tuple[NodeProcess, NodeProcess]] = (),
    funds: Sequence[tuple[NodeProcess, int]] = (),
) -> str:
    """Members befriend the issuer (and the ``friends`` pairs each other), the issuer issues
    1,000 to itself, every member joins, and ``funds`` are paid out; the currency id."""
    for member in members:
        befriend(member, issuer)
    for a, b in friends:
        befriend(a, b)
    currency = issue(issuer, initial=1_000)
    for member in members:
        join(member, currency)
    for member, amount in funds:
        fund(issuer, member, currency, amount)
    return currency


def sync_cores(*cores: Core) -> None:
    """In-process replication between every pair of ``cores`` (each pulls from each)."""
    for source in cores:
        for target in cores:
            if source is not target:
                pull(LocalReplica(source), LocalReplica(target))


def fund(issuer: NodeProcess, member: NodeProcess, currency: str, amount: int) -> None:
    """The issuer pays ``amount`` to the member's receive code; wait until it cleared there."""
    before = view(member, currency)["balance"]
    code = member.ctl("wallet_receive_code", currency=currency, amount=amount)
    issuer.ctl("wallet_pay", code=code, pin=PIN)
    wait_view(member, currency, balance=before + amount)


def ledger(node: NodeProcess, currency: str) -> dict[str, Any]:
    """The node's clearing feed folded afresh (``wallet_ledger``): balances, conservation."""
    return dict(node.ctl("wallet_ledger", currency=currency))


def fork_proof_authors(node: NodeProcess) -> set[tuple[str, str]]:
    return {(p["author"], p["feed"]) for p in node.ctl("fork_proofs")}


def clone_profile(source: NodeProcess, target: NodeProcess) -> None:
    """Copy a stopped node's whole profile folder (keys and database) to another stopped node:
    two devices with one key and one history, from here on free to diverge."""
    assert source.process is None and target.process is None
    shutil.rmtree(target.profile, ignore_errors=True)
    shutil.copytree(source.profile, target.profile)
    (target.profile / "control.sock").unlink(missing_ok=True)
