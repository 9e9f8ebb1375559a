"""``webxdc.importFiles``: a file dialog filtered by the app's extensions; the chosen files
(capped in size) go back to the page as base64."""

from __future__ import annotations

import base64
import json
import mimetypes
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from core.miniprograms import MAX_IMPORT_BYTES, FileFilter
from desktop.i18n import translate


def files_as_json(paths: Sequence[Path]) -> str:
    """The chosen files for the page; files past the total size cap are left out."""
    chosen: list[dict[str, str]] = []
    total = 0
    for path in paths:
        try:
            size = path.stat().st_size
            if total + size > MAX_IMPORT_BYTES:
                continue
            content = path.read_bytes()[: MAX_IMPORT_BYTES - total]
        except OSError:
            continue
        total += len(content)
        chosen.append(
            {
                "name": path.name,
                "type": mimetypes.guess_type(path.name)[0] or "",
                "base64": base64.b64encode(content).decode("ascii"),
            }
        )
    return json.dumps(chosen)


def dialog_chooser(
    parent: Callable[[], QWidget | None],
) -> Callable[[FileFilter, Callable[[str], None]], None]:
    """A chooser that opens a (native) file dialog, window-modal, without blocking."""

    def choose(wanted: FileFilter, deliver: Callable[[str], None]) -> None:
        # Window-modal on the app's window, starting at home (never a folder the app picks).
        dialog = QFileDialog(parent(), translate("MiniPrograms", "Import files"), str(Path.home()))
        dialog.setFileMode(
            QFileDialog.FileMode.ExistingFiles
            if wanted.multiple
            else QFileDialog.FileMode.ExistingFile
        )
        if wanted.extensions:
            patterns = " ".join(f"*{e}" for e in wanted.extensions)
            dialog.setNameFilter(translate("MiniPrograms", "Files (%1)").replace("%1", patterns))
        elif wanted.mime_types:
            dialog.setMimeTypeFilters(list(wanted.mime_types))

        def finished(result: int) -> None:
            paths = [Path(p) for p in dialog.selectedFiles()] if result else []
            deliver(files_as_json(paths))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    return choose
