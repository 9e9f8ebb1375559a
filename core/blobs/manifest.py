"""Blob manifests: the list of ciphertext chunk hashes that names and verifies a blob.

Layout (version 1), integers big-endian::

    magic "HTBM" | version u8 = 1 | plaintext chunk size u32 | ciphertext size u64
    | secretstream header (24) | chunk count u32 | count x BLAKE2b-256(chunk ciphertext)

Blob id = BLAKE2b-256(manifest). Each chunk is checked against its hash as it arrives, so a
transfer can stop and resume at any chunk and a bad chunk is never kept.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from core.crypto import STREAM_HEADER_BYTES, STREAM_OVERHEAD_BYTES, blake2b_256
from core.errors import InvalidInput
from core.ids import BlobId

MAGIC = b"HTBM"
VERSION = 1
PLAIN_CHUNK_BYTES = 256 * 1024
CIPHER_CHUNK_BYTES = PLAIN_CHUNK_BYTES + STREAM_OVERHEAD_BYTES
MAX_BLOB_BYTES = 16 * 1024**3
MAX_CHUNKS = MAX_BLOB_BYTES // PLAIN_CHUNK_BYTES + 1
_FIXED = struct.Struct(f">4sBIQ{STREAM_HEADER_BYTES}sI")


class InvalidBlob(InvalidInput):
    """A manifest or chunk does not match what was promised."""


@dataclass(frozen=True)
class Manifest:
    """A parsed manifest. ``chunk_hashes[i]`` verifies ciphertext chunk ``i``."""

    ciphertext_size: int
    stream_header: bytes
    chunk_hashes: tuple[bytes, ...]
    plain_chunk_bytes: int = PLAIN_CHUNK_BYTES

    @property
    def chunk_count(self) -> int:
        return len(self.chunk_hashes)

    def chunk_size(self, index: int) -> int:
        """Ciphertext size of chunk ``index`` (all full but the last)."""
        cipher_chunk = self.plain_chunk_bytes + STREAM_OVERHEAD_BYTES
        if index < self.chunk_count - 1:
            return cipher_chunk
        return self.ciphertext_size - cipher_chunk * (self.chunk_count - 1)

    def to_bytes(self) -> bytes:
        fixed = _FIXED.pack(
            MAGIC,
            VERSION,
            self.plain_chunk_bytes,
            self.ciphertext_size,
            self.stream_header,
            self.chunk_count,
        )
        return fixed + b"".join(self.chunk_hashes)

    @property
    def blob_id(self) -> BlobId:
        return BlobId(blake2b_256(self.to_bytes()))


def parse_manifest(data: bytes, expected: BlobId | None = None) -> Manifest:
    """Parse a manifest; with ``expected`` also check it is the one that id names."""
    if len(data) < _FIXED.size:
        raise InvalidBlob("blob manifest is cut short")
    magic, version, plain_chunk, size, header, count = _FIXED.unpack_from(data)
    if magic != MAGIC or version != VERSION:
        raise InvalidBlob("not a version 1 blob manifest")
    if plain_chunk != PLAIN_CHUNK_BYTES:
        raise InvalidBlob("blob manifest uses an unsupported chunk size")
    if not 1 <= count <= MAX_CHUNKS or len(data) != _FIXED.size + 32 * count:
        raise InvalidBlob("blob manifest has a wrong number of chunk hashes")
    cipher_chunk = plain_chunk + STREAM_OVERHEAD_BYTES
    last = size - cipher_chunk * (count - 1)
    if not STREAM_OVERHEAD_BYTES <= last <= cipher_chunk:
        raise InvalidBlob("blob manifest's size does not match its chunk count")
    hashes = tuple(data[_FIXED.size + 32 * i : _FIXED.size + 32 * (i + 1)] for i in range(count))
    manifest = Manifest(size, header, hashes, plain_chunk)
    if expected is not None and manifest.blob_id != expected:
        raise InvalidBlob("blob manifest does not match the blob id")
    return manifest
