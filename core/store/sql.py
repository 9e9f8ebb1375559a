"""A thin statement interface over a sqlite3 connection, for the hot paths.

Every query in core is hand-written SQL; SQLAlchemy's connection layer around each statement
(events, result metadata, pooling) cost about 40 µs a statement, several times what SQLite
itself spends, and a message runs some thirty statements. The schema is still declared with
SQLModel and created through SQLAlchemy (see :mod:`core.store.database`).

``Connection.exec_driver_sql`` keeps SQLAlchemy's name and calling convention: one statement
with a tuple (or dict) of parameters, or a list of parameter tuples for ``executemany``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

Parameters = Sequence[Any] | Mapping[str, Any]


class Rows:
    """The rows of one statement, fetched as they are asked for."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self._cursor)

    def all(self) -> list[tuple[Any, ...]]:
        return self._cursor.fetchall()

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._cursor.fetchall()

    def first(self) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = self._cursor.fetchone()
        self._cursor.close()
        return row

    def scalar(self) -> Any:
        row = self.first()
        return None if row is None else row[0]

    def scalar_one(self) -> Any:
        rows = self._cursor.fetchmany(2)
        if len(rows) != 1:
            raise LookupError(f"expected exactly one row, got {len(rows)}")
        return rows[0][0]


class Connection:
    """One sqlite3 connection in autocommit mode; transactions are begun by the Database."""

    __slots__ = ("raw",)

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw

    def exec_driver_sql(
        self, statement: str, parameters: Parameters | list[Parameters] = ()
    ) -> Rows:
        if isinstance(parameters, list):
            return Rows(self.raw.executemany(statement, parameters))
        return Rows(self.raw.execute(statement, parameters))
