from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.blobs import PLAIN_CHUNK_BYTES, BlobRef, BlobStore, InvalidBlob, parse_manifest


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 3 * PLAIN_CHUNK_BYTES + 5))
@example(0)
@example(PLAIN_CHUNK_BYTES)
@example(2 * PLAIN_CHUNK_BYTES + 1)
def test_blobs_round_trip_at_any_size(tmp_path_factory: pytest.TempPathFactory, size: int) -> None:
    store = BlobStore(tmp_path_factory.mktemp("blobs"))
    data = os.urandom(size)
    ref = store.add_bytes(data)
    assert ref.size == size
    assert store.read_plaintext(ref, size + 1) == data
    manifest = store.manifest(ref.blob_id)
    assert manifest.chunk_count == max(1, -(-size // PLAIN_CHUNK_BYTES))


def test_a_transfer_resumes_and_rejects_bad_chunks(tmp_path: Path) -> None:
    source, target = BlobStore(tmp_path / "a"), BlobStore(tmp_path / "b")
    data = os.urandom(3 * PLAIN_CHUNK_BYTES + 100)
    ref = source.add_bytes(data)
    target.begin_receive(ref.blob_id, source.manifest_bytes(ref.blob_id))
    assert target.missing_chunks(ref.blob_id) == [0, 1, 2, 3]
    assert not target.write_chunk(ref.blob_id, 2, source.read_chunk(ref.blob_id, 2))
    with pytest.raises(InvalidBlob, match="hash"):
        target.write_chunk(ref.blob_id, 0, source.read_chunk(ref.blob_id, 1))
    # A new BlobStore over the same folder (a restart) knows what is still missing.
    restarted = BlobStore(tmp_path / "b")
    assert restarted.missing_chunks(ref.blob_id) == [0, 1, 3]
    for index in (3, 0):
        assert not restarted.write_chunk(ref.blob_id, index, source.read_chunk(ref.blob_id, index))
    assert restarted.write_chunk(ref.blob_id, 1, source.read_chunk(ref.blob_id, 1))
    assert restarted.read_plaintext(ref, len(data)) == data


def test_a_manifest_must_match_its_id(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    one, two = store.add_bytes(b"one"), store.add_bytes(b"two")
    with pytest.raises(InvalidBlob, match="does not match"):
        store.begin_receive(one.blob_id, store.manifest_bytes(two.blob_id))


def test_the_wrong_key_or_damaged_data_fails_clearly(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    ref = store.add_bytes(b"secret" * 1000)
    with pytest.raises(InvalidBlob):
        store.read_plaintext(BlobRef(ref.blob_id, bytes(32), ref.size), 10**6)
    data_file = tmp_path / f"{ref.blob_id.hex()}.data"
    damaged = bytearray(data_file.read_bytes())
    damaged[10] ^= 1
    data_file.write_bytes(bytes(damaged))
    with pytest.raises(InvalidBlob, match="damaged"):
        store.read_plaintext(ref, 10**6)


def test_oversized_blobs_are_refused_for_whole_reads(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    ref = store.add_bytes(b"x" * 1000)
    with pytest.raises(InvalidBlob, match="limit"):
        store.read_plaintext(ref, 999)


@given(st.binary(max_size=400))
def test_manifest_parser_raises_only_invalid_blob(data: bytes) -> None:
    try:
        parse_manifest(data)
    except InvalidBlob:
        pass


@pytest.mark.slow
def test_a_1_gib_file_streams_through_in_bounded_memory(tmp_path: Path) -> None:
    """Encrypt, hash and decrypt 1 GiB without ever holding more than a few chunks."""
    source = tmp_path / "big.bin"
    with source.open("wb") as out:
        out.truncate(1024**3)  # sparse: reads as zeros, costs no disk
    store = BlobStore(tmp_path / "blobs")
    tracemalloc.start()
    try:
        ref = store.add_file(source)
        _, encrypt_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        total = 0
        for chunk in store.open_plaintext(ref):
            total += len(chunk)
            assert chunk.count(0) == len(chunk)
        _, decrypt_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert ref.size == total == 1024**3
    assert encrypt_peak < 32 * 1024**2, encrypt_peak
    assert decrypt_peak < 32 * 1024**2, decrypt_peak


def test_a_full_disk_is_a_storage_error_and_leaves_no_partial_blob(tmp_path: Path) -> None:
    from core.errors import StorageError
    from tests.support.full_disk import fill, small_disk

    source = BlobStore(tmp_path / "source")
    data = os.urandom(3 * PLAIN_CHUNK_BYTES + 100)
    ref = source.add_bytes(data)
    with small_disk(tmp_path / "disk") as disk:
        store = BlobStore(disk / "blobs")
        store.begin_receive(ref.blob_id, source.manifest_bytes(ref.blob_id))
        assert not store.write_chunk(ref.blob_id, 0, source.read_chunk(ref.blob_id, 0))
        before = sorted(p.name for p in (disk / "blobs").iterdir())
        filler = fill(disk)
        with pytest.raises(StorageError, match="No space left"):
            store.add_bytes(os.urandom(2 * PLAIN_CHUNK_BYTES))
        with pytest.raises(StorageError, match="No space left"):
            store.write_chunk(ref.blob_id, 2, source.read_chunk(ref.blob_id, 2))
        assert sorted(p.name for p in (disk / "blobs").iterdir()) == before
        assert store.missing_chunks(ref.blob_id) == [1, 2, 3]  # the failed chunk is not "had"
        filler.unlink()
        for index in (1, 2, 3):
            store.write_chunk(ref.blob_id, index, source.read_chunk(ref.blob_id, index))
        assert store.read_plaintext(ref, len(data)) == data
