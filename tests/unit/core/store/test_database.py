"""The SQLite layer: transactions commit or roll back whole, snapshots, errors, late calls."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table

from core.errors import StorageError
from core.store import Database

_TABLES = MetaData()  # not SQLModel's: other tests' schemas stay as they are
Table(
    "test_thing",
    _TABLES,
    Column("key", Integer, primary_key=True),
    Column("name", String, nullable=False),
)


@pytest.fixture
def database(tmp_path: Path) -> Database:
    database = Database(tmp_path / "t.db")
    database.create_schema(_TABLES, ("CREATE INDEX thing_name ON test_thing (name)",))
    return database


def _names(database: Database) -> list[str]:
    with database.read() as connection:
        return [row[0] for row in connection.exec_driver_sql("SELECT name FROM test_thing")]


def test_a_write_commits_and_executemany_takes_a_list(database: Database) -> None:
    with database.write() as connection:
        result = connection.exec_driver_sql("INSERT INTO test_thing (name) VALUES (?)", ("a",))
        assert result.lastrowid == 1
        connection.exec_driver_sql("INSERT INTO test_thing (name) VALUES (?)", [("b",), ("c",)])
    assert _names(database) == ["a", "b", "c"]
    with database.read() as connection:
        count = connection.exec_driver_sql("SELECT count(*) FROM test_thing").scalar_one()
        missing = connection.exec_driver_sql("SELECT 1 FROM test_thing WHERE name = 'z'").first()
    assert (count, missing) == (3, None)


def test_a_failed_write_leaves_nothing_behind(database: Database) -> None:
    with pytest.raises(RuntimeError), database.write() as connection:
        connection.exec_driver_sql("INSERT INTO test_thing (name) VALUES ('half')")
        raise RuntimeError("fails midway")
    with pytest.raises(sqlite3.IntegrityError), database.write() as connection:
        connection.exec_driver_sql("INSERT INTO test_thing (key, name) VALUES (1, 'x')")
        connection.exec_driver_sql("INSERT INTO test_thing (key, name) VALUES (1, 'y')")
    assert _names(database) == []
    with database.write() as connection:  # the writer is usable again
        connection.exec_driver_sql("INSERT INTO test_thing (name) VALUES ('ok')")
    assert _names(database) == ["ok"]


def test_writes_nest_within_a_thread_and_reads_see_them(database: Database) -> None:
    with database.write() as outer:
        outer.exec_driver_sql("INSERT INTO test_thing (name) VALUES ('outer')")
        assert database.in_write()
        with database.write() as inner:
            assert inner is outer
        with database.read() as reader:  # inside a write: that write's connection
            assert reader is outer
            assert reader.exec_driver_sql("SELECT count(*) FROM test_thing").scalar_one() == 1
    assert not database.in_write()


def test_a_read_is_one_snapshot_while_another_thread_writes(database: Database) -> None:
    written = threading.Event()

    def writer() -> None:
        with database.write() as connection:
            connection.exec_driver_sql("INSERT INTO test_thing (name) VALUES ('late')")
        written.set()

    with database.read() as connection:
        before = connection.exec_driver_sql("SELECT count(*) FROM test_thing").scalar_one()
        thread = threading.Thread(target=writer)
        thread.start()
        assert written.wait(10)
        after = connection.exec_driver_sql("SELECT count(*) FROM test_thing").scalar_one()
    thread.join()
    assert before == after == 0
    assert _names(database) == ["late"]


def test_an_unusable_file_is_a_storage_error(tmp_path: Path) -> None:
    (tmp_path / "folder.db").mkdir()
    database = Database(tmp_path / "folder.db")
    with pytest.raises(StorageError), database.read():
        pass


def test_a_late_call_after_close_still_works_and_keeps_nothing_open(database: Database) -> None:
    database.close()
    with database.write() as connection:
        connection.exec_driver_sql("INSERT INTO test_thing (name) VALUES ('late')")
    assert _names(database) == ["late"]
    assert database._writer is None and database._idle == []


def test_a_full_disk_is_a_storage_error_and_changes_nothing(tmp_path: Path) -> None:
    from tests.support.full_disk import fill, small_disk

    with small_disk(tmp_path / "disk") as disk:
        database = Database(disk / "t.db")
        database.create_schema(_TABLES)
        with database.write() as connection:
            connection.exec_driver_sql("INSERT INTO test_thing (name) VALUES (?)", ("kept",))
        filler = fill(disk)
        with pytest.raises(StorageError, match="full"):
            with database.write() as connection:
                connection.exec_driver_sql(
                    "INSERT INTO test_thing (name) VALUES (?)", [("x" * 4000,)] * 2000
                )
        filler.unlink()
        assert _names(database) == ["kept"]
        with database.write() as connection:  # and it works again once there is room
            connection.exec_driver_sql("INSERT INTO test_thing (name) VALUES (?)", ("after",))
        assert _names(database) == ["kept", "after"]
        database.close()


def test_a_damaged_file_is_one_clear_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    database = Database(path)
    database.create_schema(_TABLES)
    with database.write() as connection:
        connection.exec_driver_sql(
            "INSERT INTO test_thing (name) VALUES (?)", [("x" * 3000,)] * 200
        )
    database.close()
    size = path.stat().st_size
    with path.open("r+b") as stream:
        stream.seek(size - 8 * 4096)
        stream.write(b"\xa5" * 8 * 4096)
    damaged = Database(path)
    with pytest.raises(StorageError, match="damaged"):
        with damaged.read() as connection:
            connection.exec_driver_sql("SELECT name FROM test_thing").all()
    damaged.close()
