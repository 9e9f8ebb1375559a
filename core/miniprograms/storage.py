"""``window.hutong.storage``: a program's own key/value texts, kept on this device.

Quotas (``QuotaExceeded`` beyond them, nothing stored): a value (with its key) at most
``MAX_STORAGE_ITEM_BYTES``, everything of one program at most ``MAX_STORAGE_BYTES``, sizes
counted in UTF-8 bytes of key plus value. Local to this device: never synced.
"""

from __future__ import annotations

from typing import Final

from core.errors import InvalidInput
from core.miniprograms.errors import QuotaExceeded
from core.store import Database

MAX_STORAGE_ITEM_BYTES: Final = 1024 * 1024
MAX_STORAGE_BYTES: Final = 10 * 1024 * 1024
MAX_STORAGE_KEY_CHARS: Final = 1024


def _utf8(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise InvalidInput(f"a storage {what} must be a text")
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from JavaScript
        raise InvalidInput(f"a storage {what} is not valid text") from None


def _checked_key(key: object) -> str:
    _utf8(key, "key")
    assert isinstance(key, str)
    if len(key) > MAX_STORAGE_KEY_CHARS:
        raise InvalidInput(f"a storage key has at most {MAX_STORAGE_KEY_CHARS} characters")
    return key


class ProgramStorage:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, program_id: bytes, key: str) -> str | None:
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT value FROM miniprogram_storage WHERE program_id = ? AND key = ?",
                (program_id, _checked_key(key)),
            ).first()
        return None if row is None else str(row[0])

    def set(self, program_id: bytes, key: str, value: str) -> None:
        size = len(_utf8(_checked_key(key), "key")) + len(_utf8(value, "value"))
        if size > MAX_STORAGE_ITEM_BYTES:
            raise QuotaExceeded(
                f"a stored value may be at most {MAX_STORAGE_ITEM_BYTES:,} bytes with its key"
            )
        with self._db.write() as connection:
            row = connection.exec_driver_sql(
                "SELECT COALESCE(SUM(size), 0) FROM miniprogram_storage"
                " WHERE program_id = ? AND key != ?",
                (program_id, key),
            ).first()
            others = int(row[0]) if row else 0
            if others + size > MAX_STORAGE_BYTES:
                raise QuotaExceeded(
                    f"this mini-program may store at most {MAX_STORAGE_BYTES:,} bytes here"
                )
            connection.exec_driver_sql(
                "INSERT INTO miniprogram_storage (program_id, key, value, size)"
                " VALUES (?, ?, ?, ?) ON CONFLICT(program_id, key)"
                " DO UPDATE SET value = excluded.value, size = excluded.size",
                (program_id, key, value, size),
            )

    def remove(self, program_id: bytes, key: str) -> bool:
        with self._db.write() as connection:
            done = connection.exec_driver_sql(
                "DELETE FROM miniprogram_storage WHERE program_id = ? AND key = ?",
                (program_id, _checked_key(key)),
            )
            return done.rowcount > 0

    def keys(self, program_id: bytes) -> list[str]:
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT key FROM miniprogram_storage WHERE program_id = ? ORDER BY key",
                (program_id,),
            ).all()
        return [str(r[0]) for r in rows]

    def used(self, program_id: bytes) -> int:
        with self._db.read() as connection:
            row = connection.exec_driver_sql(
                "SELECT COALESCE(SUM(size), 0) FROM miniprogram_storage WHERE program_id = ?",
                (program_id,),
            ).first()
        return int(row[0]) if row else 0

    def clear(self, program_id: bytes) -> None:
        with self._db.write() as connection:
            connection.exec_driver_sql(
                "DELETE FROM miniprogram_storage WHERE program_id = ?", (program_id,)
            )
