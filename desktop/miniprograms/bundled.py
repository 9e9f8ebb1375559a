"""The mini-programs shipped with Hutong, packed from resources/miniprograms/<name>/ and read
through the same validation as any other package."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from core.miniprograms import Package, read_package
from desktop.resources import RESOURCES

BUNDLED = RESOURCES / "miniprograms"
_FIXED_DATE = (2024, 1, 1, 0, 0, 0)


def pack_folder(folder: Path) -> bytes:
    """The folder as .xdc bytes: the same bytes for the same files (a program's id is the hash
    of its bytes), so files go in a stable order with a fixed date."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            entry = zipfile.ZipInfo(path.relative_to(folder).as_posix(), _FIXED_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, path.read_bytes())
    return buffer.getvalue()


def bundled_files() -> list[tuple[str, bytes]]:
    """Every bundled program as (file name, .xdc bytes), for ``MiniProgramsService``."""
    return [(f"{name}.xdc", pack_folder(BUNDLED / name)) for name in bundled_names()]


def bundled_names() -> list[str]:
    return sorted(p.name for p in BUNDLED.iterdir() if (p / "index.html").is_file())


def bundled_package(name: str) -> Package:
    return read_package(pack_folder(BUNDLED / name), file_name=f"{name}.xdc")
