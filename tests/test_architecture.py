"""The layers of DESIGN §1, checked by import-linter on every run of the suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    tool = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run(
        [tool, "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 5 kept, 0 broken" in result.stdout, result.stdout


def test_only_the_crypto_packages_import_nacl() -> None:
    allowed = {ROOT / "core" / "crypto", ROOT / "sync" / "noise"}
    offenders = []
    for path in (ROOT / "core").rglob("*.py"):
        text = path.read_text("utf-8")
        if ("import nacl" in text or "from nacl" in text) and not any(
            a in path.parents for a in allowed
        ):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
