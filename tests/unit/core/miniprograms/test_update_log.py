"""Causal delivery: every member sees every update once, never an answer before its move."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.miniprograms import (
    MAX_UPDATE_BYTES,
    LocalUpdateHub,
    UpdateBody,
    UpdateLog,
    UpdateRefused,
    UpdateThrottle,
    parse_sent_update,
    update_from_bytes,
)


def body(payload: object) -> UpdateBody:
    return parse_sent_update(json.dumps({"payload": payload}))


def test_a_sent_update_keeps_its_fields_and_round_trips_as_bytes() -> None:
    sent = parse_sent_update(
        json.dumps({"payload": {"vote": "a"}, "info": "Ann voted", "summary": "3 votes", "x": 1})
    )
    log = UpdateLog("ann")
    update = log.compose(sent)
    assert update_from_bytes(update.to_bytes()) == update
    [delivered] = log.accept(update)
    assert json.loads(delivered.to_json()) == {
        "payload": {"vote": "a"},
        "info": "Ann voted",
        "summary": "3 votes",
        "serial": 1,
        "max_serial": 1,
    }


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[]", "object with a payload"),
        ("{}", "object with a payload"),
        ('{"payload": 1, "info": 3}', "info must be a text"),
        ("{", "not valid JSON"),
        ('{"payload": NaN}', "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "at most"),
        ("[" * 50_000 + "]" * 50_000, "nested too deeply"),
        (json.dumps({"payload": "x" * MAX_UPDATE_BYTES}), "at most"),
    ],
)
def test_malformed_updates_are_refused(text: str, reason: str) -> None:
    with pytest.raises(UpdateRefused, match=reason):
        parse_sent_update(text)


@given(st.binary(max_size=512))
def test_arbitrary_peer_bytes_are_refused_clearly(data: bytes) -> None:
    try:
        update_from_bytes(data)
    except UpdateRefused as exc:
        assert str(exc)


def play(hub: LocalUpdateHub, names: list[str]) -> dict[str, UpdateLog]:
    """Each member delivers what it receives to its own log; moves answer what was seen."""
    logs = {name: UpdateLog(name) for name in names}
    transports = {name: hub.join(name) for name in names}
    for name in names:
        transports[name].listen(logs[name].accept)
    return logs | {"_transports": transports}  # type: ignore[dict-item]


def move(logs: dict[str, UpdateLog], hub_transports: dict, who: str, payload: object) -> None:
    update = logs[who].compose(body(payload))
    logs[who].accept(update)
    hub_transports[who].send(update)


@given(st.randoms(use_true_random=False))
def test_any_delivery_order_gives_every_member_every_update_in_causal_order(rng) -> None:
    hub = LocalUpdateHub(held=True)
    names = ["ann", "ben", "cai"]
    state = play(hub, names)
    transports = state.pop("_transports")  # type: ignore[arg-type]
    logs: dict[str, UpdateLog] = state
    # A turn-based exchange: each move answers the previous one; deliveries are shuffled and
    # partly released between moves, so members send while others lag behind.
    for turn in range(9):
        who = names[turn % 3]
        hub.release(lambda q: rng.sample(q, len(q))[: rng.randint(0, len(q))] + [])
        move(logs, transports, who, {"turn": turn})
    # Deliver everything left, duplicated and shuffled.
    for _ in range(3):
        hub.release(lambda q: rng.sample(q + q, 2 * len(q)))
    for name in names:
        payloads = [json.loads(d.update.body.payload_json) for d in logs[name].since(0)]
        assert sorted(p["turn"] for p in payloads) == list(range(9)), name
        # causal: an update is delivered after everything in its context
        position = {(d.update.author, d.update.seq): d.serial for d in logs[name].since(0)}
        for delivered in logs[name].since(0):
            for author, seq in delivered.update.after.items():
                assert position[(author, seq)] < delivered.serial


def test_a_third_member_never_sees_an_answer_before_the_move_it_answers() -> None:
    hub = LocalUpdateHub(held=True)
    ann, ben, cai = UpdateLog("ann"), UpdateLog("ben"), UpdateLog("cai")
    move_a = ann.compose(body("e4"))
    ann.accept(move_a)
    ben.accept(move_a)
    answer = ben.compose(body("e5"))
    assert cai.accept(answer) == []  # held back: cai has not seen the move it answers
    assert cai.waiting == 1
    delivered = cai.accept(move_a)
    assert [d.update.body.payload_json for d in delivered] == ['"e4"', '"e5"']
    assert hub.queued == []


def test_duplicates_and_replays_are_delivered_once() -> None:
    ann, ben = UpdateLog("ann"), UpdateLog("ben")
    first = ann.compose(body(1))
    ann.accept(first)
    assert len(ben.accept(first)) == 1
    assert ben.accept(first) == []
    assert ben.since(0)[0].max_serial == 1


def test_the_throttle_allows_a_burst_then_a_steady_rate() -> None:
    throttle = UpdateThrottle(burst=3, per_second=2)
    assert [throttle.admit(0) for _ in range(4)] == [True, True, True, False]
    assert throttle.admit(499) is False
    assert throttle.admit(500) is True
    assert throttle.refused == 2
    assert throttle.admit(100_000) and throttle.admit(100_000) and throttle.admit(100_000)
    assert not throttle.admit(100_000)


def test_the_throttle_counts_bytes_too() -> None:
    throttle = UpdateThrottle(burst=100, bytes_burst=1000, bytes_per_second=100)
    assert throttle.admit(0, 600) and not throttle.admit(0, 600)
    assert throttle.admit(0, 400)  # small updates still fit what is left
    assert not throttle.admit(1000, 200) and throttle.admit(2000, 200)
