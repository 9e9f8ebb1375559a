"""The bundled poll, game and checklist converge across three local instances."""

from __future__ import annotations

import json

from core.miniprograms import LocalUpdateHub
from desktop.miniprograms import bundled_names, bundled_package
from tests.gui.miniprograms.conftest import js, wait_js

MEMBERS = ("ann", "ben", "cai")


def three(make_host, name: str, hub: LocalUpdateHub | None = None):
    hub = hub or LocalUpdateHub()
    package = bundled_package(name)
    return hub, [make_host(package, member, hub) for member in MEMBERS]


def test_the_bundled_apps_are_valid_packages() -> None:
    assert bundled_names() == ["checklist", "game", "groupbuy", "poll", "splitbill"]
    assert {bundled_package(n).name for n in bundled_names()} == {
        "Checklist",
        "Group buy",
        "Noughts and crosses",
        "Poll",
        "Split the bill",
    }


def test_a_poll_converges_across_three_members(make_host, qtbot) -> None:
    _hub, (ann, ben, cai) = three(make_host, "poll")
    js(qtbot, ann, "pollAddOption('Noodles')")
    js(qtbot, ben, "pollAddOption('Dumplings')")
    for host in (ann, ben, cai):
        wait_js(qtbot, host, "pollState().options.join()", "Dumplings,Noodles")
    js(qtbot, ann, "pollVote('Noodles')")
    js(qtbot, ben, "pollVote('Dumplings')")
    js(qtbot, cai, "pollVote('Noodles')")
    js(qtbot, ben, "pollVote('Noodles')")  # Ben changes his mind
    expected = {"options": ["Dumplings", "Noodles"], "counts": [0, 3], "voters": 3}
    for host in (ann, ben, cai):
        wait_js(
            qtbot, host, "JSON.stringify(pollState())", json.dumps(expected, separators=(",", ":"))
        )
    # Every member holds the same updates, with the sender's info line.
    infos = [d.update.body.info for d in cai.session.log.since(0)]
    assert "Ben voted for Noodles" in infos


def test_a_game_converges_and_a_watcher_sees_moves_in_order(make_host, qtbot) -> None:
    hub = LocalUpdateHub(held=True)
    package = bundled_package("game")
    ann, ben, cai = (make_host(package, member, hub) for member in MEMBERS)
    # Ann opens (X in the centre); Ben sees it and answers; Cai receives the answer FIRST.
    assert js(qtbot, ann, "gamePlay(4).then(() => 1) && 1") == 1
    qtbot.waitUntil(lambda: len(hub.queued) == 2)
    hub.release(lambda queued: [item for item in queued if item[0] == "ben@hutong"])
    wait_js(qtbot, ben, "gameState().played", 1)
    js(qtbot, ben, "gamePlay(0)")
    qtbot.waitUntil(lambda: any(member == "cai@hutong" for member, _ in hub.queued[1:]))
    hub.release(lambda queued: list(reversed(queued)))  # Ben's answer before Ann's move
    for host in (ann, ben, cai):
        wait_js(qtbot, host, "gameState().played", 2)
    assert js(qtbot, cai, "gameSeen.join()") == "0,1"
    # Play on, delivering as it comes: X wins on the diagonal.
    hub.held = False
    for player, cell, played in ((ann, 2, 3), (ben, 1, 4), (ann, 6, 5)):
        js(qtbot, player, f"gamePlay({cell})")
        for host in (ann, ben, cai):
            wait_js(qtbot, host, "gameState().played", played)
    for host in (ann, ben, cai):
        wait_js(qtbot, host, "gameState().winner", "X")
        wait_js(qtbot, host, "gameState().board.map(c => c || '.').join('')", "OOX.X.X..")
    # A watcher cannot move.
    assert js(qtbot, cai, "gamePlay(8).then(String)") is not None
    assert cai.session.log.max_serial == 5


def test_a_checklist_converges_under_concurrent_ticks(make_host, qtbot) -> None:
    hub = LocalUpdateHub(held=True)
    package = bundled_package("checklist")
    hosts = [make_host(package, member, hub) for member in MEMBERS]
    ann, ben, cai = hosts
    js(qtbot, ann, "checklistAdd('Buy rice')")
    js(qtbot, ben, "checklistAdd('Book a table')")
    qtbot.waitUntil(lambda: len(hub.queued) == 4)
    hub.release()
    for host in hosts:
        wait_js(qtbot, host, "checklistState().length", 2)
    # Ben and Cai tick and untick Ann's item at the same time; deliveries cross.
    item = "ann@hutong/000001"
    js(qtbot, ben, f"checklistTick('{item}', true)")
    js(qtbot, cai, f"checklistTick('{item}', false)")
    js(qtbot, ann, "checklistTick('ben@hutong/000001', true)")
    qtbot.waitUntil(lambda: len(hub.queued) == 6)
    hub.release(lambda queued: list(reversed(queued)))
    states = set()
    for host in hosts:
        wait_js(qtbot, host, "checklistState().filter(i => i[0].startsWith('ben'))[0][2]", True)
        states.add(json.dumps(js(qtbot, host, "checklistState()")))
    assert len(states) == 1, states


def test_a_poll_question_converges_when_two_members_change_it_at_once(make_host, qtbot) -> None:
    hub = LocalUpdateHub(held=True)
    package = bundled_package("poll")
    ann, ben, cai = (make_host(package, member, hub) for member in MEMBERS)
    assert js(qtbot, cai, "document.getElementById('question').textContent") == (
        "What shall we choose?"
    )
    js(qtbot, ann, "pollAsk('Lunch?')")
    js(qtbot, ben, "pollAsk('Dinner?')")
    js(qtbot, ann, "pollAddOption('Noodles')")
    qtbot.waitUntil(lambda: len(hub.queued) == 6)
    hub.release(lambda queued: list(reversed(queued)))
    # Same clock: the larger address wins, on every device whatever the order.
    for host in (ann, ben, cai):
        wait_js(qtbot, host, "document.getElementById('question').textContent", "Dinner?")
    infos = [d.update.body.info for d in cai.session.log.since(0)]
    assert 'Ann added "Noodles"' in infos and "Ben asked: Dinner?" in infos
