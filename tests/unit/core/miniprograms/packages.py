"""Small .xdc packages built in tests (stable bytes: fixed timestamps)."""

from __future__ import annotations

import io
import zipfile

INDEX = b"<!doctype html><title>t</title><p>hi"


def xdc(name: str = "Poll", capabilities: tuple[str, ...] = (), extra: bytes = b"") -> bytes:
    manifest = f'name = "{name}"\n'
    if capabilities:
        listed = ", ".join(f'"{c}"' for c in capabilities)
        manifest += f"[hutong]\ncapabilities = [{listed}]\n"
    files = {"index.html": INDEX + extra, "manifest.toml": manifest.encode()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, content in files.items():
            archive.writestr(zipfile.ZipInfo(path, (2020, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()
