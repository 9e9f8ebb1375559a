"""Reading a .xdc package: a zip with index.html at its root, validated before any use.

Every check happens on bytes held in memory, with sizes capped before anything is allocated
from them: the packed size, the number of entries, each entry's real (not declared) unpacked
size, the total, and the compression ratio of large entries (zip bombs). Paths must be
relative and stay inside the package.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from core.miniprograms.errors import PackageRefused
from core.miniprograms.limits import (
    MAX_COMPRESSION_RATIO,
    MAX_ENTRIES,
    MAX_FILE_BYTES,
    MAX_PACKAGE_BYTES,
    MAX_PATH_CHARS,
    MAX_UNPACKED_BYTES,
    RATIO_CHECKED_ABOVE_BYTES,
)
from core.miniprograms.manifest import Manifest, parse_manifest

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OTHER_ARCHIVES = {
    b"7z\xbc\xaf\x27\x1c": "7z",  # format names only: the message around them is translated
    b"Rar!": "RAR",
    b"\x1f\x8b": "gzip",
    b"BZh": "bzip2",
    b"\xfd7zXZ": "xz",
}
_ICONS = ("icon.png", "icon.jpg")
# Everything zipfile and the decompressors raise on hostile bytes.
_ZIP_FAILURES = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
    ValueError,
    OSError,
    EOFError,
    zlib.error,
    struct.error,
    IndexError,
    KeyError,
    OverflowError,
)


@dataclass(frozen=True)
class Package:
    """A validated package: its files by path, its manifest and a content id."""

    program_id: str
    manifest: Manifest
    files: Mapping[str, bytes] = field(repr=False)
    icon: str | None = None

    @property
    def name(self) -> str:
        return self.manifest.name


def read_package(data: bytes, *, file_name: str = "package.xdc") -> Package:
    """Validate ``data`` as a webxdc package; raise PackageRefused with the reason otherwise."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageRefused(
            f"{file_name} is {len(data):,} bytes; a mini-program may be at most "
            f"{MAX_PACKAGE_BYTES:,} bytes"
        )
    _check_magic(data, file_name)
    files = _unpack(data, file_name)
    if "index.html" not in files:
        raise PackageRefused(
            f"{file_name} is not a webxdc package: it has no index.html at its root"
        )
    fallback = file_name.rsplit("/", 1)[-1].removesuffix(".xdc") or "Mini-program"
    manifest_bytes = files.get("manifest.toml")
    manifest = (
        parse_manifest(manifest_bytes, fallback_name=fallback)
        if manifest_bytes is not None
        else Manifest(name=fallback)
    )
    return Package(
        program_id=hashlib.blake2b(data, digest_size=16).hexdigest(),
        manifest=manifest,
        files=MappingProxyType(files),
        icon=next((name for name in _ICONS if name in files), None),
    )


def _check_magic(data: bytes, file_name: str) -> None:
    if data.startswith(_ZIP_MAGIC):
        return
    for magic, what in _OTHER_ARCHIVES.items():
        if data.startswith(magic):
            raise PackageRefused(
                f"{file_name} is a {what} archive, not a zip: it is not a webxdc package"
            )
    raise PackageRefused(f"{file_name} is not a zip file: it is not a webxdc package")


def _unpack(data: bytes, file_name: str) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise PackageRefused(
                    f"{file_name} has {len(entries):,} files; at most {MAX_ENTRIES:,} are allowed"
                )
            files: dict[str, bytes] = {}
            total = 0
            for info in entries:
                if info.is_dir():
                    _check_path(info.filename.rstrip("/"), file_name)
                    continue
                path = _check_path(info.filename, file_name)
                if path in files:
                    raise PackageRefused(f"{file_name} holds {path!r} twice")
                content = _read_entry(archive, info, path, file_name)
                total += len(content)
                if total > MAX_UNPACKED_BYTES:
                    raise PackageRefused(
                        f"{file_name} unpacks to more than {MAX_UNPACKED_BYTES:,} bytes"
                    )
                files[path] = content
            return files
    except PackageRefused:
        raise
    except _ZIP_FAILURES as exc:
        raise PackageRefused(f"{file_name} is a damaged zip file ({exc})") from None


def _check_path(name: str, file_name: str) -> str:
    unsafe = (
        not name
        or len(name) > MAX_PATH_CHARS
        or name.startswith("/")
        or "\\" in name
        or "\x00" in name
        or (len(name) > 1 and name[1] == ":")
        or any(part in ("", ".", "..") for part in name.split("/"))
    )
    if unsafe:
        raise PackageRefused(f"{file_name} contains an unsafe path: {name[:80]!r}")
    return name


def _read_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: str, file_name: str
) -> bytes:
    if info.flag_bits & 0x1:
        raise PackageRefused(f"{file_name}: {path!r} is encrypted")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise PackageRefused(f"{file_name}: {path!r} uses an unsupported compression method")
    if info.file_size > MAX_FILE_BYTES:
        raise PackageRefused(f"{file_name}: {path!r} is larger than {MAX_FILE_BYTES:,} bytes")
    # Never trust the declared size: read at most one byte past the cap.
    with archive.open(info) as stream:
        content = stream.read(MAX_FILE_BYTES + 1)
    if len(content) > MAX_FILE_BYTES or len(content) != info.file_size:
        raise PackageRefused(f"{file_name}: {path!r} does not unpack to its declared size")
    packed = max(info.compress_size, 1)
    if len(content) > RATIO_CHECKED_ABOVE_BYTES and len(content) / packed > MAX_COMPRESSION_RATIO:
        raise PackageRefused(f"{file_name}: {path!r} is compressed suspiciously well (a zip bomb?)")
    return content
