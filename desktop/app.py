"""The GUI's composition root (a placeholder window until the desktop issue lands)."""

from __future__ import annotations

import sys
from pathlib import Path


def run_app(profile: Path, language: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    from core.facade import Core

    app = QApplication(sys.argv)
    with Core.open(profile) as core:
        label = QLabel(f"Hutong — {core.name}\n{core.display_id}")
        label.setMinimumSize(480, 200)
        label.show()
        return app.exec()
