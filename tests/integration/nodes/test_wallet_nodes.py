"""The wallet over real ``hutong node`` processes: clearing, sync, a cloned key, an offline issuer.

Each node is a separate process driven through its control socket; the issuer's node is the
currency's clearer (its clearing loop decides intents as they arrive). Every wait is on a
condition the node answers, never on time.

**A sync round**, as the fork-proof test counts them: every node is started, and completes one
session with each of its neighbours (both sides report the session caught up: ``idle``);
then every node stops. The two devices with one key take their turns in a round one after the
other (two sessions with one identity at once would replace each other), first the one that
signed first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from core.feeds import feed_id_for
from core.wallet.values import CurrencyId, intents_topic
from hutong.bench.nodes import NodeProcess, wait_for
from tests.integration.nodes.wallet_world import (
    PIN,
    befriend,
    clone_profile,
    currency_among,
    fork_proof_authors,
    ledger,
    view,
    wait_transfer,
    wait_view,
)

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("nodes")]
Nodes = Callable[[str], NodeProcess]


def idle_with(node: NodeProcess) -> set[str]:
    return {p["identity"] for p in node.ctl("status") if p["state"] == "idle"}


def settle(running: Sequence[NodeProcess], edges: dict[str, list[str]]) -> None:
    """Dial every edge between running nodes; wait until each side has its session idle."""
    by_name = {n.name: n for n in running}
    for node in running:
        for other in edges.get(node.name, []):
            if other in by_name:
                node.ctl("add_peer", host="127.0.0.1", port=by_name[other].port)
    for node in running:
        wanted = {
            other.identity
            for other in running
            if other.name in edges.get(node.name, []) or node.name in edges.get(other.name, [])
        }
        wait_for(lambda node=node, wanted=wanted: wanted <= idle_with(node), timeout=120)


def sync_round(
    steady: Sequence[NodeProcess], turns: Sequence[NodeProcess], edges: dict[str, list[str]]
) -> dict[str, set[tuple[str, str]]]:
    """One sync round (module docstring); the fork proofs each node holds at its end."""
    held: dict[str, set[tuple[str, str]]] = {}
    for node in steady:
        node.start()
    settle(steady, edges)
    for node in turns:
        node.start()
        settle([*steady, node], edges)
        held[node.name] = fork_proof_authors(node)
        identity = node.identity
        node.stop()
        for other in steady:  # its sessions are over before the next machine comes
            wait_for(lambda o=other, i=identity: i not in idle_with(o), timeout=120)
    for node in steady:
        held[node.name] = fork_proof_authors(node)
        node.stop()
    return held


def test_issuer_offline_payments_stay_pending_then_clear_when_it_returns(nodes: Nodes) -> None:
    issuer, ann, ben = nodes("Issuer"), nodes("Ann"), nodes("Ben")
    currency = currency_among(issuer, [ann, ben], [(ann, ben)], [(ann, 100)])

    issuer.stop()
    code = ben.ctl("wallet_receive_code", currency=currency, amount=30)
    transfer = ann.ctl("wallet_pay", code=code, pin=PIN)
    # Pending on both sides: not in a balance, not spendable, not final.
    wait_view(ann, currency, balance=100, pending_out=30, available=70)
    wait_view(ben, currency, balance=0, pending_in=30)
    assert wait_transfer(ben, currency, transfer, "pending")["amount"] == 30
    assert wait_transfer(ann, currency, transfer, "pending")["payee"] == ben.identity

    issuer.start()
    wait_view(ann, currency, balance=70, pending_out=0, available=70)
    wait_view(ben, currency, balance=30, pending_in=0)
    wait_transfer(ann, currency, transfer, "cleared")
    wait_transfer(ben, currency, transfer, "cleared")
    wait_view(issuer, currency, minted=1_000)


def test_a_held_transfer_goes_back_when_the_clearers_clock_passes_24_hours(nodes: Nodes) -> None:
    """No accept arrives; the clearer's node returns the transfer by its own clock (its
    clearing loop runs every second, not only when an intent arrives)."""
    issuer, ann, ben = nodes("Issuer"), nodes("Ann"), nodes("Ben")
    currency = currency_among(issuer, [ann, ben], [(ann, ben)], [(ann, 100)])
    transfer = ann.ctl("wallet_transfer", currency=currency, payee=ben.identity, amount=40, pin=PIN)
    held = wait_transfer(ben, currency, transfer, "held")
    wait_view(ann, currency, balance=60)
    wait_view(ben, currency, balance=0, pending_in=40)
    issuer.stop()
    issuer.start(extra=("--clock-offset-ms", str(24 * 3_600_000 + 60_000)))
    returned = wait_transfer(ann, currency, transfer, "returned")
    assert returned["expires_ms"] == held["expires_ms"]
    wait_view(ann, currency, balance=100, pending_out=0)
    wait_view(ben, currency, balance=0, pending_in=0)
    with pytest.raises(RuntimeError, match="not waiting"):
        ben.ctl("wallet_accept", currency=currency, transfer=transfer)


def test_a_payment_request_paid_twice_or_after_its_expiry_is_refused(nodes: Nodes) -> None:
    issuer, ann, ben, cai = nodes("Issuer"), nodes("Ann"), nodes("Ben"), nodes("Cai")
    currency = currency_among(
        issuer, [ann, ben, cai], [(ann, ben), (cai, ben)], [(ann, 100), (cai, 100)]
    )

    # Paid by Ann and by Cai (and by Ann again) while the clearer is away: no device can
    # know of the others' payments; the clearer takes the first and refuses the rest.
    request = ben.ctl("wallet_request", currency=currency, amount=25, memo="lunch")
    issuer.stop()
    payments = [(ann, ann.ctl("wallet_pay", code=request, pin=PIN))]
    payments.append((cai, cai.ctl("wallet_pay", code=request, pin=PIN)))
    try:
        payments.append((ann, ann.ctl("wallet_pay", code=request, pin=PIN)))
    except RuntimeError as exc:
        assert "paid" in str(exc) or "available" in str(exc)  # refused before signing
    issuer.start()
    states = [wait_transfer(p, currency, t, "cleared", "refused") for p, t in payments]
    assert [s["state"] for s in states].count("cleared") == 1, states
    for refused in (s for s in states if s["state"] == "refused"):
        assert refused["reason"] == "request-used", refused
    wait_view(ben, currency, balance=25, pending_in=0)
    wait_view(ann, currency, pending_out=0)
    wait_view(cai, currency, pending_out=0)
    assert view(ann, currency)["balance"] + view(cai, currency)["balance"] == 175
    # Once it cleared, a device that saw it refuses before any PIN is asked.
    with pytest.raises(RuntimeError, match="paid already"):
        cai.ctl("wallet_pay", code=request, pin=PIN)

    # Expiry is by the clearer's clock: it runs two hours ahead; the request is valid for
    # one hour by Ben's and Ann's, so Ann can pay it and the clearer must refuse it.
    issuer.stop()
    issuer.start(extra=("--clock-offset-ms", str(2 * 3_600_000)))
    late = ben.ctl("wallet_request", currency=currency, amount=10, valid_ms=3_600_000)
    paid_late = ann.ctl("wallet_pay", code=late, pin=PIN)
    before = view(ann, currency)["balance"]
    refused = wait_transfer(ann, currency, paid_late, "refused")
    assert refused["reason"] == "request-expired", refused
    wait_view(ann, currency, balance=before, pending_out=0)
    wait_view(ben, currency, balance=25, pending_in=0)


@pytest.mark.parametrize("first", ["Ann", "Ann-twin"])
def test_one_key_on_two_machines_pays_80_twice_from_100_one_clears_the_fork_proof_spreads(
    nodes: Nodes, tmp_path: Path, first: str
) -> None:
    """Overdraft race and cloned key at once: Ann (100) is copied, profile folder and all,
    to a second machine; each machine pays 80 (to Ben, to Cai) while offline; ``first``
    reaches the clearer first. Exactly its payment clears; the proof that Ann's wallet feed
    forked reaches every node that holds that feed within two sync rounds, Dan included,
    who never talks to Ann's machines (only to the issuer).

    Measured: after round 1 every node running when the fork was found holds the proof: the
    issuer, Ben, Cai and the second machine saw both histories; Dan got it pushed over his
    open session with the issuer (sync passes a proof on at once since 97d49e2; before, Dan
    waited for round 2). The machine that took its turn first was offline by then and gets
    it in round 2, when its sessions open."""
    issuer, ann, ben, cai, dan = (nodes(n) for n in ("Issuer", "Ann", "Ben", "Cai", "Dan"))
    currency = currency_among(issuer, [ann, ben, cai, dan], [(ann, ben), (ann, cai)], [(ann, 100)])
    for member in (ben, cai, dan):
        wait_view(member, currency, minted=1_000)
        wait_for(lambda member=member: ann.identity in ledger(member, currency)["balances"])
    identity = {n.name: n.identity for n in (issuer, ann, ben, cai, dan)}
    codes = {
        "Ann": ben.ctl("wallet_receive_code", currency=currency, amount=80),
        "Ann-twin": cai.ctl("wallet_receive_code", currency=currency, amount=80),
    }
    for node in (issuer, ann, ben, cai, dan):
        node.stop()

    twin = NodeProcess(tmp_path / "Ann-twin", "Ann-twin")
    clone_profile(ann, twin)
    twin.port = ann.port  # the same machine as far as its friends' address books go
    paid: dict[str, str] = {}
    for machine in (ann, twin):
        machine.start()  # alone: no peer is running
        paid[machine.name] = machine.ctl("wallet_pay", code=codes[machine.name], pin=PIN)
        assert view(machine, currency)["pending_out"] == 80
        machine.stop()

    edges = {"Ann": ["Issuer", "Ben", "Cai"], "Ann-twin": ["Issuer", "Ben", "Cai"],
             "Ben": ["Issuer"], "Cai": ["Issuer"], "Dan": ["Issuer"]}  # fmt: skip
    steady = [issuer, ben, cai, dan]
    turns = [ann, twin] if first == "Ann" else [twin, ann]
    ann_identity = identity[ann.name]
    ann_feed = (ann_identity, feed_id_for(intents_topic(CurrencyId(bytes.fromhex(currency)))).hex())
    rounds = [sync_round(steady, turns, edges) for _ in range(2)]
    for name in ("Issuer", "Ben", "Cai", "Dan", "Ann", "Ann-twin"):
        assert ann_feed in rounds[1][name], (name, rounds)

    for node in steady:
        node.start()
    winner, loser = ("Ben", "Cai") if first == "Ann" else ("Cai", "Ben")
    by_name = {n.name: n for n in steady}
    wait_view(by_name[winner], currency, balance=80, pending_in=0)
    assert view(by_name[loser], currency)["balance"] == 0
    for node in steady:
        books = ledger(node, currency)
        assert books["conserved"] and books["frozen"] is None
        assert books["balances"][ann_identity] == 20
        assert books["state"] == ledger(issuer, currency)["state"]


def test_a_red_envelope_in_a_group_a_declined_transfer_and_bills_over_nodes(
    nodes: Nodes,
) -> None:
    issuer, ann, ben, cai = nodes("Issuer"), nodes("Ann"), nodes("Ben"), nodes("Cai")
    currency = currency_among(
        issuer, [ann, ben, cai], [(ann, ben), (ann, cai), (ben, cai)], [(ann, 100)]
    )
    group = ann.ctl("create_group", name="Lunch", members=[ben.identity, cai.identity])

    envelope = ann.ctl(
        "wallet_envelope_send", conversation=group, currency=currency, total=90, shares=3,
        split="lucky", greeting="Happy new year", pin=PIN,
    )  # fmt: skip
    for grabber in (ben, cai, ann):
        wait_for(
            lambda g=grabber: g.ctl("wallet_envelope", currency=currency, envelope=envelope)[
                "can_grab"
            ],
            timeout=120,
        )
        grabber.ctl("wallet_grab", currency=currency, envelope=envelope)
    views = []
    for node in (issuer, ann, ben, cai):
        wait_for(
            lambda n=node: (
                n.ctl("wallet_envelope", currency=currency, envelope=envelope)["status"]
                == "finished"
            ),
            timeout=120,
        )
        views.append(node.ctl("wallet_envelope", currency=currency, envelope=envelope))
    grabs = views[0]["grabs"]
    assert sum(g["amount"] for g in grabs) == 90 and all(g["amount"] >= 1 for g in grabs)
    assert {g["who"] for g in grabs} == {ann.identity, ben.identity, cai.identity}
    assert sum(g["best_luck"] for g in grabs) == 1
    assert all(v["grabs"] == grabs for v in views)  # everyone sees the same shares
    shares = {g["who"]: g["amount"] for g in grabs}
    wait_view(ben, currency, balance=shares[ben.identity])
    wait_view(ann, currency, balance=10 + shares[ann.identity])

    # A held transfer the payee declines goes back; both sides' bills say so.
    before = view(ann, currency)["balance"]
    transfer = ann.ctl(
        "wallet_transfer", currency=currency, payee=cai.identity, amount=5, pin=PIN, memo="=1+1"
    )
    wait_transfer(cai, currency, transfer, "held")
    cai.ctl("wallet_decline", currency=currency, transfer=transfer)
    wait_transfer(ann, currency, transfer, "declined")
    wait_view(ann, currency, balance=before, pending_out=0)
    lines = {line["event_id"]: line for line in ann.ctl("wallet_bills", currency=currency)}
    assert lines[transfer]["state"] == "returned" and lines[transfer]["amount"] == 5
    csv = ann.ctl("wallet_bills", currency=currency, csv=True)
    assert "'=1+1" in csv  # a memo a spreadsheet would run is escaped
    assert {"red-envelope", "red-envelope-share"} <= {line["kind"] for line in lines.values()}


def test_the_issuer_hands_clearing_to_a_headless_node_and_goes_away(nodes: Nodes) -> None:
    issuer, clearer, ann, ben = nodes("Issuer"), nodes("Clearer"), nodes("Ann"), nodes("Ben")
    befriend(clearer, issuer)  # a friend that does not hold the currency
    currency = currency_among(
        issuer, [ann, ben], [(ann, ben), (ann, clearer), (ben, clearer)], [(ann, 100)]
    )
    wait_for(lambda: clearer.ctl("wallet_currency", currency=currency), timeout=120)
    key = clearer.ctl("wallet_clearer_key")
    issuer.ctl("wallet_hand_over", currency=currency, clearer_key=key, pin=PIN)
    wait_view(clearer, currency, am_clearer=True)
    wait_view(ann, currency, am_clearer=False, frozen=False)

    issuer.stop()  # the headless node clears from now on
    code = ben.ctl("wallet_receive_code", currency=currency, amount=30)
    transfer = ann.ctl("wallet_pay", code=code, pin=PIN)
    wait_transfer(ben, currency, transfer, "cleared")
    wait_view(ann, currency, balance=70, pending_out=0)
    wait_view(ben, currency, balance=30)
    for node in (ann, ben, clearer):
        assert view(node, currency)["frozen"] is None


def test_a_fork_proof_found_mid_session_reaches_a_peer_already_connected(
    nodes: Nodes, tmp_path: Path
) -> None:
    """The clearer finds that Ann's wallet feed forked while Dan's session with it stays
    open the whole time: Dan should hold the proof without reconnecting."""
    issuer, ann, dan = nodes("Issuer"), nodes("Ann"), nodes("Dan")
    currency = currency_among(issuer, [ann, dan], funds=[(ann, 100)])
    code = issuer.ctl("wallet_receive_code", currency=currency, amount=10)
    for node in (issuer, ann, dan):
        node.stop()
    twin = NodeProcess(tmp_path / "Ann-twin", "Ann-twin")
    clone_profile(ann, twin)
    twin.port = ann.port
    paid = {}
    for machine in (ann, twin):  # each signs at the same position, alone
        machine.start()
        paid[machine.name] = machine.ctl("wallet_pay", code=code, pin=PIN)
        machine.stop()
    issuer.start()
    dan.start()
    wait_for(lambda: issuer.identity in idle_with(dan), timeout=120)  # open from now on
    for machine in (ann, twin):  # one after the other, each to the clearer
        machine.start()
        machine.ctl("add_peer", host="127.0.0.1", port=issuer.port)
        mine = paid[machine.name]
        wait_for(
            lambda t=mine: fork_proof_authors(issuer) or transfer_seen(issuer, currency, t),
            timeout=120,
        )
        machine.stop()
    wait_for(lambda: fork_proof_authors(issuer), timeout=120)  # the clearer has the proof
    wait_for(lambda: fork_proof_authors(dan), timeout=120)  # Dan, connected all along


def transfer_seen(node: NodeProcess, currency: str, transfer: str) -> bool:
    status = node.ctl("wallet_transfer_status", currency=currency, transfer=transfer)
    return bool(status["state"] != "unknown")
