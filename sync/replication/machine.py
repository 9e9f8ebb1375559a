"""The state of one replication session, as a transition table (magic-wormhole style).

    GREETING --notes--> SYNCING --quiet--> IDLE --busy--> SYNCING
    any state --close--> CLOSED

GREETING: our notes are sent, theirs have not arrived. SYNCING: feeds are being caught up in
either direction. IDLE: both sides hold what the other offers; new events are pushed live.
"""

from __future__ import annotations

from enum import StrEnum


class SessionState(StrEnum):
    GREETING = "greeting"
    SYNCING = "syncing"
    IDLE = "idle"
    CLOSED = "closed"


class SessionInput(StrEnum):
    NOTES = "notes"
    BUSY = "busy"
    QUIET = "quiet"
    CLOSE = "close"


TRANSITIONS: dict[tuple[SessionState, SessionInput], SessionState] = {
    (SessionState.GREETING, SessionInput.NOTES): SessionState.SYNCING,
    (SessionState.GREETING, SessionInput.BUSY): SessionState.GREETING,
    (SessionState.GREETING, SessionInput.QUIET): SessionState.GREETING,
    (SessionState.SYNCING, SessionInput.NOTES): SessionState.SYNCING,
    (SessionState.SYNCING, SessionInput.BUSY): SessionState.SYNCING,
    (SessionState.SYNCING, SessionInput.QUIET): SessionState.IDLE,
    (SessionState.IDLE, SessionInput.NOTES): SessionState.IDLE,
    (SessionState.IDLE, SessionInput.BUSY): SessionState.SYNCING,
    (SessionState.IDLE, SessionInput.QUIET): SessionState.IDLE,
    (SessionState.GREETING, SessionInput.CLOSE): SessionState.CLOSED,
    (SessionState.SYNCING, SessionInput.CLOSE): SessionState.CLOSED,
    (SessionState.IDLE, SessionInput.CLOSE): SessionState.CLOSED,
    (SessionState.CLOSED, SessionInput.CLOSE): SessionState.CLOSED,
}


class SessionMachine:
    """Holds the state; ``feed`` returns the new state, or raises on an impossible input."""

    def __init__(self) -> None:
        self.state = SessionState.GREETING
        self.history: list[SessionState] = [self.state]

    def feed(self, event: SessionInput) -> SessionState:
        try:
            new = TRANSITIONS[(self.state, event)]
        except KeyError:
            if self.state is SessionState.CLOSED:
                return self.state  # late work after close is ignored
            raise ValueError(f"no transition from {self.state} on {event}") from None
        if new is not self.state:
            self.history.append(new)
        self.state = new
        return new
