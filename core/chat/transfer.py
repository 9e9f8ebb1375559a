"""Big files in chat: progress while a file goes into the blob store or arrives from a peer,
and which attachments sync fetches by itself.

In the app, attachments up to the auto-download limit are fetched as soon as their message
arrives; larger ones wait until the person asks for them (``download_approved``, local state
that survives a rebuild), so a stranger's 2 GB file never fills the disk unasked. A headless
node, with nobody to ask, has no limit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO, cast

from sqlmodel import SQLModel

from core.blobs import BlobStore
from core.errors import InvalidInput, NotFound
from core.ids import BlobId
from core.store.columns import blob
from core.store.sql import Connection

DEFAULT_AUTO_DOWNLOAD_BYTES = 20 * 1024 * 1024

Report = Callable[[int], None]


class DownloadApprovedRow(SQLModel, table=True):
    """Local: an attachment over the auto-download limit that the person chose to download."""

    __tablename__ = "download_approved"

    blob_id: bytes = blob(primary_key=True)


class _ReadProgress:
    """A binary stream that reports how many bytes were read from it so far."""

    def __init__(self, stream: BinaryIO, report: Report) -> None:
        self._stream = stream
        self._report = report
        self._done = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._done += len(data)
        self._report(self._done)
        return data


def reading_with_progress(stream: BinaryIO, report: Report | None) -> BinaryIO:
    """``stream``, reporting the bytes read so far to ``report`` (if any) as it is read."""
    return stream if report is None else cast(BinaryIO, _ReadProgress(stream, report))


def fetchable_attachments(connection: Connection, limit_bytes: int | None) -> list[BlobId]:
    """Attachment blobs sync may fetch now: up to ``limit_bytes`` (None: all of them), or
    approved by the person."""
    if limit_bytes is None:
        rows = connection.exec_driver_sql("SELECT DISTINCT blob_id FROM attachment").all()
        return [BlobId(bytes(row[0])) for row in rows]
    rows = connection.exec_driver_sql(
        "SELECT blob_id FROM attachment WHERE size <= ?"
        " UNION SELECT a.blob_id FROM attachment a JOIN download_approved d USING (blob_id)",
        (limit_bytes,),
    ).all()
    return [BlobId(bytes(row[0])) for row in rows]


def approve_download(connection: Connection, blob_id: bytes) -> list[str]:
    """Let sync fetch this attachment whatever its size; the conversations it is in."""
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO download_approved (blob_id) VALUES (?)", (blob_id,)
    )
    rows = connection.exec_driver_sql(
        "SELECT DISTINCT m.conversation_id FROM attachment a JOIN message m"
        " ON m.id = a.message_id WHERE a.blob_id = ?",
        (blob_id,),
    ).all()
    return [str(row[0]) for row in rows]


def is_approved(connection: Connection, blob_id: bytes) -> bool:
    row = connection.exec_driver_sql(
        "SELECT 1 FROM download_approved WHERE blob_id = ?", (blob_id,)
    ).first()
    return row is not None


def arrival(blobs: BlobStore, blob_id: BlobId) -> tuple[int, int] | None:
    """(chunks here, chunks in all) of a blob being received; None before its manifest."""
    if blobs.has(blob_id):
        return (1, 1)
    try:
        total = blobs.manifest(blob_id).chunk_count
    except (NotFound, InvalidInput, OSError):
        return None
    return total - len(blobs.missing_chunks(blob_id)), total


class TotalProgress:
    """Bytes of several files read one after the other, reported as one running total."""

    def __init__(self, report: Report) -> None:
        self._report = report
        self._before = 0
        self._current = 0

    def next_file(self) -> Report:
        """The report for the next file (counting on from the files before it)."""
        self._before += self._current
        self._current = 0

        def report(done: int) -> None:
            self._current = done
            self._report(self._before + done)

        return report
