"""Encrypted blobs on disk, streamed in chunks so that no blob is ever held whole in memory.

``<root>/<id>.manifest`` and ``<root>/<id>.data`` (ciphertext chunks back to back) for a
complete blob; ``<id>.partial`` plus the manifest while one is being received.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from core.blobs.manifest import (
    PLAIN_CHUNK_BYTES,
    InvalidBlob,
    Manifest,
    parse_manifest,
)
from core.crypto import (
    STREAM_OVERHEAD_BYTES,
    RandomBytes,
    StreamDecryptor,
    StreamEncryptor,
    blake2b_256,
    system_random,
)
from core.errors import NotFound, StorageError
from core.ids import BlobId
from core.profile import PRIVATE_FILE, make_private_file, make_private_folder

CIPHER_CHUNK_BYTES = PLAIN_CHUNK_BYTES + STREAM_OVERHEAD_BYTES


@dataclass(frozen=True)
class BlobRef:
    """What a referencing event carries: the blob's id, its key and plaintext size."""

    blob_id: BlobId
    key: bytes
    size: int


def _open_private(path: Path, mode: str) -> BinaryIO:
    """Open a blob file for writing; a new one is created 0600 whatever the umask."""
    flags = os.O_CREAT | (os.O_WRONLY | os.O_TRUNC if mode == "wb" else os.O_RDWR)
    descriptor = os.open(path, flags, PRIVATE_FILE)
    try:
        os.fchmod(descriptor, PRIVATE_FILE)
        return cast(BinaryIO, os.fdopen(descriptor, mode))
    except BaseException:
        os.close(descriptor)
        raise


def _write_private(path: Path, data: bytes) -> None:
    with _open_private(path, "wb") as out:
        out.write(data)


def _read_exactly(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    return data if data is not None else b""


class BlobStore:
    """Blobs of one profile."""

    def __init__(self, root: Path, random_bytes: RandomBytes = system_random) -> None:
        self._root = root
        self._random = random_bytes
        try:
            if make_private_folder(root):  # made by an older Hutong: its files were 0644 too
                for entry in os.scandir(root):
                    if entry.is_file(follow_symlinks=False):
                        make_private_file(Path(entry.path))
        except OSError as exc:
            raise StorageError(f"the blob folder could not be opened: {exc}") from exc

    def _path(self, blob_id: BlobId, suffix: str) -> Path:
        return self._root / f"{blob_id.hex()}.{suffix}"

    # -- adding our own ------------------------------------------------------------------

    def add_file(self, source: Path) -> BlobRef:
        """Encrypt a file into the store chunk by chunk; returns what to reference it by."""
        with source.open("rb") as stream:
            return self.add_stream(stream)

    def add_bytes(self, data: bytes) -> BlobRef:
        return self.add_stream(io.BytesIO(data))

    def add_stream(self, stream: BinaryIO) -> BlobRef:
        key = self._random(32)
        encryptor = StreamEncryptor(key)
        hashes: list[bytes] = []
        temporary = self._root / f"incoming-{self._random(8).hex()}.tmp"
        plain_size = 0
        cipher_size = 0
        try:
            with _open_private(temporary, "wb") as out:
                chunk = _read_exactly(stream, PLAIN_CHUNK_BYTES)
                while True:
                    following = _read_exactly(stream, PLAIN_CHUNK_BYTES) if chunk else b""
                    final = not following
                    sealed = encryptor.seal(chunk, final=final)
                    hashes.append(blake2b_256(sealed))
                    out.write(sealed)
                    plain_size += len(chunk)
                    cipher_size += len(sealed)
                    if final:
                        break
                    chunk = following
                out.flush()
                os.fsync(out.fileno())
            manifest = Manifest(cipher_size, encryptor.header, tuple(hashes))
            blob_id = manifest.blob_id
            try:
                _write_private(self._path(blob_id, "manifest"), manifest.to_bytes())
                os.replace(temporary, self._path(blob_id, "data"))
            except OSError:
                self._path(blob_id, "manifest").unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise StorageError(f"the blob could not be written: {exc}") from exc
        finally:
            temporary.unlink(missing_ok=True)
        return BlobRef(blob_id, key, plain_size)

    def remove(self, blob_id: BlobId) -> None:
        """Delete a blob and any partial download of it."""
        for suffix in ("data", "manifest", "partial", "have"):
            self._path(blob_id, suffix).unlink(missing_ok=True)

    # -- reading -------------------------------------------------------------------------

    def has(self, blob_id: BlobId) -> bool:
        return self._path(blob_id, "data").is_file()

    def manifest_bytes(self, blob_id: BlobId) -> bytes:
        try:
            return self._path(blob_id, "manifest").read_bytes()
        except FileNotFoundError as exc:
            raise NotFound("no such blob here") from exc

    def manifest(self, blob_id: BlobId) -> Manifest:
        return parse_manifest(self.manifest_bytes(blob_id), blob_id)

    def read_chunk(self, blob_id: BlobId, index: int) -> bytes:
        """Ciphertext chunk ``index`` of a complete blob (what a peer asks for)."""
        manifest = self.manifest(blob_id)
        if not 0 <= index < manifest.chunk_count:
            raise NotFound("no such chunk")
        try:
            with self._path(blob_id, "data").open("rb") as stream:
                stream.seek(index * CIPHER_CHUNK_BYTES)
                return stream.read(manifest.chunk_size(index))
        except FileNotFoundError as exc:
            raise NotFound("no such blob here") from exc

    def open_plaintext(self, ref: BlobRef) -> Iterator[bytes]:
        """Decrypted chunks of a complete blob, one at a time; raises InvalidBlob on tampering."""
        manifest = self.manifest(ref.blob_id)
        try:
            decryptor = StreamDecryptor(ref.key, manifest.stream_header)
        except ValueError as exc:
            raise InvalidBlob("the blob's key does not fit") from exc
        with self._path(ref.blob_id, "data").open("rb") as stream:
            for index in range(manifest.chunk_count):
                sealed = stream.read(manifest.chunk_size(index))
                if blake2b_256(sealed) != manifest.chunk_hashes[index]:
                    raise InvalidBlob("a blob chunk on disk is damaged")
                plain = decryptor.open(sealed)
                if plain is None:
                    raise InvalidBlob("the blob does not decrypt with this key")
                yield plain
        if not decryptor.finished:
            raise InvalidBlob("the blob ends early")

    def export_to(self, ref: BlobRef, destination: Path) -> None:
        """Write the decrypted blob to ``destination`` (atomically)."""
        temporary = destination.with_name(destination.name + ".part")
        try:
            with temporary.open("wb") as out:
                for chunk in self.open_plaintext(ref):
                    out.write(chunk)
            os.replace(temporary, destination)
        finally:
            temporary.unlink(missing_ok=True)

    def read_plaintext(self, ref: BlobRef, limit: int) -> bytes:
        """A small blob's whole plaintext (images for display); refuses blobs over ``limit``."""
        if ref.size > limit:
            raise InvalidBlob(f"blob of {ref.size} bytes is over the {limit}-byte limit")
        return b"".join(self.open_plaintext(ref))

    # -- receiving from a peer ------------------------------------------------------------

    def begin_receive(self, blob_id: BlobId, manifest_bytes: bytes) -> Manifest:
        """Record the manifest of a blob we are about to fetch (checked against its id)."""
        manifest = parse_manifest(manifest_bytes, blob_id)
        path = self._path(blob_id, "manifest")
        if not path.exists():
            try:
                _write_private(path, manifest_bytes)
            except OSError as exc:
                path.unlink(missing_ok=True)  # a half-written manifest would fail its check
                raise StorageError(f"the blob could not be written: {exc}") from exc
        return manifest

    def _have(self, blob_id: BlobId, count: int) -> bytearray:
        try:
            have = bytearray(self._path(blob_id, "have").read_bytes())
        except FileNotFoundError:
            have = bytearray()
        return have[:count] + bytearray(count - len(have[:count]))

    def missing_chunks(self, blob_id: BlobId) -> list[int]:
        """Chunk indexes still to fetch (all of them for a blob we only have a manifest of)."""
        if self.has(blob_id):
            return []
        manifest = self.manifest(blob_id)
        have = self._have(blob_id, manifest.chunk_count)
        return [index for index in range(manifest.chunk_count) if not have[index]]

    def write_chunk(self, blob_id: BlobId, index: int, data: bytes) -> bool:
        """Store one received chunk after checking its hash; True when the blob is complete.

        Progress is a one-byte-per-chunk sidecar, so an interrupted transfer resumes where it
        stopped; the whole blob is verified once more before it becomes visible.
        """
        if self.has(blob_id):
            return True
        manifest = self.manifest(blob_id)
        if not 0 <= index < manifest.chunk_count:
            raise InvalidBlob("chunk index out of range")
        if blake2b_256(data) != manifest.chunk_hashes[index]:
            raise InvalidBlob("blob chunk does not match its hash")
        partial = self._path(blob_id, "partial")
        have_path = self._path(blob_id, "have")
        try:
            with _open_private(partial, "r+b" if partial.exists() else "wb") as stream:
                stream.seek(index * CIPHER_CHUNK_BYTES)
                stream.write(data)
                stream.flush()  # a full disk fails here, before the chunk is marked as had
            have = self._have(blob_id, manifest.chunk_count)
            have[index] = 1
            _write_private(have_path, bytes(have))
            if not all(have):
                return False
            damaged = self._damaged_chunks(partial, manifest)
            if damaged:
                for bad in damaged:
                    have[bad] = 0
                _write_private(have_path, bytes(have))
                return False
            os.replace(partial, self._path(blob_id, "data"))
            have_path.unlink(missing_ok=True)
        except OSError as exc:
            raise StorageError(f"the blob could not be written: {exc}") from exc
        return True

    @staticmethod
    def _damaged_chunks(path: Path, manifest: Manifest) -> list[int]:
        damaged = []
        with path.open("rb") as stream:
            for index in range(manifest.chunk_count):
                if (
                    blake2b_256(stream.read(manifest.chunk_size(index)))
                    != manifest.chunk_hashes[index]
                ):
                    damaged.append(index)
        return damaged
