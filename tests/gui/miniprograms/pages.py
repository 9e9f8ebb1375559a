"""Small packages built in tests."""

from __future__ import annotations

import io
import zipfile

from core.miniprograms import Package, read_package

READY = "<script>webxdc.setUpdateListener(() => {}, 0).then(() => { window.listening = true; });</script>"


def tiny_package(
    body: str = "", *, files: dict[str, bytes] | None = None, listen: bool = True
) -> Package:
    html = (
        f"<!doctype html><meta charset=utf-8><title>t</title><body>{body}{READY if listen else ''}"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", html)
        for name, content in (files or {}).items():
            archive.writestr(name, content)
    return read_package(buffer.getvalue(), file_name="tiny.xdc")


def xdc_bytes(
    body: str = "", *, manifest: str = "", files: dict[str, bytes] | None = None
) -> bytes:
    """A package's bytes: ``body`` in index.html (which sets ``window.ready`` when parsed)."""
    html = (
        "<!doctype html><meta charset=utf-8><title>t</title>"
        f"<body>{body}<script>window.ready = true;</script>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", html)
        if manifest:
            archive.writestr("manifest.toml", manifest)
        for name, content in (files or {}).items():
            archive.writestr(name, content)
    return buffer.getvalue()


def declaring(name: str, *capabilities: str, body: str = "") -> bytes:
    """A package named ``name`` that declares ``capabilities`` for window.hutong."""
    listed = ", ".join(f'"{c}"' for c in capabilities)
    return xdc_bytes(body, manifest=f'name = "{name}"\n[hutong]\ncapabilities = [{listed}]\n')
