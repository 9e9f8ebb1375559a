"""Installed and bundled packages: validated once, kept as encrypted blobs, read back by id.

A program's id is the BLAKE2b-256 of its package bytes, so the same bytes installed twice
(from a file, from two cards) are one program, and a card's id pins the exact bytes.
Bundled programs (shipped with the app, given by the desktop) live in memory only.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from core.blobs import BlobRef, BlobStore, InvalidBlob
from core.clock import Clock
from core.crypto import blake2b_256
from core.errors import NotFound, StorageError
from core.ids import BlobId
from core.miniprograms.errors import PackageRefused
from core.miniprograms.limits import MAX_PACKAGE_BYTES
from core.miniprograms.manifest import Capability, Manifest
from core.miniprograms.package import Package, read_package
from core.store import Database
from core.store.sql import Connection

#: Parsed packages kept in memory (a package unpacks to at most 24 MB).
CACHED_PACKAGES = 8


def program_id_of(data: bytes) -> bytes:
    return blake2b_256(data)


def manifest_to_json(manifest: Manifest) -> str:
    return json.dumps(
        {
            "name": manifest.name,
            "min_api": manifest.min_api,
            "source_code_url": manifest.source_code_url,
            "capabilities": sorted(c.value for c in manifest.capabilities),
        }
    )


def manifest_from_json(text: str, fallback_name: str) -> Manifest:
    """A manifest as stored at install time (validated then)."""
    try:
        stored = json.loads(text)
        return Manifest(
            name=str(stored["name"]),
            min_api=int(stored["min_api"]),
            source_code_url=stored.get("source_code_url"),
            capabilities=frozenset(Capability(c) for c in stored["capabilities"]),
        )
    except (ValueError, KeyError, TypeError):
        return Manifest(name=fallback_name)


@dataclass(frozen=True)
class StoredProgram:
    program_id: bytes
    manifest: Manifest
    size: int
    bundled: bool
    installed_ms: int


class ProgramShelf:
    """The packages this device can open."""

    def __init__(self, database: Database, blobs: BlobStore, clock: Clock) -> None:
        self._db = database
        self._blobs = blobs
        self._clock = clock
        self._lock = threading.Lock()
        self._bundled: dict[bytes, tuple[bytes, Package]] = {}
        self._cache: dict[bytes, Package] = {}

    def set_bundled(self, packages: Iterable[tuple[str, bytes]]) -> list[bytes]:
        """Register the bundled packages (file name, bytes); their ids, in order."""
        bundled: dict[bytes, tuple[bytes, Package]] = {}
        for file_name, data in packages:
            bundled[program_id_of(data)] = (data, read_package(data, file_name=file_name))
        with self._lock:
            self._bundled = bundled
        return list(bundled)

    def install(self, data: bytes, file_name: str) -> tuple[bytes, Package]:
        package = read_package(data, file_name=file_name)  # refuses before storing anything
        program_id = program_id_of(data)
        if program_id in self._bundled or self._row(program_id) is not None:
            return program_id, package
        reference = self._blobs.add_bytes(data)
        with self._db.write() as connection:
            connection.exec_driver_sql(
                "INSERT OR IGNORE INTO miniprogram_installed (program_id, blob_id, blob_key,"
                " size, name, manifest, installed_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    program_id,
                    reference.blob_id,
                    reference.key,
                    len(data),
                    package.name,
                    manifest_to_json(package.manifest),
                    self._clock.now_ms(),
                ),
            )
            stored = self._row(program_id, connection)
        if stored is not None and stored[0] != reference.blob_id:
            self._blobs.remove(reference.blob_id)  # a racing install of the same bytes won
        return program_id, package

    def programs(self) -> list[StoredProgram]:
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT program_id, name, manifest, size, installed_ms FROM miniprogram_installed"
            ).all()
        with self._lock:
            bundled = dict(self._bundled)
        listed = [
            StoredProgram(program_id, package.manifest, len(data), True, 0)
            for program_id, (data, package) in bundled.items()
        ]
        listed.extend(
            StoredProgram(
                bytes(r[0]), manifest_from_json(str(r[2]), str(r[1])), int(r[3]), False, int(r[4])
            )
            for r in rows
            if bytes(r[0]) not in bundled
        )
        return listed

    def is_bundled(self, program_id: bytes) -> bool:
        return program_id in self._bundled

    def data(self, program_id: bytes) -> bytes:
        """The package's bytes (checked against its id: a damaged copy is refused)."""
        bundled = self._bundled.get(program_id)
        if bundled is not None:
            return bundled[0]
        row = self._row(program_id)
        if row is None:
            raise NotFound("this mini-program is not installed")
        blob_id, key, size = row
        try:
            data = self._blobs.read_plaintext(BlobRef(blob_id, key, size), MAX_PACKAGE_BYTES)
        except (InvalidBlob, NotFound, OSError) as exc:
            raise StorageError(f"this mini-program's package cannot be read: {exc}") from exc
        if program_id_of(data) != program_id:
            raise PackageRefused("this mini-program's stored package is damaged")
        return data

    def package(self, program_id: bytes) -> Package:
        bundled = self._bundled.get(program_id)
        if bundled is not None:
            return bundled[1]
        with self._lock:
            cached = self._cache.get(program_id)
        if cached is not None:
            return cached
        package = read_package(self.data(program_id), file_name=f"{program_id.hex()[:12]}.xdc")
        with self._lock:
            if len(self._cache) >= CACHED_PACKAGES:
                self._cache.pop(next(iter(self._cache)))
            self._cache[program_id] = package
        return package

    def uninstall(self, program_id: bytes) -> bool:
        """Forget an installed package (bundled ones stay); True if one was removed."""
        with self._db.write() as connection:
            row = self._row(program_id, connection)
            if row is None:
                return False
            connection.exec_driver_sql(
                "DELETE FROM miniprogram_installed WHERE program_id = ?", (program_id,)
            )
        with self._lock:
            self._cache.pop(program_id, None)
        self._blobs.remove(row[0])
        return True

    def _row(
        self, program_id: bytes, connection: Connection | None = None
    ) -> tuple[BlobId, bytes, int] | None:
        query = "SELECT blob_id, blob_key, size FROM miniprogram_installed WHERE program_id = ?"
        if connection is None:
            with self._db.read() as reading:
                row = reading.exec_driver_sql(query, (program_id,)).first()
        else:
            row = connection.exec_driver_sql(query, (program_id,)).first()
        return None if row is None else (BlobId(bytes(row[0])), bytes(row[1]), int(row[2]))
