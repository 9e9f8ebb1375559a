"""Replication sessions: wire messages, the session state machine, the session driver."""
