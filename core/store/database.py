"""The SQLite database: WAL mode, one writer at a time, many readers.

Statements run on plain sqlite3 connections in autocommit mode, and we emit ``BEGIN``
ourselves, so that a write transaction really starts with ``BEGIN IMMEDIATE`` (no upgrade
deadlock between two writers) and a read is one consistent snapshot. SQLAlchemy is used only
to create the schema that the SQLModel tables declare.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from core.errors import StorageError
from core.profile import create_private_file, make_private_file
from core.store.sql import Connection

_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA cache_size=-32768",
)
_IDLE_READERS = 8  # connections kept open for reading; more are opened when needed
# Errors of the world (disk full, locked, read-only, damaged file), not of our SQL.
_NOT_OURS = (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)


def storage_error(exc: BaseException, path: Path, doing: str = "used") -> StorageError:
    """One clear line for a failed database operation; a damaged file says what to do."""
    text = str(exc.orig if isinstance(exc, DBAPIError) else exc)
    if "disk I/O error" in text and _disk_is_full(path):
        text = "database or disk is full (disk I/O error)"  # no room for its -wal or -shm
    if "malformed" in text or "not a database" in text:
        return StorageError(
            f"the database is damaged ({text}): restore it from a backup, or move hutong.db"
            " away and reopen to recover your history from friends"
        )
    if doing == "opened":
        return StorageError(f"the database could not be opened: {text}")
    if doing == "written":
        return StorageError(f"the database could not be written: {text}")
    return StorageError(f"the database could not be used: {text}")


def _disk_is_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


def _is_world_error(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, _NOT_OURS)


def _configure(raw: sqlite3.Connection, _record: Any = None) -> None:
    raw.isolation_level = None
    for pragma in _PRAGMAS:
        raw.execute(pragma)


class Database:
    """A SQLite file with a write lock; ``write()`` nests within one thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            # SQLite would create it 0644; its -wal and -shm files copy the database's mode.
            create_private_file(path)
            make_private_file(path)
        except OSError as exc:
            raise StorageError(f"the database could not be opened: {exc}") from exc
        self._write_lock = threading.RLock()
        self._local = threading.local()
        self._writer: Connection | None = None
        self._idle: list[Connection] = []
        self._idle_lock = threading.Lock()
        self._closed = False

    def _open(self) -> Connection:
        try:
            # Connections move between threads, never used by two at once.
            raw = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            _configure(raw)
        except sqlite3.Error as exc:
            raise storage_error(exc, self.path, "opened") from exc
        return Connection(raw)

    def create_schema(self, metadata: MetaData, extra_ddl: tuple[str, ...] = ()) -> None:
        """Create the declared tables (and ``extra_ddl``) if missing, in one transaction."""
        engine = create_engine(f"sqlite:///{self.path}", poolclass=NullPool)
        event.listen(engine, "connect", _configure)
        event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
        try:
            with self._write_lock, engine.begin() as connection:
                metadata.create_all(connection)
                for statement in extra_ddl:
                    connection.exec_driver_sql(statement)
        except DBAPIError as exc:  # e.g. a damaged file, or a full disk on a new profile
            raise storage_error(exc, self.path, "opened") from exc
        finally:
            engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction; commits on success, rolls back on any exception."""
        outer: Connection | None = getattr(self._local, "connection", None)
        if outer is not None:
            yield outer
            return
        with self._write_lock:
            if self._writer is None:
                # After close() (a late call while shutting down) the connection is not kept.
                connection = self._open()
                if not self._closed:
                    self._writer = connection
            else:
                connection = self._writer
            self._local.connection = connection
            try:
                with _transaction(connection, "BEGIN IMMEDIATE", self.path):
                    yield connection
            finally:
                self._local.connection = None
                if connection is not self._writer:
                    connection.raw.close()

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
        with self._idle_lock:
            connection = self._idle.pop() if self._idle else None
        if connection is None:
            connection = self._open()
        try:
            with _transaction(connection, "BEGIN", self.path):
                yield connection
        finally:
            with self._idle_lock:
                keep = not self._closed and len(self._idle) < _IDLE_READERS
                if keep:
                    self._idle.append(connection)
            if not keep:
                connection.raw.close()

    def close(self) -> None:
        with self._write_lock:
            if self._writer is not None:
                self._writer.raw.close()
                self._writer = None
            with self._idle_lock:
                self._closed = True
                idle, self._idle = self._idle, []
        for connection in idle:
            connection.raw.close()


@contextmanager
def _transaction(connection: Connection, begin: str, path: Path) -> Iterator[None]:
    raw = connection.raw
    try:
        raw.execute(begin)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc
    try:
        yield
    except BaseException as exc:
        _roll_back(raw)
        if _is_world_error(exc):  # locked, full, read-only, damaged
            raise storage_error(exc, path) from exc
        raise
    try:
        raw.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        _roll_back(raw)
        raise storage_error(exc, path, "written") from exc


def _roll_back(raw: sqlite3.Connection) -> None:
    """Undo the open transaction; on a damaged or full disk even that may fail (then SQLite
    has already rolled back, or the journal does so on the next open)."""
    try:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
    except sqlite3.Error:
        pass
