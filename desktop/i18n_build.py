"""Compile Qt Linguist sources (resources/translations/*.ts) into .qm files at setup time."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def build() -> int:
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    if not sources:
        return 0
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    for source in sources:
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(build())
