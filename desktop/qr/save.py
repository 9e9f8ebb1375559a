"""Saving a QR code as a PNG file, large enough to print, off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.qr.render import Matrix, qr_image
from desktop.widgets import InlineNotice
from desktop.widgets.guard import run_for

SAVED_SIDE = 960


def save_qr_png(
    owner: QWidget,
    context: AppContext,
    matrix: Matrix,
    target: Path,
    notice: InlineNotice,
    saved: str,
    logo: QImage | None = None,
) -> None:
    """Write ``matrix`` to ``target``; ``notice`` then tells ``saved`` (its %1 the path) or
    why it could not be written."""

    def work() -> Path:
        image = qr_image(matrix, SAVED_SIDE, logo=logo)
        if not image.save(str(target), "PNG"):  # type: ignore[call-overload]
            raise OSError(f"cannot write {target}")
        return target

    run_for(
        owner,
        context.runner,
        work,
        lambda path: notice.show_success(saved.replace("%1", str(path))),
        notice.show_error,
    )
