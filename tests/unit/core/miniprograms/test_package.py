"""Package reading: the shared malformed fixtures, size and path caps, zip bombs, fuzzing."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.miniprograms import (
    MAX_ENTRIES,
    MAX_PACKAGE_BYTES,
    Capability,
    NeedsNewerHutong,
    PackageRefused,
    read_package,
)

FIXTURES = Path(__file__).resolve().parents[5] / "shared" / "webxdc"
INDEX = b"<!doctype html><title>t</title><p>hi"


def xdc(files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("fixture", "reason", "error"),
    [
        ("no-index-html.xdc", "has no index.html", PackageRefused),
        ("invalid-no-zip-but-7z.xdc", "is a 7z archive, not a zip", PackageRefused),
        ("with-min-api-1001.xdc", "needs a newer Hutong", NeedsNewerHutong),
    ],
)
def test_the_shared_malformed_fixtures_are_refused_with_a_clear_reason(
    fixture: str, reason: str, error: type[Exception]
) -> None:
    path = FIXTURES / fixture
    if not path.exists():
        pytest.skip(f"the shared fixtures are not next to the project ({FIXTURES})")
    with pytest.raises(error, match=reason):
        read_package(path.read_bytes(), file_name=fixture)


def test_a_minimal_package_reads_with_its_manifest_and_icon() -> None:
    manifest = b'name = "Poll"\nmin_api = 1\nsource_code_url = "https://example.org/p"\n'
    manifest += b'[hutong]\ncapabilities = ["storage", "share"]\n'
    package = read_package(
        xdc(
            {
                "index.html": INDEX,
                "manifest.toml": manifest,
                "icon.png": b"\x89PNG",
                "js/a.js": b"1",
            }
        )
    )
    assert package.name == "Poll"
    assert package.manifest.source_code_url == "https://example.org/p"
    assert package.manifest.capabilities == {Capability.STORAGE, Capability.SHARE}
    assert package.icon == "icon.png"
    assert package.files["js/a.js"] == b"1"
    assert len(package.program_id) == 32


def test_without_a_manifest_the_name_comes_from_the_file() -> None:
    assert read_package(xdc({"index.html": INDEX}), file_name="chess.xdc").name == "chess"


@pytest.mark.parametrize(
    ("manifest", "reason"),
    [
        (b"name = [", "not valid TOML"),
        (b"name = 3", "name must be"),
        (b"min_api = 'one'", "min_api must be"),
        (b"min_api = 2", "needs a newer Hutong"),
        (b"source_code_url = 1", "source_code_url"),
        (b"hutong = 1", r"\[hutong\] must be a table"),
        (b'[hutong]\ncapabilities = ["camera"]', "unknown capability 'camera'"),
        (b"\xff\xfe", "not valid TOML"),
    ],
)
def test_bad_manifests_are_refused(manifest: bytes, reason: str) -> None:
    with pytest.raises(PackageRefused, match=reason):
        read_package(xdc({"index.html": INDEX, "manifest.toml": manifest}))


@pytest.mark.parametrize(
    "name", ["/etc/passwd", "../escape.html", "a/../../b", "C:/x", "a\\b", "./index.html", "a//b"]
)
def test_unsafe_paths_are_refused(name: str) -> None:
    with pytest.raises(PackageRefused, match="unsafe path"):
        read_package(xdc({"index.html": INDEX, name: b"x"}))


def test_a_package_over_two_megabytes_is_refused_before_unpacking() -> None:
    with pytest.raises(PackageRefused, match="at most 2,097,152 bytes"):
        read_package(b"PK\x03\x04" + bytes(MAX_PACKAGE_BYTES))


def test_too_many_entries_are_refused() -> None:
    files = {f"f{i}": b"" for i in range(MAX_ENTRIES + 1)} | {"index.html": INDEX}
    with pytest.raises(PackageRefused, match="files; at most"):
        read_package(xdc(files, zipfile.ZIP_STORED))


def test_a_zip_bomb_is_refused() -> None:
    with pytest.raises(PackageRefused, match="zip bomb"):
        read_package(xdc({"index.html": INDEX, "bomb.bin": bytes(4 * 1024 * 1024)}))


def test_a_file_over_the_per_file_cap_is_refused_even_if_it_claims_less() -> None:
    data = bytearray(xdc({"index.html": INDEX, "big.txt": b"a" * 1000}))
    # Lie about the unpacked size in the central directory (and the local header).
    honest = (1000).to_bytes(4, "little")
    data = data.replace(honest, (10).to_bytes(4, "little"))
    with pytest.raises(PackageRefused):
        read_package(bytes(data))


def test_the_total_unpacked_size_is_capped() -> None:
    # Small entries are not ratio-checked, so many of them is the other way to a bomb.
    files = {f"{i}.txt": bytes(64 * 1024) for i in range(400)}
    with pytest.raises(PackageRefused, match="unpacks to more than"):
        read_package(xdc({"index.html": INDEX, **files}))


def test_encrypted_and_exotic_entries_are_refused() -> None:
    data = bytearray(xdc({"index.html": INDEX}, zipfile.ZIP_STORED))
    data[6] |= 1  # general-purpose flag of the local header
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 8] |= 1  # and of the central directory
    with pytest.raises(PackageRefused, match="encrypted"):
        read_package(bytes(data))
    lzma = xdc({"index.html": INDEX}, zipfile.ZIP_LZMA)
    with pytest.raises(PackageRefused, match="unsupported compression"):
        read_package(lzma)


@given(st.binary(max_size=4096))
def test_arbitrary_bytes_give_a_clear_refusal_or_a_package(data: bytes) -> None:
    try:
        read_package(data)
    except PackageRefused as exc:
        assert str(exc)


@given(st.binary(min_size=1, max_size=64), st.integers(0, 400))
def test_corrupted_packages_give_a_clear_refusal_or_a_package(noise: bytes, at: int) -> None:
    good = bytearray(xdc({"index.html": INDEX, "manifest.toml": b'name = "x"', "a.js": b"1" * 50}))
    at = at % len(good)
    good[at : at + len(noise)] = noise
    try:
        read_package(bytes(good))
    except PackageRefused as exc:
        assert str(exc)
