"""The SQLite database: WAL mode, one writer at a time, many readers.

pysqlite's own transaction handling is switched off and we emit BEGIN ourselves (the
SQLAlchemy-documented recipe), so that a write transaction really starts with
``BEGIN IMMEDIATE`` and DDL is transactional too.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, create_engine, event
from sqlalchemy.exc import OperationalError

from core.errors import StorageError

_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA cache_size=-32768",
)


def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in _PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get("hutong_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """A SQLite file with a write lock; ``write()`` nests within one thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Pooled connections move between threads (never used by two at once); the writer
        # keeps its own connection for the life of the database.
        self.engine: Engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"check_same_thread": False, "timeout": 30},
            pool_size=4,
            max_overflow=8,
        )
        event.listen(self.engine, "connect", _configure)
        event.listen(self.engine, "begin", _begin)
        self._write_lock = threading.RLock()
        self._local = threading.local()
        self._writer: Connection | None = None

    def create_schema(self, metadata: MetaData, extra_ddl: tuple[str, ...] = ()) -> None:
        with self.write() as connection:
            metadata.create_all(connection)
            for statement in extra_ddl:
                connection.exec_driver_sql(statement)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction; commits on success, rolls back on any exception."""
        outer: Connection | None = getattr(self._local, "connection", None)
        if outer is not None:
            yield outer
            return
        with self._write_lock:
            if self._writer is None:
                self._writer = self.engine.connect().execution_options(hutong_write=True)
            connection = self._writer
            self._local.connection = connection
            try:
                with connection.begin():
                    yield connection
            except OperationalError as exc:
                raise StorageError(f"the database could not be written: {exc.orig}") from exc
            finally:
                self._local.connection = None

    def in_write(self) -> bool:
        """Whether this thread is inside a write transaction already."""
        return getattr(self._local, "connection", None) is not None

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A consistent read snapshot (inside a running write, that write's connection)."""
        outer: Connection | None = getattr(self._local, "connection", None)
        if outer is not None:
            yield outer
            return
        with self.engine.connect() as connection, connection.begin():
            yield connection

    def close(self) -> None:
        with self._write_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        self.engine.dispose()
