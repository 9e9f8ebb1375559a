from __future__ import annotations

import pytest

from sync.replication.machine import TRANSITIONS, SessionInput, SessionMachine, SessionState


def test_a_session_greets_syncs_idles_and_wakes_up() -> None:
    machine = SessionMachine()
    for event in (
        SessionInput.QUIET,
        SessionInput.NOTES,
        SessionInput.BUSY,
        SessionInput.QUIET,
        SessionInput.BUSY,
        SessionInput.CLOSE,
    ):
        machine.feed(event)
    assert machine.history == [
        SessionState.GREETING,
        SessionState.SYNCING,
        SessionState.IDLE,
        SessionState.SYNCING,
        SessionState.CLOSED,
    ]


def test_every_state_can_close_and_closed_ignores_late_work() -> None:
    for state in SessionState:
        assert TRANSITIONS[(state, SessionInput.CLOSE)] is SessionState.CLOSED
    machine = SessionMachine()
    machine.feed(SessionInput.CLOSE)
    assert machine.feed(SessionInput.BUSY) is SessionState.CLOSED


def test_the_table_covers_every_live_state_and_input() -> None:
    live = [s for s in SessionState if s is not SessionState.CLOSED]
    assert all((state, event) in TRANSITIONS for state in live for event in SessionInput)


def test_an_impossible_transition_is_a_bug() -> None:
    machine = SessionMachine()
    machine.state = SessionState.IDLE
    del_key = (SessionState.IDLE, SessionInput.NOTES)
    saved = TRANSITIONS.pop(del_key)
    try:
        with pytest.raises(ValueError, match="no transition"):
            machine.feed(SessionInput.NOTES)
    finally:
        TRANSITIONS[del_key] = saved
