"""Encrypted, content-addressed, chunked blobs (images, files) and their manifests."""

from core.blobs.blob_store import CIPHER_CHUNK_BYTES, BlobRef, BlobStore
from core.blobs.manifest import PLAIN_CHUNK_BYTES, InvalidBlob, Manifest, parse_manifest

__all__ = [
    "CIPHER_CHUNK_BYTES",
    "PLAIN_CHUNK_BYTES",
    "BlobRef",
    "BlobStore",
    "InvalidBlob",
    "Manifest",
    "parse_manifest",
]
