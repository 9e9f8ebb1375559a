"""Symmetric keys learned from events (group keys, post keys), looked up by key id."""

from __future__ import annotations

from dataclasses import dataclass

from core.envelopes import key_id
from core.store.sql import Connection


@dataclass(frozen=True)
class ScopedKey:
    key: bytes
    scope: str
    epoch: int


class Keyring:
    """Reads and adds keys inside the projector's transaction; remembers what is new."""

    def __init__(self) -> None:
        self.learned: list[bytes] = []

    def add(self, connection: Connection, key: bytes, scope: str, epoch: int, order: int) -> bool:
        """Remember ``key``; True when it was not known before."""
        identifier = key_id(key)
        result = connection.exec_driver_sql(
            "INSERT OR IGNORE INTO symmetric_key (key_id, key, scope, epoch, learned_order)"
            " VALUES (?, ?, ?, ?, ?)",
            (identifier, key, scope, epoch, order),
        )
        if result.rowcount:
            self.learned.append(identifier)
            return True
        return False

    @staticmethod
    def get(connection: Connection, identifier: bytes) -> ScopedKey | None:
        row = connection.exec_driver_sql(
            "SELECT key, scope, epoch FROM symmetric_key WHERE key_id = ?", (identifier,)
        ).first()
        return None if row is None else ScopedKey(bytes(row[0]), str(row[1]), int(row[2]))

    @staticmethod
    def latest(connection: Connection, scope: str) -> ScopedKey | None:
        """The newest epoch's key of a scope (what we encrypt new messages with)."""
        row = connection.exec_driver_sql(
            "SELECT key, scope, epoch FROM symmetric_key WHERE scope = ?"
            " ORDER BY epoch DESC, learned_order DESC LIMIT 1",
            (scope,),
        ).first()
        return None if row is None else ScopedKey(bytes(row[0]), str(row[1]), int(row[2]))
