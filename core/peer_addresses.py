"""Where peers were last reachable (local state: retried when mDNS finds nobody)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from core.ids import PublicKey
from core.store import Database
from core.store.columns import blob, int_default


class PeerAddressRow(SQLModel, table=True):
    __tablename__ = "peer_address"

    identity: bytes = blob(primary_key=True)
    host: str = Field(default="")
    port: int = int_default(0)
    seen_ms: int = int_default(0)


class PeerAddresses:
    """The last address each peer was reached at."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def remember(self, identity: bytes, host: str, port: int, now_ms: int) -> None:
        with self._db.write() as connection:
            connection.exec_driver_sql(
                "INSERT INTO peer_address (identity, host, port, seen_ms) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(identity) DO UPDATE SET host = excluded.host, port = excluded.port,"
                " seen_ms = excluded.seen_ms",
                (identity, host, port, now_ms),
            )

    def all(self) -> list[tuple[PublicKey, str, int]]:
        with self._db.read() as connection:
            rows = connection.exec_driver_sql("SELECT identity, host, port FROM peer_address").all()
        return [(PublicKey(bytes(r[0])), str(r[1]), int(r[2])) for r in rows]
