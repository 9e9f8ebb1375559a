"""The mini-programs shipped with Hutong, packed from resources/miniprograms/<name>/ and read
through the same validation as any other package."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from core.miniprograms import Package, read_package
from desktop.resources import RESOURCES

BUNDLED = RESOURCES / "miniprograms"


def pack_folder(folder: Path) -> bytes:
    """The folder as .xdc bytes (files in a stable order)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            archive.writestr(path.relative_to(folder).as_posix(), path.read_bytes())
    return buffer.getvalue()


def bundled_names() -> list[str]:
    return sorted(p.name for p in BUNDLED.iterdir() if (p / "index.html").is_file())


def bundled_package(name: str) -> Package:
    return read_package(pack_folder(BUNDLED / name), file_name=f"{name}.xdc")
